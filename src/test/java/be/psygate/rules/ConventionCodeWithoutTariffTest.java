package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.PSEUDOCODE;
import static be.psygate.rules.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Pseudocode;
import be.psygate.rules.LineBuilder.Field;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A code of the convention's list (annex 1 of the 2023 amendment, {@code mappings/pseudocodes.csv}) that no tariff
 * version prices on the session date lacks a tariff; it is not an unknown code. Only a code neither listed nor
 * priced is unknown.
 */
class ConventionCodeWithoutTariffTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String SESSION_DATE = "2025-03-15";

    @ParameterizedTest
    @ValueSource(strings = {"792271", "792315", "791976", "792013", "792050", "792131", "792352", "792094", "793951",
        "793973", "400352", "400175", "400315", "793995"})
    void refusesAListedCodeThatNoTariffPricesAsHavingNoTariffOnTheSessionDate(String code) {
        Verdict verdict = check(SESSION_DATE, code);

        assertThat(verdict.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
        assertThat(verdict.args()).containsExactly(code, SESSION_DATE);
    }

    @ParameterizedTest
    @MethodSource("listedCodesWithoutATariff")
    void recognisesEveryListedCodeWhateverTheTariffTableHolds(Pseudocode code) {
        Verdict verdict = check(SESSION_DATE, code.value());

        assertThat(verdict.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"791977", "123456", "792272", "999999"})
    void refusesACodeThatTheConventionDoesNotListAsUnknown(String code) {
        Verdict verdict = check(SESSION_DATE, code);

        assertThat(verdict.reason()).isEqualTo(ReasonCode.PSEUDOCODE_UNKNOWN);
        assertThat(verdict.args()).containsExactly(code);
    }

    @Test
    void refusesAPricedCodeOnADateBeforeItsTariffAsHavingNoTariffOnThatDate() {
        Verdict verdict = check("2022-09-30", "792691");

        assertThat(verdict.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
        assertThat(verdict.args()).containsExactly("792691", "2022-09-30");
    }

    @Test
    void listsEveryCodeThatATariffVersionPrices() {
        assertThat(ConventionRulesTest.TARIFFS.versions()).allSatisfy(version -> assertThat(
                ConventionRulesTest.TARIFFS.conventionCodes().codes()).containsAll(version.tariffs().keySet()));
    }

    static Stream<Pseudocode> listedCodesWithoutATariff() {
        LocalDate date = LocalDate.parse(SESSION_DATE);
        return ConventionRulesTest.TARIFFS.conventionCodes().codes().stream()
                .filter(code -> ConventionRulesTest.TARIFFS.find(code, date).isEmpty());
    }

    private static Verdict check(String sessionDate, String code) {
        return validator().check(line().with(Field.SESSION_DATE, sessionDate).with(PSEUDOCODE, code).build());
    }

    private static ListValidator validator() {
        return new ListValidator(ConventionRulesTest.TARIFFS, ConventionRulesTest.RULES,
                ConventionRulesTest.context(NetworkPublic.ADULTS, "2022-01-01", null, null), TODAY);
    }
}
