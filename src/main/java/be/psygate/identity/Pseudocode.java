package be.psygate.identity;

/**
 * The 6-digit INAMI nomenclature code under which a service is billed, e.g. {@code 792691} for an individual
 * first-line session in the psychologist's practice. Whether a code exists and what it costs is the tariff's
 * business; this type only knows its shape.
 */
public record Pseudocode(String value) {

    public Pseudocode {
        if (!Checks.isDigits(value, 6)) {
            throw Checks.notDigits("Pseudocode", value, 6);
        }
    }

    public static Pseudocode parse(String text) {
        return new Pseudocode(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, Pseudocode::parse);
    }

    @Override
    public String toString() {
        return value;
    }
}
