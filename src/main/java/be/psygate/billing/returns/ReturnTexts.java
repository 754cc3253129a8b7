package be.psygate.billing.returns;

import java.util.Objects;

/** The rules the texts of an answer (error texts, payment references) follow in every format. */
final class ReturnTexts {

    private ReturnTexts() {
    }

    /**
     * The text without surrounding spaces, refused when it is then empty, longer than {@code maxLength}, or holds a
     * control character or a {@code ;}.
     */
    static String text(String text, int maxLength, String what) {
        String stripped = Objects.requireNonNull(text, what).strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0 || length > maxLength) {
            throw new IllegalArgumentException(what + " must have 1 to " + maxLength + " characters, got " + length);
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || c == ';')) {
            throw new IllegalArgumentException(what + " must not contain ';' or control characters");
        }
        return stripped;
    }

    /** Whether every character is printable ASCII (a space to {@code ~}). */
    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= ' ' && c <= '~');
    }
}
