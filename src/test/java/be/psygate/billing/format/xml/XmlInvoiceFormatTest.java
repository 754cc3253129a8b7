package be.psygate.billing.format.xml;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.FormatFiles;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.LineRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static be.psygate.billing.format.FormatFiles.read;
import static be.psygate.billing.format.FormatFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlInvoiceFormatTest {

    private final XmlInvoiceFormat format = new XmlInvoiceFormat();

    @Test
    void aBatchReadBackIsTheBatchWritten() {
        for (InvoiceBatch batch : new InvoiceBatch[] {TestBatches.sample(), TestBatches.large()}) {
            InvoiceBatch read = read(format, write(format, batch));

            assertThat(read).isEqualTo(batch);
            assertThat(read.totalFee()).isEqualTo(batch.totalFee());
            assertThat(read.lines()).extracting(l -> l.lineRef()).isEqualTo(batch.lines().stream()
                    .map(l -> l.lineRef()).toList());
        }
    }

    /** What is written is valid against the schema: {@code XmlDocumentFormatTest}. */
    @Test
    void whatIsWrittenNamesTheNamespaceAndWritesAmountsMonthsAndFlagsAsTheSchemaDoes() {
        String xml = write(format, TestBatches.large());

        assertThat(xml).contains("<invoiceBatch xmlns=\"urn:psygate:invoice:1\">")
                .contains("<insurerShare>-66.10</insurerShare>")
                .contains("<copay>0.00</copay>")
                .contains("<serviceMonth>2025-03</serviceMonth>")
                .contains("<test>false</test>");
    }

    @Test
    void optionalFieldsAreLeftOutWhenAbsent() {
        String xml = write(format, TestBatches.sample());

        assertThat(xml).contains("<groupParticipants>4</groupParticipants>")
                .contains("<referralDate>2025-02-20</referralDate>")
                .doesNotContain("<referralDate/>").doesNotContain("nil");
    }

    @Test
    void aNationalNumberWithWrongCheckDigitsIsRefusedWithoutBeingQuoted() {
        String patient = TestBatches.WOMAN_1992.value();
        String wrong = patient.substring(0, 9) + (patient.endsWith("54") ? "55" : "54");
        String xml = write(format, TestBatches.sample()).replace("<patient>" + patient, "<patient>" + wrong);

        assertThatThrownBy(() -> read(format, xml))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("NISS check digits do not match")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void aMalformedNationalNumberIsNotQuotedFromTheValidator() {
        String patient = TestBatches.WOMAN_1992.value();
        String xml = write(format, TestBatches.sample()).replace("<patient>" + patient, "<patient>" + patient + "9");

        assertThatThrownBy(() -> read(format, xml))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageNotContaining(patient)
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    @Test
    void totalsThatAreNotTheSumsOfTheLinesAreRefused() {
        String xml = write(format, TestBatches.sample()).replace("<insurerShare>385.87</insurerShare>",
                "<insurerShare>385.88</insurerShare>");

        assertThatThrownBy(() -> read(format, xml))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the total insurerShare is 385.88 but the lines add up to 385.87");
    }

    @Test
    void aBatchThatCannotMakeAValidDocumentDoesNotLeave() {
        InvoiceBatch sample = TestBatches.sample();
        InvoiceLine first = sample.lines().get(0);
        List<InvoiceLine> lines = new ArrayList<>(sample.lines().subList(1, sample.lines().size()));
        lines.add(new InvoiceLine(first.sessionId(), LineRef.parse("A\uFFFF"), first.psychologist(),
                first.patient(), first.mutuality(), first.sessionDate(), first.pseudocode(), first.fee(),
                first.insurerShare(), first.copay(), first.groupParticipants(), first.referralDate(),
                first.prescriber()));
        InvoiceBatch batch = TestBatches.withLines(sample, lines);

        FormatFiles.assertThatWritingIsRefused(format, batch)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("batch 42 does not make a valid document");
    }
}
