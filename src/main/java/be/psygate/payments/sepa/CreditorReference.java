package be.psygate.payments.sepa;

import java.util.regex.Pattern;

/**
 * Structured creditor references, which banks report apart from free text: the Belgian structured communication
 * (12 digits, the last two being the first ten modulo 97, 97 for 0; issuer {@code BBA}) and the international
 * creditor reference of ISO 11649 ({@code RF}, two check digits and up to 21 letters or digits; issuer {@code ISO}).
 */
final class CreditorReference {

    static final String BELGIAN_ISSUER = "BBA";
    static final String ISO_ISSUER = "ISO";

    private static final Pattern BELGIAN = Pattern.compile("[0-9]{12}");
    private static final Pattern ISO_11649 = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");

    private CreditorReference() {
    }

    /** The issuer of the structured reference {@code text}, or {@code null} when it is not one. */
    static String issuer(String text) {
        if (text == null) {
            return null;
        }
        if (BELGIAN.matcher(text).matches()) {
            long checked = Long.parseLong(text.substring(0, 10)) % 97;
            return (checked == 0 ? 97 : checked) == Integer.parseInt(text.substring(10)) ? BELGIAN_ISSUER : null;
        }
        if (ISO_11649.matcher(text).matches()) {
            return mod97(text.substring(4) + text.substring(0, 4)) == 1 ? ISO_ISSUER : null;
        }
        return null;
    }

    private static int mod97(String text) {
        int remainder = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = Character.digit(text.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
