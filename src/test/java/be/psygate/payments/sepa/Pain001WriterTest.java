package be.psygate.payments.sepa;

import be.psygate.payments.sepa.pain001.Document;
import org.junit.jupiter.api.Test;
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
import java.util.List;

import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_A;
import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_B;
import static be.psygate.payments.sepa.SepaSamples.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pain001WriterTest {

    private final Pain001Writer writer = new Pain001Writer();
    private final Pain001Reader reader = new Pain001Reader();

    @Test
    void aBatchOfThreeTransfersIsReadBackEqual() {
        CreditTransferBatch batch = SepaSamples.threeTransfers();

        String xml = SepaSamples.written(batch);
        CreditTransferBatch read = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

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
    void theSepaUsageRulesAreFollowed() throws Exception {
        String xml = SepaSamples.written(SepaSamples.threeTransfers());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        assertThat(text(xml, "count(/Document/CstmrCdtTrfInitn/PmtInf)")).isEqualTo("1");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/PmtMtd")).isEqualTo("TRF");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/SvcLvl/Cd")).isEqualTo("SEPA");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/ChrgBr")).isEqualTo("SLEV");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/ReqdExctnDt")).isEqualTo("2025-04-11");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/CreDtTm")).isEqualTo("2025-04-10T09:30:15");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/BIC")).isEqualTo("BBRUBEBB");
        assertThat(text(xml, "count(//InstdAmt[@Ccy!='EUR'])")).isEqualTo("0");
        assertThat(text(xml, "(//CdtTrfTxInf)[2]/Amt/InstdAmt")).isEqualTo("1234.50");
        assertThat(text(xml, "(//CdtTrfTxInf)[3]/Amt/InstdAmt")).isEqualTo("0.01");
        assertThat(text(xml, "count((//CdtTrfTxInf)[3]/RmtInf)")).isEqualTo("0");
    }

    @Test
    void aDebtorWithoutBicIsNotProvided() throws Exception {
        CreditTransferBatch batch = new CreditTransferBatch("MSG-1", SepaSamples.threeTransfers().created(),
                new Debtor("Hopital Demo", SepaSamples.HOSPITAL, null), SepaSamples.threeTransfers().executionDate(),
                List.of(transfer("PAY-1", "Cabinet Demo", PSYCHOLOGIST_A, "10", null)));

        String xml = SepaSamples.written(batch);

        assertThat(text(xml, "//DbtrAgt/FinInstnId/Othr/Id")).isEqualTo("NOTPROVIDED");
        assertThat(reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).isEqualTo(batch);
    }

    @Test
    void namesAndRemittanceWithAccentsAreTransliterated() throws Exception {
        CreditTransferBatch batch = new CreditTransferBatch("MSG-1", SepaSamples.threeTransfers().created(),
                new Debtor("Hôpital Saint-Luc & Clinique", SepaSamples.HOSPITAL, null),
                SepaSamples.threeTransfers().executionDate(),
                List.of(transfer("PAY-1", "Hélène Dupré-Lefèvre", PSYCHOLOGIST_A, "10", "Séances de février – Zoë"),
                        transfer("PAY-2", "Jürgen Groß", PSYCHOLOGIST_B, "20", null)));

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
        CreditTransferBatch batch = new CreditTransferBatch("MSG-1", SepaSamples.threeTransfers().created(),
                new Debtor("Hôpital " + "é".repeat(100), SepaSamples.HOSPITAL, null),
                SepaSamples.threeTransfers().executionDate(),
                List.of(transfer("PAY-1", name, PSYCHOLOGIST_A, "10", remittance)));

        for (Pain001Version version : Pain001Version.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Pain001Writer(version).write(batch, out);
            String xml = out.toString(StandardCharsets.UTF_8);

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
        assertThat(reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(perTransfer);
    }

    @Test
    void aPain00100109IsWrittenValidAgainstItsSchemaWithTheSameRules() throws Exception {
        CreditTransferBatch batch = SepaSamples.threeTransfers();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Pain001Writer(Pain001Version.V09).write(batch, out);
        String xml = out.toString(StandardCharsets.UTF_8);

        // validated once more here, independently of the writer, against the published schema
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newDefaultInstance();
        factory.newSchema(java.nio.file.Path.of("mappings/formats/pain.001.001.09.xsd").toFile()).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new StringReader(xml)));
        assertThat(xml).contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/MsgId")).isEqualTo(batch.messageId());
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/ReqdExctnDt/Dt")).isEqualTo("2025-04-11");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/BtchBookg")).isEqualTo("true");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/SvcLvl/Cd")).isEqualTo("SEPA");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/BICFI")).isEqualTo("BBRUBEBB");
        assertThat(text(xml, "count(//CdtTrfTxInf)")).isEqualTo("3");
        assertThat(text(xml, "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum")).isEqualTo("1294.00");
        assertThat(text(xml, "(//CdtTrfTxInf)[2]/Amt/InstdAmt")).isEqualTo("1234.50");
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

        assertThatThrownBy(() -> writer.write(missingMethod, out))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("pain.001.001.03.xsd")
                .hasMessageContaining("PmtMtd");
        assertThatThrownBy(() -> writer.write(badCurrency, out))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("EURO");
        assertThatThrownBy(() -> writer.write(tooManyDecimals, out))
                .isInstanceOf(SepaFormatException.class)
                .hasMessageContaining("1.123456");
        assertThat(out.size()).isZero();
    }

    static String text(String xml, String expression) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Node document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
    }
}
