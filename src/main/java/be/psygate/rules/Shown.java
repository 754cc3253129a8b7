package be.psygate.rules;

import be.psygate.identity.Niss;

/**
 * How a value the practice wrote is quoted back in a reason: short, on one line, and never a national number in
 * clear (a NISS typed in the wrong column would otherwise be echoed into acknowledgements and logs).
 */
final class Shown {

    private static final int MAX_LENGTH = 30;

    private Shown() {
    }

    /** The value as written, shortened, control characters replaced, a valid NISS masked. */
    static String value(String text) {
        if (text == null) {
            return "";
        }
        if (Niss.isValid(text)) {
            return Niss.parse(text).masked();
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH)
                .forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            out.append('…');
        }
        return out.toString();
    }

    /** What may be said about a national number field: its masked form if valid, else only its length. */
    static String niss(String text) {
        if (text == null) {
            return "null";
        }
        return Niss.isValid(text) ? Niss.parse(text).masked() : "<" + text.length() + " characters>";
    }
}
