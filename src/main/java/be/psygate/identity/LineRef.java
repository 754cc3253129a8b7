package be.psygate.identity;

/**
 * The practice's own reference for one line of a session list, unique within the practice; acknowledgements and
 * payment statements quote it so the practice can find the session in its own software. Surrounding spaces are
 * removed; what remains has 1 to 25 characters, no control character and no {@code ;}.
 */
public record LineRef(String value) {

    public static final int MAX_LENGTH = 25;

    public LineRef {
        if (value == null) {
            throw new InvalidIdentifierException("Line reference is missing");
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > MAX_LENGTH) {
            throw new InvalidIdentifierException(
                    "Line reference must have 1 to " + MAX_LENGTH + " characters, got " + length);
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == ';')) {
            throw new InvalidIdentifierException("Line reference must not contain ';' or control characters");
        }
    }

    public static LineRef parse(String text) {
        return new LineRef(text);
    }

    public static boolean isValid(String text) {
        return Checks.parses(text, LineRef::parse);
    }

    @Override
    public String toString() {
        return value;
    }
}
