package be.psygate.billing;

import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Pseudocode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static be.psygate.billing.TestBatches.PSYCHOLOGIST_A;
import static be.psygate.billing.TestBatches.WOMAN_1992;
import static be.psygate.billing.TestBatches.amount;
import static be.psygate.billing.TestBatches.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceBatchTest {

    @Test
    void linesAreKeptInInvoiceOrderWhateverTheOrderGiven() {
        InvoiceBatch batch = TestBatches.large();

        assertThat(batch.lines()).isSortedAccordingTo(InvoiceBatch.INVOICE_ORDER);
        List<InvoiceLine> shuffled = new ArrayList<>(batch.lines());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(TestBatches.withLines(batch, shuffled)).isEqualTo(batch);
    }

    @Test
    void totalsAreTheSumsOfTheLinesToTheCent() {
        InvoiceBatch batch = TestBatches.sample();

        assertThat(batch.totalInsurerShare()).isEqualTo(new BigDecimal("385.87"));
        assertThat(batch.totalCopay()).isEqualTo(new BigDecimal("13.00"));
        assertThat(batch.totalFee()).isEqualTo(new BigDecimal("398.87"));
        assertThat(batch.totalFee()).isEqualTo(batch.totalInsurerShare().add(batch.totalCopay()));
    }

    @Test
    void amountsAreKeptWithTwoDecimals() {
        InvoiceLine line = individualLine(new BigDecimal("77.1"), new BigDecimal("66.1"), new BigDecimal("11"));

        assertThat(line.fee()).isEqualTo(new BigDecimal("77.10"));
        assertThat(line.copay().scale()).isEqualTo(2);
    }

    @Test
    void aLineWhoseFeeIsNotShareAndCopayIsRefused() {
        assertThatThrownBy(() -> individualLine(amount("77.10"), amount("66.10"), amount("10.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fee 77.10");
    }

    @Test
    void aBatchHoldsOnlyMutualitiesOfItsInsurersUnion() {
        InvoiceLine otherUnion = line(2000, "X", PSYCHOLOGIST_A, WOMAN_1992, "319", "2025-03-04", "792691", "66.10",
                "11.00");

        assertThatThrownBy(() -> sampleWith(otherUnion))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mutuality 319 of another union");
    }

    @Test
    void aSessionAppearsOnceInABatch() {
        InvoiceLine first = TestBatches.sample().lines().get(0);

        assertThatThrownBy(() -> sampleWith(first))
                .hasMessageContaining("session " + first.sessionId() + " appears twice");
    }

    @Test
    void anEmptyBatchOrAnInsurerThatIsNotAUnionIsRefused() {
        InvoiceBatch sample = TestBatches.sample();

        assertThatThrownBy(() -> TestBatches.withLines(sample, List.of())).hasMessageContaining("no line");
        assertThatThrownBy(() -> new InvoiceBatch(1, "228", sample.serviceMonth(), sample.createdOn(),
                sample.sender(), sample.lines(), true)).hasMessageContaining("union code");
    }

    @Test
    void thePrintedFormMasksNationalNumbers() {
        String printed = TestBatches.sample().toString();

        assertThat(printed).doesNotContain(WOMAN_1992.value()).contains(WOMAN_1992.masked());
    }

    /** An individual session of 4 March 2025 for the woman born in 1992, with the amounts given. */
    private static InvoiceLine individualLine(BigDecimal fee, BigDecimal insurerShare, BigDecimal copay) {
        return new InvoiceLine(1, LineRef.parse("R"), PSYCHOLOGIST_A, WOMAN_1992, InsurerCode.parse("228"),
                LocalDate.of(2025, 3, 4), Pseudocode.parse("792691"), fee, insurerShare, copay, null, null, null);
    }

    /** The sample batch with one more line. */
    private static InvoiceBatch sampleWith(InvoiceLine extra) {
        InvoiceBatch sample = TestBatches.sample();
        List<InvoiceLine> lines = new ArrayList<>(sample.lines());
        lines.add(extra);
        return TestBatches.withLines(sample, lines);
    }
}
