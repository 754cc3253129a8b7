package be.psygate.ops;

import java.util.regex.Pattern;

/**
 * What the operators' views and events never show: anything shaped like a Belgian national number (11 digits in a
 * row, or written {@code yy.mm.dd-nnn.cc}), whatever its origin. An INAMI number has the same shape
 * and is masked too where free text is shown; the fields that name a practice are shown as they are.
 */
public final class Redaction {

    /** What replaces a masked number. */
    public static final String MASK = "***********";

    private static final Pattern NATIONAL_NUMBER =
            Pattern.compile("(?<![0-9])([0-9]{11}|[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}-[0-9]{3}\\.[0-9]{2})(?![0-9])");

    private Redaction() {
    }

    /** The text with every national-number-shaped run of digits masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        return text == null ? null : NATIONAL_NUMBER.matcher(text).replaceAll(MASK);
    }

    /** The masked text cut to {@code limit} characters, with an ellipsis when cut. */
    public static String maskAndCut(String text, int limit) {
        String masked = mask(text);
        if (masked == null || masked.length() <= limit) {
            return masked;
        }
        return masked.substring(0, limit) + "…";
    }

}
