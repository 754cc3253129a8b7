package be.psygate.money.payment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Set;

/**
 * The TARGET2 calendar, on which SEPA credit transfers are executed: every day but Saturdays, Sundays and the
 * TARGET2 closing days, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December. Easter is computed (the
 * Gregorian computus), so the calendar needs no yearly update.
 */
public final class Target2Calendar {

    private static final Set<MonthDay> FIXED_CLOSING_DAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private Target2Calendar() {
    }

    /** Whether {@code day} is a TARGET2 business day. */
    public static boolean isBusinessDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FIXED_CLOSING_DAYS.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1));
    }

    /** {@code day} itself when it is a business day, else the next business day after it. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = Objects.requireNonNull(day, "day");
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Easter Sunday of {@code year} in the Gregorian calendar (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
