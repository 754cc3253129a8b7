package be.psygate.identity;

import java.util.regex.Pattern;

/**
 * The one way a text that came from outside (a file name, a user name, a line reference) is shown in a log line, an
 * event or an answer: every national number in it masked to its birth year and month ({@code 85.07.**-***.**}),
 * written as 11 digits in a row or as {@code yy.mm.dd-nnn.cc} (dots, dashes or spaces between the groups), and every
 * control or invisible formatting character (a line end, a terminal escape, a bidirectional override) shown as
 * {@code ?}, so that a name cannot forge a log line or hide what it is.
 */
public final class SafeText {

    private static final Pattern NATIONAL_NUMBER = Pattern.compile(
            "(?<![0-9])([0-9]{2})[. -]?([0-9]{2})[. -]?([0-9]{2})[. -]?([0-9]{3})[. -]?([0-9]{2})(?![0-9])");

    private SafeText() {
    }

    /** The text as it may be shown; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(isUnsafe(c) ? '?' : c));
        return maskNationalNumbers(b.toString());
    }

    /**
     * The text as a log line may carry it: national numbers masked, every line it holds after the first indented by a
     * tab (a forged line never starts where a real one does), and the other control characters shown as {@code ?}.
     */
    public static String forLog(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < n && text.charAt(i) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                b.append('\n');
                if (i < n && text.charAt(i) != '\t') {
                    b.append('\t');
                }
            } else if (c == '\t') {
                b.append('\t');
            } else {
                b.appendCodePoint(isUnsafe(c) ? '?' : c);
            }
        }
        return maskNationalNumbers(b.toString());
    }

    /**
     * A name someone typed to log in (an SFTP or HTTP user name, which may be a national number or hide one, valid or
     * mistyped): every digit shown as {@code #}, control characters as {@code ?}, cut to {@code limit} characters.
     */
    public static String typedName(String name, int limit) {
        if (name == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(name.length(), limit + 1));
        name.codePoints().limit(limit).forEach(c -> b.appendCodePoint(isUnsafe(c) ? '?' : c >= '0' && c <= '9' ? '#' : c));
        return name.codePointCount(0, name.length()) > limit ? b + "…" : b.toString();
    }

    /** The text with every valid national number in it masked, whatever its separators; nothing else changed. */
    public static String maskNationalNumbers(String text) {
        if (text == null) {
            return null;
        }
        return NATIONAL_NUMBER.matcher(text).replaceAll(m -> {
            String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
            return Niss.isValid(digits) ? java.util.regex.Matcher.quoteReplacement(Niss.parse(digits).masked())
                    : java.util.regex.Matcher.quoteReplacement(m.group());
        });
    }

    /** A control character, a line or paragraph separator, or an invisible formatting one (bidi overrides...). */
    public static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029';
    }
}
