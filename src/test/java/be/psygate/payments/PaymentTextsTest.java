package be.psygate.payments;

import be.psygate.rules.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTextsTest {

    @Test
    void messageIdsAreUniqueEvenForRunsOfTheSameSecondAndFitTheSepaIdentifierRules() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = PaymentTexts.messageId("PSYGATE", UUID.randomUUID());
            assertThat(id).matches("PSYGATE-[0-9A-Z]{25}");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
        assertThat(PaymentTexts.messageId("ABCDEFGHI", new UUID(-1L, -1L))).hasSize(35);
        assertThat(PaymentTexts.messageId("X", new UUID(0L, 1L))).isEqualTo("X-" + "0".repeat(24) + "1");
    }

    @Test
    void twoInstallationsWithTheSameRunNumberGiveDifferentIds() {
        assertThat(PaymentTexts.messageId("PSYGATE", UUID.randomUUID()))
                .isNotEqualTo(PaymentTexts.messageId("PSYGATE", UUID.randomUUID()));
    }

    @Test
    void theRemittanceIsInThePracticesLanguageAndNamesItsStatementFile() {
        LocalDate day = LocalDate.of(2025, 9, 5);
        String file = "statement-00000012-12345678901.csv";

        assertThat(PaymentTexts.remittance(Language.FR, day, 3, file))
                .isEqualTo("PsyGate 2025-09-05 : 3 seances, detail dans " + file);
        assertThat(PaymentTexts.remittance(Language.NL, day, 1, file))
                .isEqualTo("PsyGate 2025-09-05: 1 sessie, detail in " + file);
        assertThat(PaymentTexts.remittance(Language.EN, day, 2, file))
                .isEqualTo("PsyGate 2025-09-05: 2 sessions, details in " + file);
        assertThat(PaymentTexts.remittance(null, day, 2, file)).startsWith("PsyGate 2025-09-05 : 2 seances");
        assertThat(PaymentTexts.remittance(Language.FR, day, 9_999, file)).hasSizeLessThanOrEqualTo(140);
    }
}
