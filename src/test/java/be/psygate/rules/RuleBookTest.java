package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookTest {

    private static final RuleBook BOOK = RuleBookYaml.readDirectory(Path.of("mappings/rules"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2019-03-31, ",
        "2019-04-01, 2019-04-01",
        "2020-12-31, 2019-04-01",
        "2021-08-31, 2019-04-01",
        "2021-09-01, 2021-09-01",
        "2024-02-01, 2021-09-01",
        "2099-01-01, 2021-09-01"})
    void findsTheRuleSetInForceOnTheSessionDate(LocalDate sessionDate, LocalDate expectedFrom) {
        assertThat(BOOK.forDate(sessionDate).map(RuleSet::validFrom)).isEqualTo(Optional.ofNullable(expectedFrom));
    }

    @Test
    void startsOnTheFirstDayOfTheFirstConvention() {
        assertThat(BOOK.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void refusesRuleSetsWithAGapAnOverlapOrAClosedEnd() {
        RuleSet first = set("2019-04-01", "2021-08-31");

        assertThatThrownBy(() -> RuleBook.of(first, set("2021-09-02", null)))
                .hasMessageContaining("must end the day before 2021-09-02");
        assertThatThrownBy(() -> RuleBook.of(first, set("2021-08-01", null)))
                .hasMessageContaining("must end the day before 2021-08-01");
        assertThatThrownBy(() -> RuleBook.of(first))
                .hasMessageContaining("must be open-ended");
        assertThatThrownBy(() -> new RuleBook(List.of()))
                .hasMessageContaining("at least one rule set");
    }

    @Test
    void takesTheRuleSetsInAnyOrder() {
        RuleBook book = RuleBook.of(set("2021-09-01", null), set("2019-04-01", "2021-08-31"));

        assertThat(book.forDate(LocalDate.of(2021, 8, 31)).orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2019, 4, 1));
    }

    private static RuleSet set(String from, String until) {
        return new RuleSet("set from " + from, LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
                ReferralRule.notRequired(), new PatientCeilings.PerYear(8),
                Map.of(NetworkPublic.ADULTS, AgeRange.ANY, NetworkPublic.CHILDREN, AgeRange.ANY), new GroupSize(4, 15),
                List.of());
    }
}
