package be.psygate.identity;

/**
 * An INAMI / RIZIV number: the number under which INAMI knows a care provider (here a psychologist, an
 * orthopedagogue or a prescribing doctor). 11 digits: a 6-digit number, 2 check digits equal to
 * {@code 97 - (number mod 97)} (a remainder of 0 is written 97), and a 3-digit qualification code.
 */
public record Inami(String value) {

    public Inami {
        if (!Checks.isDigits(value, 11)) {
            throw Checks.notDigits("INAMI number", value, 11);
        }
        if (!Checks.lastTwoAreCheckOfRest(value.substring(0, 8))) {
            throw new InvalidIdentifierException("INAMI number check digits (7 and 8) do not match");
        }
    }

    public static Inami parse(String text) {
        return new Inami(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, Inami::parse);
    }

    /** Digits 9 to 11: the provider's qualification (profession and specialty). */
    public String qualification() {
        return value.substring(8);
    }

    @Override
    public String toString() {
        return value;
    }
}
