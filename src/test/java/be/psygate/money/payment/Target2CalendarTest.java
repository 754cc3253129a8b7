package be.psygate.money.payment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class Target2CalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25",
            "2285,2285-03-22"})
    void easterSundayIsTheGregorianOne(int year, LocalDate easter) {
        assertThat(Target2Calendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} is closed")
    @CsvSource({"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-12-25", "2025-12-26", "2026-04-03",
            "2026-04-06", "2025-09-06", "2025-09-07"})
    void closingDaysAndWeekendsAreNoBusinessDays(LocalDate day) {
        assertThat(Target2Calendar.isBusinessDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0} is open")
    @CsvSource({"2025-04-17", "2025-04-22", "2025-05-29", "2025-06-09", "2025-07-21", "2025-08-15", "2025-11-11",
            "2025-12-24", "2025-12-31"})
    void belgianHolidaysThatAreNotTarget2ClosingDaysAreBusinessDays(LocalDate day) {
        // Ascension, Whit Monday, 21 July, 15 August and 11 November: Belgian holidays, TARGET2 open
        assertThat(Target2Calendar.isBusinessDay(day)).isTrue();
    }

    @Test
    void theNextBusinessDaySkipsWeekendsAndClosingDaysInARow() {
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2025, 4, 17))).isEqualTo(LocalDate.of(2025, 4, 17));
        // Good Friday, the weekend and Easter Monday
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2025, 4, 18))).isEqualTo(LocalDate.of(2025, 4, 22));
        // Christmas on a Thursday, 26 December, the weekend
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2025, 12, 25))).isEqualTo(LocalDate.of(2025, 12, 29));
        // New Year on a Saturday
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2022, 1, 1))).isEqualTo(LocalDate.of(2022, 1, 3));
    }
}
