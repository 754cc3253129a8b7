package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static be.psygate.payments.sepa.SepaAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class Pain001ReaderTest {

    private final Pain001Reader reader = new Pain001Reader();

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<Document", "<!DOCTYPE Document [ <!ENTITY leak SYSTEM \"file:///etc/passwd\"> ]>\n"
                        + "<Document")
                .replaceFirst("<MsgId>[^<]*</MsgId>", "<MsgId>&leak;</MsgId>");

        assertRefused(() -> read(xml), "DOCTYPE is not accepted").hasMessageNotContaining("root:");
    }

    @Test
    void nestedEntitiesAreRefusedBeforeAnyExpansion() {
        String xml = SepaSamples.written(SepaSamples.threeTransfers())
                .replaceFirst("<Document", "<!DOCTYPE Document [ <!ENTITY a \"aaaaaaaaaa\">"
                        + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n"
                        + "<Document")
                .replaceFirst("<Ustrd>[^<]*</Ustrd>", "<Ustrd>&c;</Ustrd>");

        assertRefused(() -> read(xml), "DOCTYPE is not accepted");
    }

    /** The parts of the message are separated by "; ". */
    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
        an undeclared entity              | <MsgId>[^<]*</MsgId>       | <MsgId>&leak;</MsgId>                | not well-formed
        an element the schema forbids     | <ChrgBr>SLEV</ChrgBr>      | <ChrgBr>SLEV</ChrgBr><Fee>1.00</Fee> | not valid against pain.001.001.03.xsd at line; Fee
        another message                   | pain\\.001\\.001\\.03          | pain.001.001.09                      | not a pain.001.001.03 document; urn:iso:std:iso:20022:tech:xsd:pain.001.001.09
        a control sum that does not match | <CtrlSum>1294.00</CtrlSum> | <CtrlSum>1294.01</CtrlSum>           | control sum of the group header is 1294.01 but the transfers add up to 1294.00
        a number of transactions that does not match | (<PmtMtd>TRF</PmtMtd>\\s*<BtchBookg>true</BtchBookg>\\s*)<NbOfTxs>3</NbOfTxs> | $1<NbOfTxs>2</NbOfTxs> | number of transactions of the payment information block is 2
        a broken document                 | </PmtInf>                  | ''                                   | not well-formed
        """)
    void aSpoiledDocumentIsRefusedSayingWhy(String spoilt, String regex, String replacement, String message) {
        String xml = SepaSamples.written(SepaSamples.threeTransfers()).replaceFirst(regex, replacement);

        assertRefused(() -> read(xml), message.split("; "));
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertRefused(() -> read(""), "not well-formed");
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
