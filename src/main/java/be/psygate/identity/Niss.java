package be.psygate.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's Belgian national number (NISS / INSZ): 11 digits {@code YYMMDDSSSCC}, birth date, a sequence number
 * (odd for men, even for women) and two check digits. The check digits are {@code 97 - (first 9 digits mod 97)} for
 * people born before 2000, and are computed over {@code 2} followed by the 9 digits for people born from 2000 on,
 * which is how the century of the birth year is known. A BIS number (people not in the national register) adds 20
 * or 40 to the month. Month or day {@code 00} means "unknown".
 *
 * <p>A national number is health-related personal data here: {@link #toString()} gives the {@linkplain #masked()
 * masked} form, and no exception message ever contains the number.
 */
public final class Niss {

    private static final long FROM_2000_PREFIX = 2_000_000_000L;

    private final String value;
    private final boolean bornFrom2000;

    private Niss(String value, boolean bornFrom2000) {
        this.value = value;
        this.bornFrom2000 = bornFrom2000;
    }

    /** Reads 11 digits, exactly, or throws {@link InvalidIdentifierException} saying what is wrong. */
    public static Niss parse(String text) {
        if (!Checks.isDigits(text, 11)) {
            throw Checks.notDigits("NISS", text, 11);
        }
        long base = Checks.number(text, 0, 9);
        int check = (int) Checks.number(text, 9, 11);
        boolean before2000 = Checks.complementMod97(base) == check;
        boolean from2000 = Checks.complementMod97(FROM_2000_PREFIX + base) == check;
        if (!before2000 && !from2000) {
            throw new InvalidIdentifierException("NISS check digits do not match");
        }
        Niss niss = new Niss(text, from2000);
        niss.checkDatePart();
        return niss;
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, Niss::parse);
    }

    private void checkDatePart() {
        int rawMonth = rawMonth();
        boolean monthInRange = rawMonth <= 12 || (rawMonth >= 20 && rawMonth <= 32) || (rawMonth >= 40 && rawMonth <= 52);
        if (!monthInRange) {
            throw new InvalidIdentifierException("NISS month part is not a month (nor a BIS month)");
        }
        if (day() > 31) {
            throw new InvalidIdentifierException("NISS day part is not a day");
        }
        if (month() != 0 && day() != 0) {
            try {
                LocalDate.of(birthYear(), month(), day());
            } catch (DateTimeException e) {
                throw new InvalidIdentifierException("NISS birth date part is not a calendar date");
            }
        }
    }

    /** The 11 digits. Never write them to a log: use {@link #masked()}. */
    public String value() {
        return value;
    }

    /** The birth date, in the century given by the check digits; empty when its month or day is unknown (00). */
    public Optional<LocalDate> birthDate() {
        if (month() == 0 || day() == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(birthYear(), month(), day()));
    }

    /**
     * The age in whole years on {@code date}; empty when the birth date is unknown or {@code date} is before the
     * birth date.
     */
    public Optional<Integer> ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (month() == 0 || day() == 0) {
            return Optional.empty();
        }
        LocalDate birth = LocalDate.of(birthYear(), month(), day());
        return date.isBefore(birth) ? Optional.empty() : Optional.of(Period.between(birth, date).getYears());
    }

    /** Whether this is a BIS number (month increased by 20 or 40). */
    public boolean bis() {
        return rawMonth() >= 20;
    }

    /** Only the birth year and month remain visible, e.g. {@code 85.07.**-***.**}. */
    public String masked() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + ".**-***.**";
    }

    /**
     * The text with every national number in it masked: for what comes from outside and may be logged (a file
     * name chosen by a practice, say).
     */
    public static String maskWithin(String text) {
        return SafeText.maskNationalNumbers(text);
    }

    /** The masked form: a national number must never appear in clear in a log. */
    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Niss niss && niss.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    private int birthYear() {
        return (bornFrom2000 ? 2000 : 1900) + (int) Checks.number(value, 0, 2);
    }

    private int rawMonth() {
        return (int) Checks.number(value, 2, 4);
    }

    private int month() {
        return rawMonth() % 20;
    }

    private int day() {
        return (int) Checks.number(value, 4, 6);
    }
}
