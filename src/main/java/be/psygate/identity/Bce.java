package be.psygate.identity;

/**
 * A Belgian enterprise number (BCE / KBO), as a practice's business registration: 10 digits, the last 2 being
 * {@code 97 - (first 8 digits mod 97)}.
 */
public record Bce(String value) {

    public Bce {
        if (!Checks.isDigits(value, 10)) {
            throw Checks.notDigits("Enterprise number (BCE)", value, 10);
        }
        if (!Checks.lastTwoAreCheckOfRest(value)) {
            throw new InvalidIdentifierException("Enterprise number (BCE) " + value + ": check digits do not match");
        }
    }

    public static Bce parse(String text) {
        return new Bce(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, Bce::parse);
    }

    @Override
    public String toString() {
        return value;
    }
}
