package be.psygate.payments.sepa;

import be.psygate.identity.InvalidIdentifierException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A bank identifier code (ISO 9362), the bank of an account: 4 letters for the bank, 2 for the country, 2 letters
 * or digits for the location and optionally 3 for the branch ({@code GEBABEBB}, {@code KREDBEBB}). Spaces are
 * removed and letters upper-cased; the value then has the shape that the ISO 20022 schemas accept.
 */
public record Bic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    public Bic {
        if (value == null) {
            throw new InvalidIdentifierException("BIC is missing");
        }
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidIdentifierException(
                    "BIC must be 6 letters, then 2 letters or digits and optionally 3 more (8 or 11 characters), got "
                            + value);
        }
    }

    public static Bic parse(String text) {
        return new Bic(text);
    }

    /** The ISO country code of the bank, e.g. {@code BE}. */
    public String country() {
        return value.substring(4, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
