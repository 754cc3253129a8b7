package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static be.psygate.payments.sepa.SepaSamples.DEBTOR;
import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_A;
import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_B;
import static be.psygate.payments.sepa.SepaSamples.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditTransferBatchTest {

    @Test
    void theControlSumIsTheSumOfTheAmounts() {
        CreditTransferBatch batch = SepaSamples.threeTransfers();

        assertThat(batch.numberOfTransactions()).isEqualTo(3);
        assertThat(batch.controlSum()).isEqualTo(new BigDecimal("1294.00"));
    }

    @Test
    void aBatchWithoutTransferIsRefused() {
        assertThatThrownBy(() -> SepaSamples.batch(List.of())).hasMessageContaining("has no transfer");
    }

    @Test
    void twoTransfersWithTheSameEndToEndIdAreRefused() {
        assertThatThrownBy(() -> SepaSamples.batch(List.of(
                transfer("PAY-1", "Cabinet Demo", PSYCHOLOGIST_A, "10", null),
                transfer("PAY-1", "Praktijk Demo", PSYCHOLOGIST_B, "20", null))))
                .hasMessageContaining("two transfers with end-to-end id PAY-1");
    }

    @Test
    void theMessageIdFollowsTheSepaIdentifierRulesAndTheDatesAreRequired() {
        List<CreditTransfer> transfers = List.of(transfer("PAY-1", "Cabinet Demo", PSYCHOLOGIST_A, "10", null));
        LocalDateTime created = LocalDateTime.of(2025, 4, 10, 9, 30);
        LocalDate execution = LocalDate.of(2025, 4, 11);

        assertThatThrownBy(() -> new CreditTransferBatch("M".repeat(36), created, DEBTOR, execution, transfers))
                .hasMessageContaining("message id");
        assertThatThrownBy(() -> new CreditTransferBatch("MSG-1", null, DEBTOR, execution, transfers))
                .hasMessageContaining("creation time");
        assertThatThrownBy(() -> new CreditTransferBatch("MSG-1", created, DEBTOR, null, transfers))
                .hasMessageContaining("execution date");
        assertThatThrownBy(() -> new CreditTransferBatch("MSG-1", created, null, execution, transfers))
                .hasMessageContaining("debtor");
    }

    @Test
    void theCreationTimeIsKeptToTheSecond() {
        CreditTransferBatch batch = new CreditTransferBatch("MSG-1", LocalDateTime.of(2025, 4, 10, 9, 30, 15, 999),
                DEBTOR, LocalDate.of(2025, 4, 11), List.of(transfer("PAY-1", "Cabinet Demo", PSYCHOLOGIST_A, "1",
                null)));

        assertThat(batch.created()).isEqualTo(LocalDateTime.of(2025, 4, 10, 9, 30, 15));
    }
}
