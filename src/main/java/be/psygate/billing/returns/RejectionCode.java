package be.psygate.billing.returns;

import java.util.Locale;
import java.util.Objects;

/**
 * A reason an insurer gives for refusing a session or a whole file, with its text.
 *
 * @param code  for a session ({@link Scope#LINE}), a letter and six digits, e.g. {@code A100010}; for a file
 *              ({@link Scope#FILE}), two digits from {@code 01} to {@code 99}
 * @param scope what the code refuses
 * @param text  the insurer's text, printable ASCII, 1 to {@value ReturnLine#MAX_TEXT_LENGTH} characters
 */
public record RejectionCode(String code, Scope scope, String text) {

    public RejectionCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        boolean shaped = switch (scope) {
            case LINE -> ReturnLine.ERROR_CODE.matcher(code).matches();
            case FILE -> code.matches("[0-9]{2}") && !code.equals("00");
        };
        if (!shaped) {
            throw new IllegalArgumentException("a " + scope.name().toLowerCase(Locale.ROOT)
                    + " rejection code must be " + (scope == Scope.LINE ? "a letter and six digits" : "01 to 99")
                    + ", got " + code);
        }
        text = ReturnTexts.text(text, ReturnLine.MAX_TEXT_LENGTH, "the text of rejection code " + code);
        if (!ReturnTexts.isPrintableAscii(text)) {
            throw new IllegalArgumentException("the text of rejection code " + code + " must be printable ASCII");
        }
    }

    /** What a rejection code refuses. */
    public enum Scope {
        /** One session: the code goes in {@link ReturnLine#errorCode()}. */
        LINE,
        /** The whole file: the code is {@link InsurerReturn#fileRefusalCode()}. */
        FILE
    }
}
