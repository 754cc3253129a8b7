package be.psygate.payments.sepa;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The character rules of SEPA payment files. Names and remittance information are restricted to the Latin set
 * that every SEPA bank must accept ({@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and space): accents are dropped
 * ({@code é} to {@code e}), a few letters are spelled out ({@code ß} to {@code ss}, {@code æ} to {@code ae}),
 * typographic quotes and dashes become their plain forms, {@code &} becomes {@code +}, and any other character a
 * space; runs of spaces are then collapsed. Identifiers are never changed: they must already respect the set, and
 * may neither start nor end with {@code /} nor contain {@code //}.
 */
final class SepaText {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Ł', "L"), Map.entry('ł', "l"),
            Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Ð', "D"), Map.entry('ð', "d"), Map.entry('Þ', "TH"),
            Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('&', "+"), Map.entry('’', "'"), Map.entry('‘', "'"),
            Map.entry('`', "'"), Map.entry('´', "'"), Map.entry('"', "'"), Map.entry('“', "'"), Map.entry('”', "'"),
            Map.entry('«', "'"), Map.entry('»', "'"), Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('–', "-"),
            Map.entry('—', "-"), Map.entry(';', ","), Map.entry('_', "-"));

    private SepaText() {
    }

    /** Whether {@code text} uses the SEPA Latin set only. */
    static boolean isLatin(String text) {
        return LATIN.matcher(text).matches();
    }

    /** {@code text} written with the SEPA Latin set only (see the class comment); {@code null} stays {@code null}. */
    static String transliterate(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String plain = String.valueOf(c);
            if (isLatin(plain)) {
                out.append(c);
            } else if (SPELLED.containsKey(c)) {
                out.append(SPELLED.get(c));
            } else {
                String base = COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
                out.append(!base.isEmpty() && isLatin(base) ? base : " ");
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * Checks an identifier (message id, end-to-end id): 1 to 35 characters of the SEPA Latin set, neither starting
     * nor ending with {@code /} and without {@code //}.
     *
     * @return the identifier
     */
    static String requireIdentifier(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (value.length() > 35) {
            throw new IllegalArgumentException(what + " has " + value.length() + " characters, at most 35: " + value);
        }
        if (!isLatin(value)) {
            throw new IllegalArgumentException(what + " may only use letters without accents, digits, spaces and "
                    + "/ - ? : ( ) . , ' +, got: " + value);
        }
        if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new IllegalArgumentException(
                    what + " may not start or end with / nor contain //, got: " + value);
        }
        return value;
    }

    /** {@code value} stripped, or {@code null} when it is {@code null} or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
