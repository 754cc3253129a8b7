package be.psygate.identity;

import java.util.Set;

/**
 * The 3-digit code of a patient's mutuality (insurer, <i>organisme assureur</i>), e.g. {@code 228}. Its first
 * digit names the national union the mutuality belongs to, which is the insurer that is invoiced: 1 Christian,
 * 2 Neutral, 3 Socialist, 4 Liberal, 5 Independent, 6 CAAMI/HZIV, 9 HR Rail.
 */
public record InsurerCode(String value) {

    private static final Set<Integer> UNIONS = Set.of(1, 2, 3, 4, 5, 6, 9);

    public InsurerCode {
        if (!Checks.isDigits(value, 3)) {
            throw Checks.notDigits("Insurer code", value, 3);
        }
        if (!UNIONS.contains(value.charAt(0) - '0')) {
            throw new InvalidIdentifierException(
                    "Insurer code " + value + ": no union starts with " + value.charAt(0));
        }
    }

    public static InsurerCode parse(String text) {
        return new InsurerCode(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, InsurerCode::parse);
    }

    /** The national union: the first digit (1, 2, 3, 4, 5, 6 or 9). */
    public int union() {
        return value.charAt(0) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
