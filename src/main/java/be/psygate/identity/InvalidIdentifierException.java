package be.psygate.identity;

/**
 * A national number, INAMI number, enterprise number, IBAN or code that does not respect its format or its check
 * digits. The message says what is wrong in plain words and never repeats a patient's national number.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }

    /**
     * No stack trace: a broken identifier is an answer to the practice, not a fault of the gateway, and a list may
     * hold thousands of them (filling each trace once cost more than judging the line).
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
