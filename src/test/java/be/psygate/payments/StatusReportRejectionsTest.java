package be.psygate.payments;

import be.psygate.payments.sepa.PaymentStatusReport;
import be.psygate.payments.sepa.PaymentStatusReport.BlockStatus;
import be.psygate.payments.sepa.PaymentStatusReport.TransactionStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportRejectionsTest {

    private static final List<String> FILE = List.of("PSYGATE-7-1", "PSYGATE-7-2", "PSYGATE-7-3");

    @Test
    void aRejectedFileRejectsEveryTransferOfItWithTheGroupReason() {
        PaymentStatusReport report = new PaymentStatusReport("pain.002.001.10", "S1", "M1", "RJCT", "AM04", List.of());

        assertThat(StatusReportRejections.of(report, FILE).rejected()).containsExactly(
                Map.entry("PSYGATE-7-1", "AM04"), Map.entry("PSYGATE-7-2", "AM04"), Map.entry("PSYGATE-7-3", "AM04"));
    }

    @Test
    void aRejectedBlockRejectsEveryTransferAndATransactionKeepsItsOwnReason() {
        PaymentStatusReport report = new PaymentStatusReport("pain.002.001.03", "S1", "M1", null, null, List.of(
                new BlockStatus("M1", "RJCT", "DT01", List.of(new TransactionStatus("PSYGATE-7-2", "RJCT", "AC04")))));

        assertThat(StatusReportRejections.of(report, FILE).rejected()).containsExactly(
                Map.entry("PSYGATE-7-1", "DT01"), Map.entry("PSYGATE-7-2", "AC04"), Map.entry("PSYGATE-7-3", "DT01"));
    }

    @Test
    void onlyTheRejectedTransactionsOfAPartlyAcceptedFileAndNoneThatIsNotOfTheFile() {
        PaymentStatusReport report = new PaymentStatusReport("pain.002.001.03", "S1", "M1", "PART", null, List.of(
                new BlockStatus("M1", "PART", null, List.of(
                        new TransactionStatus("PSYGATE-7-1", "ACCP", null),
                        new TransactionStatus("PSYGATE-7-3", "RJCT", null),
                        new TransactionStatus("PSYGATE-9-1", "RJCT", "AC04")))));

        StatusReportRejections.Decision decision = StatusReportRejections.of(report, FILE);

        assertThat(decision.rejected()).containsExactly(Map.entry("PSYGATE-7-3", "NOT GIVEN"));
        assertThat(decision.accepted()).isEqualTo(1);
        assertThat(decision.unknown()).containsExactly("PSYGATE-9-1");
    }

    @Test
    void anAcceptedFileRejectsNothing() {
        PaymentStatusReport report = new PaymentStatusReport("pain.002.001.03", "S1", "M1", "ACCP", null, List.of());

        assertThat(StatusReportRejections.of(report, FILE).rejected()).isEmpty();
        assertThat(StatusReportRejections.of(report, List.of()).rejected()).isEmpty();
    }
}
