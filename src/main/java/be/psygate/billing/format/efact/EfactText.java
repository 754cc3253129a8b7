package be.psygate.billing.format.efact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text as an eFact record carries it: printable ASCII only. Names are transliterated to upper-case ASCII
 * ({@code Hôpital Saint-Éloi} becomes {@code HOPITAL SAINT-ELOI}); a character with no ASCII form becomes
 * {@code ?}.
 */
public final class EfactText {

    private static final Map<Character, String> LIGATURES = Map.of(
            'ß', "SS", 'Æ', "AE", 'æ', "AE", 'Œ', "OE", 'œ', "OE",
            'Ø', "O", 'ø', "O", 'Ł', "L", 'ł', "L", 'Đ', "D");

    private EfactText() {
    }

    /** The text in upper-case printable ASCII: accents removed, ligatures spelt out, anything else {@code ?}. */
    public static String transliterate(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String ligature = LIGATURES.get(c);
            if (ligature != null) {
                out.append(ligature);
            } else if (isPrintableAscii(c)) {
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isLowSurrogate(c)) {
                out.append('?');
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether every character is printable ASCII (a space to {@code ~}). */
    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> isPrintableAscii((char) c));
    }

    private static boolean isPrintableAscii(char c) {
        return c >= ' ' && c <= '~';
    }
}
