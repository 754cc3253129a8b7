package be.psygate.payments.sepa;

import be.psygate.payments.sepa.PaymentStatusReport.BlockStatus;
import be.psygate.payments.sepa.PaymentStatusReport.TransactionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static be.psygate.payments.sepa.SepaAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class Pain002ReaderTest {

    private final Pain002Reader reader = new Pain002Reader();

    @Test
    void aReportRejectingOneTransactionIsReadWithItsReason() throws IOException {
        PaymentStatusReport report = reader.read(fixture("pain002-v03-rejected-transaction.xml"));

        assertThat(report).isEqualTo(new PaymentStatusReport("pain.002.001.03", "STS-2025-07-01-0001",
                "PSYGATE-ORIGINAL-MESSAGE-ID", null, null, List.of(new BlockStatus("PSYGATE-ORIGINAL-MESSAGE-ID", null,
                        null, List.of(new TransactionStatus("PSYGATE-1-1", "RJCT", "AC01"))))));
    }

    @Test
    void aReportOfThe2019VersionRejectingTheWholeFileIsRead() throws IOException {
        PaymentStatusReport report = reader.read(fixture("pain002-v10-rejected-file.xml"));

        assertThat(report).isEqualTo(new PaymentStatusReport("pain.002.001.10", "STS-2025-07-01-0002",
                "PSYGATE-ORIGINAL-MESSAGE-ID", "RJCT", "AM04", List.of()));
    }

    @Test
    void aReportIsValidatedAgainstItsSchemaAndAnUnknownVersionRefused() throws IOException {
        String xml = new String(fixture("pain002-v03-rejected-transaction.xml"), StandardCharsets.UTF_8);

        assertRefused(() -> read(xml.replace("<TxSts>RJCT</TxSts>", "<TxSts>NOPE1</TxSts>")),
                "not valid against pain.002.001.03.xsd at line");
        assertRefused(() -> read(xml.replace("pain.002.001.03\"", "pain.002.001.14\"")),
                "pain.002.001.03, pain.002.001.10", "pain.002.001.14");
        assertThat(Pain002Reader.isStatusReport(xml.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Pain002Reader.isStatusReport(fixture("camt053-v08.xml"))).isFalse();
    }

    private PaymentStatusReport read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(SepaSamples.BANK_FIXTURES.resolve(name));
    }
}
