package be.psygate.identity;

import java.util.Locale;

/** The small arithmetic shared by the Belgian identifiers: plain ASCII digits and the "97 minus mod 97" check. */
final class Checks {

    private Checks() {
    }

    /** Whether {@code text} is exactly {@code length} ASCII digits (no signs, no spaces, no other scripts). */
    static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code 97 - (number mod 97)}: a value from 1 to 97, so a remainder of 0 is written 97. */
    static int complementMod97(long number) {
        return 97 - (int) (number % 97);
    }

    /** Whether the last two digits of {@code digits} are {@link #complementMod97} of the digits before them. */
    static boolean lastTwoAreCheckOfRest(String digits) {
        int split = digits.length() - 2;
        return complementMod97(number(digits, 0, split)) == number(digits, split, digits.length());
    }

    /**
     * The number the ASCII digits of {@code text} from {@code from} (inclusive) to {@code to} (exclusive) write, as
     * {@link Long#parseLong} reads them but without a substring: the caller has checked they are digits, 18 at most.
     */
    static long number(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** {@code text} without its spaces and in upper case, as people write a bank's codes in groups. */
    static String compacted(String what, String text) {
        if (text == null) {
            throw new InvalidIdentifierException(what + " is missing");
        }
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static InvalidIdentifierException notDigits(String what, String text, int length) {
        if (text == null) {
            return new InvalidIdentifierException(what + " is missing");
        }
        return new InvalidIdentifierException(
                what + " must be exactly " + length + " digits, got " + text.length() + " characters");
    }

    /** Whether {@code parser} accepts {@code text}: the {@code isValid} of every identifier. */
    static boolean parses(String text, java.util.function.Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
