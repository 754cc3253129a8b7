package be.psygate.identity;

import java.util.regex.Pattern;

/**
 * An international bank account number (ISO 13616), where a practice is paid. Spaces in the input are removed and
 * letters upper-cased; the value then passes the ISO mod-97 check (the number moved to the end, letters as 10 to
 * 35, gives 1 modulo 97). A Belgian IBAN ({@code BE}) has 16 characters.
 */
public record Iban(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final int BELGIAN_LENGTH = 16;

    public Iban {
        value = Checks.compacted("IBAN", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidIdentifierException(
                    "IBAN must be 2 letters, 2 check digits and 11 to 30 letters or digits, got " + value.length()
                            + " characters");
        }
        if (value.startsWith("BE") && value.length() != BELGIAN_LENGTH) {
            throw new InvalidIdentifierException(
                    "A Belgian IBAN has 16 characters, got " + value.length());
        }
        String checkDigits = value.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")
                || mod97(value.substring(4) + value.substring(0, 4)) != 1) {
            throw new InvalidIdentifierException("IBAN " + value + ": check digits do not match");
        }
    }

    public static Iban parse(String text) {
        return new Iban(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, Iban::parse);
    }

    /** The ISO country code, e.g. {@code BE}. */
    public String country() {
        return value.substring(0, 2);
    }

    /** The IBAN in groups of four characters, as printed for people: {@code BE68 5390 0754 7034}. */
    public String formatted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(i + 4, value.length()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static int mod97(String rearranged) {
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digitValue = Character.digit(rearranged.charAt(i), 36);
            remainder = (digitValue < 10 ? remainder * 10 : remainder * 100) + digitValue;
            remainder %= 97;
        }
        return remainder;
    }
}
