package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pain001ReaderTest {

    private final Pain001Reader reader = new Pain001Reader();

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<Document", "<!DOCTYPE Document [ <!ENTITY leak SYSTEM \"file:///etc/passwd\"> ]>\n"
                        + "<Document")
                .replaceFirst("<MsgId>[^<]*</MsgId>", "<MsgId>&leak;</MsgId>");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("DOCTYPE is not accepted")
                .hasMessageNotContaining("root:");
    }

    @Test
    void nestedEntitiesAreRefusedBeforeAnyExpansion() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<Document", "<!DOCTYPE Document [ <!ENTITY a \"aaaaaaaaaa\">"
                        + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n"
                        + "<Document")
                .replaceFirst("<Ustrd>[^<]*</Ustrd>", "<Ustrd>&c;</Ustrd>");

        assertThatThrownBy(() -> read(xml)).hasMessageContaining("DOCTYPE is not accepted");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<MsgId>[^<]*</MsgId>", "<MsgId>&leak;</MsgId>");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void anElementTheSchemaForbidsIsRefused() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>SLEV</ChrgBr><Fee>1.00</Fee>");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("not valid against pain.001.001.03.xsd at line")
                .hasMessageContaining("Fee");
    }

    @Test
    void anotherMessageIsRefused() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replace("pain.001.001.03", "pain.001.001.09");

        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("not a pain.001.001.03 document")
                .hasMessageContaining("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
    }

    @Test
    void aControlSumOrANumberOfTransactionsThatDoesNotMatchIsRefused() {
        String written = SepaSamples.written(SepaSamples.threeTransfers());

        assertThatThrownBy(() -> read(written.replaceFirst("<CtrlSum>1294.00</CtrlSum>", "<CtrlSum>1294.01</CtrlSum>")))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("control sum of the group header is 1294.01 but the transfers add up to 1294.00");
        assertThatThrownBy(() -> read(written.replaceFirst(
                "(<PmtMtd>TRF</PmtMtd>\\s*<BtchBookg>true</BtchBookg>\\s*)<NbOfTxs>3</NbOfTxs>",
                "$1<NbOfTxs>2</NbOfTxs>")))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("number of transactions of the payment information block is 2");
    }

    @Test
    void anEmptyOrBrokenDocumentIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read(SepaSamples.written(SepaSamples.threeTransfers()).replace("</PmtInf>", "")))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void whatTheWriterWritesIsRead() {
        CreditTransferBatch batch = SepaSamples.threeTransfers();

        assertThat(read(SepaSamples.written(batch))).isEqualTo(batch);
    }

    private CreditTransferBatch read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
