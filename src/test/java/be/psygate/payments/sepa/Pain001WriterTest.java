package be.psygate.payments.sepa;

import be.psygate.payments.sepa.pain001.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static be.psygate.payments.sepa.SepaAssertions.assertRefused;
import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_A;
import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_B;
import static be.psygate.payments.sepa.SepaSamples.fromDebtorWithoutBic;
import static be.psygate.payments.sepa.SepaSamples.transfer;
import static org.assertj.core.api.Assertions.assertThat;

class Pain001WriterTest {

    private final Pain001Writer writer = new Pain001Writer();
    private final Pain001Reader reader = new Pain001Reader();

    @Test
    void aBatchOfThreeTransfersIsReadBackEqual() {
        CreditTransferBatch batch = SepaSamples.threeTransfers();

        CreditTransferBatch read = readBack(SepaSamples.written(batch));

        assertThat(read).isEqualTo(batch);
        assertThat(read.transfers()).hasSize(3);
    }

    @Test
    void theNumberOfTransactionsAndTheControlSumAreInTheHeaderAndTheBlock() throws Exception {
        CreditTransferBatch batch = SepaSamples.threeTransfers();
        String xml = SepaSamples.written(batch);

        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs")).isEqualTo("3");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/NbOfTxs")).isEqualTo("3");
        BigDecimal headerSum = new BigDecimal(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum"));
        BigDecimal blockSum = new BigDecimal(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/CtrlSum"));
        BigDecimal sum = batch.transfers().stream().map(CreditTransfer::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(headerSum).isEqualTo(sum).isEqualTo(new BigDecimal("1294.00"));
        assertThat(blockSum).isEqualTo(sum);
    }

    @Test
    void theDocumentIsUtf8() {
        assertThat(SepaSamples.written(SepaSamples.threeTransfers()))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
    }

    /** The three transfers' batch as each version writes it, one element at a time. */
    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        V03 | count(/Document/CstmrCdtTrfInitn/PmtInf)                      | 1
        V03 | /Document/CstmrCdtTrfInitn/PmtInf/PmtMtd                      | TRF
        V03 | /Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/SvcLvl/Cd          | SEPA
        V03 | /Document/CstmrCdtTrfInitn/PmtInf/ChrgBr                      | SLEV
        V03 | /Document/CstmrCdtTrfInitn/PmtInf/ReqdExctnDt                 | 2025-04-11
        V03 | /Document/CstmrCdtTrfInitn/GrpHdr/CreDtTm                     | 2025-04-10T09:30:15
        V03 | /Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/BIC      | BBRUBEBB
        V03 | count(//InstdAmt[@Ccy!='EUR'])                                | 0
        V03 | (//CdtTrfTxInf)[2]/Amt/InstdAmt                               | 1234.50
        V03 | (//CdtTrfTxInf)[3]/Amt/InstdAmt                               | 0.01
        V03 | count((//CdtTrfTxInf)[3]/RmtInf)                              | 0
        V09 | /Document/CstmrCdtTrfInitn/GrpHdr/MsgId                       | PSYGATE-2025-04-10-001
        V09 | /Document/CstmrCdtTrfInitn/PmtInf/ReqdExctnDt/Dt              | 2025-04-11
        V09 | /Document/CstmrCdtTrfInitn/PmtInf/BtchBookg                   | true
        V09 | /Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/SvcLvl/Cd          | SEPA
        V09 | /Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/BICFI    | BBRUBEBB
        V09 | count(//CdtTrfTxInf)                                          | 3
        V09 | /Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum                     | 1294.00
        V09 | (//CdtTrfTxInf)[2]/Amt/InstdAmt                               | 1234.50
        """)
    void theSepaUsageRulesAreFollowed(Pain001Version version, String path, String expected) throws Exception {
        String xml = SepaSamples.written(SepaSamples.threeTransfers(), version);

        assertThat(text(xml, path)).isEqualTo(expected);
    }

    @Test
    void aDebtorWithoutBicIsNotProvided() throws Exception {
        CreditTransferBatch batch = fromDebtorWithoutBic("Hopital Demo",
                transfer("PAY-1", "Cabinet Demo", PSYCHOLOGIST_A, "10", null));

        String xml = SepaSamples.written(batch);

        assertThat(text(xml, "//DbtrAgt/FinInstnId/Othr/Id")).isEqualTo("NOTPROVIDED");
        assertThat(readBack(xml)).isEqualTo(batch);
    }

    @Test
    void namesAndRemittanceWithAccentsAreTransliterated() throws Exception {
        CreditTransferBatch batch = fromDebtorWithoutBic("Hôpital Saint-Luc & Clinique",
                transfer("PAY-1", "Hélène Dupré-Lefèvre", PSYCHOLOGIST_A, "10", "Séances de février – Zoë"),
                transfer("PAY-2", "Jürgen Groß", PSYCHOLOGIST_B, "20", null));

        String xml = SepaSamples.written(batch);

        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/InitgPty/Nm")).isEqualTo("Hopital Saint-Luc + Clinique");
        assertThat(text(xml, "(//CdtTrfTxInf)[1]/Cdtr/Nm")).isEqualTo("Helene Dupre-Lefevre");
        assertThat(text(xml, "(//CdtTrfTxInf)[1]/RmtInf/Ustrd")).isEqualTo("Seances de fevrier - Zoe");
        assertThat(text(xml, "(//CdtTrfTxInf)[2]/Cdtr/Nm")).isEqualTo("Jurgen Gross");
        assertThat(xml).doesNotContain("é", "ü", "ß", "&amp;", "–");
    }

    @Test
    void namesAndRemittanceAreClippedTo70And140CharactersOnceTransliterated() throws Exception {
        String name = "Cabinet de psychologie clinique " + "Ærøskøbing-Łódź ".repeat(12);
        String remittance = "ß".repeat(71) + " and more";
        CreditTransferBatch batch = fromDebtorWithoutBic("Hôpital " + "é".repeat(100),
                transfer("PAY-1", name, PSYCHOLOGIST_A, "10", remittance));

        for (Pain001Version version : Pain001Version.values()) {
            String xml = SepaSamples.written(batch, version);

            assertThat(text(xml, "(//CdtTrfTxInf)[1]/Cdtr/Nm")).as(version.name())
                    .hasSize(70).startsWith("Cabinet de psychologie clinique AEroskobing-Lodz AEr");
            assertThat(text(xml, "(//CdtTrfTxInf)[1]/RmtInf/Ustrd")).as(version.name()).isEqualTo("ss".repeat(70));
            assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/InitgPty/Nm")).hasSize(70)
                    .startsWith("Hopital eee");
        }
    }

    @Test
    void batchBookingIsAlwaysWrittenAsTheBatchSays() throws Exception {
        CreditTransferBatch oneDebit = SepaSamples.threeTransfers();
        CreditTransferBatch perTransfer = new CreditTransferBatch(oneDebit.messageId(), oneDebit.created(),
                oneDebit.debtor(), oneDebit.executionDate(), oneDebit.transfers(), false);

        assertThat(text(SepaSamples.written(oneDebit), "/Document/CstmrCdtTrfInitn/PmtInf/BtchBookg"))
                .isEqualTo("true");
        String xml = SepaSamples.written(perTransfer);
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/BtchBookg")).isEqualTo("false");
        assertThat(readBack(xml)).isEqualTo(perTransfer);
    }

    @Test
    void aPain00100109IsWrittenValidAgainstItsSchema() throws Exception {
        String xml = SepaSamples.written(SepaSamples.threeTransfers(), Pain001Version.V09);

        // validated once more here, independently of the writer, against the published schema
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newDefaultInstance();
        factory.newSchema(java.nio.file.Path.of("mappings/formats/pain.001.001.09.xsd").toFile()).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new StringReader(xml)));
        assertThat(xml).contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"");
    }

    @Test
    void theWriterRejectsWhatTheSchemaForbidsAndWritesNothing() {
        Document missingMethod = Pain001Document.of(SepaSamples.threeTransfers());
        missingMethod.getCstmrCdtTrfInitn().getPmtInf().get(0).setPmtMtd(null);
        Document badCurrency = Pain001Document.of(SepaSamples.threeTransfers());
        badCurrency.getCstmrCdtTrfInitn().getPmtInf().get(0).getCdtTrfTxInf().get(0).getAmt().getInstdAmt()
                .setCcy("EURO");
        Document tooManyDecimals = Pain001Document.of(SepaSamples.threeTransfers());
        tooManyDecimals.getCstmrCdtTrfInitn().getPmtInf().get(0).getCdtTrfTxInf().get(0).getAmt().getInstdAmt()
                .setValue(new BigDecimal("1.123456"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertRefused(() -> writer.write(missingMethod, out), "pain.001.001.03.xsd", "PmtMtd");
        assertRefused(() -> writer.write(badCurrency, out), "EURO");
        assertRefused(() -> writer.write(tooManyDecimals, out), "1.123456");
        assertThat(out.size()).isZero();
    }

    private CreditTransferBatch readBack(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(String xml, String expression) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Node document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
    }
}
