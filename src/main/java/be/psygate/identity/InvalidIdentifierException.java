package be.psygate.identity;

/**
 * A national number, INAMI number, enterprise number, IBAN or code that does not respect its format or its check
 * digits. The message says what is wrong in plain words and never repeats a patient's national number.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
