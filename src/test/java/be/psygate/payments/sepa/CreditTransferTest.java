package be.psygate.payments.sepa;

import be.psygate.identity.Iban;
import be.psygate.identity.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static be.psygate.payments.sepa.SepaSamples.PSYCHOLOGIST_A;
import static be.psygate.payments.sepa.SepaSamples.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditTransferTest {

    @Test
    void anAmountIsKeptWithTwoDecimals() {
        assertThat(transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "12.5", null).amount())
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "7", null).amount())
                .isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void anAmountWithAFractionOfACentIsRefused() {
        assertThatThrownBy(() -> transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "12.345", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E2E-1")
                .hasMessageContaining("at most two decimals")
                .hasMessageContaining("12.345");
    }

    @Test
    void anAmountOfZeroOrLessIsRefused() {
        for (String amount : List.of("0", "0.00", "-0.01", "-59.49")) {
            assertThatThrownBy(() -> transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, amount, null))
                    .as(amount)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be more than 0");
        }
    }

    @Test
    void anAmountAboveTheSepaMaximumIsRefused() {
        assertThatThrownBy(() -> transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "1000000000.00", null))
                .hasMessageContaining("999999999.99");
    }

    @Test
    void aMissingAmountOrIbanIsRefused() {
        assertThatThrownBy(() -> new CreditTransfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, null, null))
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new CreditTransfer("E2E-1", "Cabinet Demo", null, BigDecimal.TEN, null))
                .hasMessageContaining("IBAN");
        assertThatThrownBy(() -> new CreditTransfer("E2E-1", "Cabinet Demo", Iban.parse("BE69539007547034"),
                BigDecimal.TEN, null)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void aLongRemittanceIsKeptForTheWriterToClip() {
        assertThat(transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "1", "x".repeat(141)).remittanceInformation())
                .hasSize(141);
        assertThat(transfer("E2E-1", "Cabinet Demo", PSYCHOLOGIST_A, "1", "   ").remittanceInformation()).isNull();
    }

    @Test
    void theCreditorNameIsRequiredWhateverItsLength() {
        assertThatThrownBy(() -> transfer("E2E-1", " ", PSYCHOLOGIST_A, "1", null))
                .hasMessageContaining("name of E2E-1 is missing");
        // registration allows 200 characters: the writer clips to 70, the payment run goes on
        assertThat(transfer("E2E-1", "n".repeat(200), PSYCHOLOGIST_A, "1", null).creditorName()).hasSize(200);
    }

    @Test
    void theEndToEndIdFollowsTheSepaIdentifierRules() {
        for (String id : List.of("", "x".repeat(36), "/E2E", "E2E/", "E2E//1", "E2E_1", "PAYÉ-1")) {
            assertThatThrownBy(() -> transfer(id, "Cabinet Demo", PSYCHOLOGIST_A, "1", null))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("end-to-end id");
        }
        assertThat(transfer("x".repeat(35), "Cabinet Demo", PSYCHOLOGIST_A, "1", null).endToEndId()).hasSize(35);
        assertThat(transfer("A-1/2 (b)?:.,'+", "Cabinet Demo", PSYCHOLOGIST_A, "1", null)).isNotNull();
    }
}
