package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date of a line is {@code yyyy-MM-dd} in ASCII digits and a day of the calendar, as ISO reads it strictly. */
class FieldRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2025-12-31", "2019-04-01", "0001-01-01", "9999-12-31"})
    void aDayOfTheCalendarIsReadAsIsoReadsIt(String text) {
        assertThat(FieldRules.isoDate(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01",
            "2024-01-1", "24-01-01", "15/03/2023", "2024/01/01", "2024-01-01T", " 2024-01-0", "2024-0a-01",
            "+024-01-01", "-024-01-01", "٢٠٢٤-01-01", "2024-01-01 ", "", "2024_01_01"})
    void anythingElseIsNotADate(String text) {
        assertThatThrownBy(() -> FieldRules.isoDate(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noDateIsNotADate() {
        assertThatThrownBy(() -> FieldRules.isoDate(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
