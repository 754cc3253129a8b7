package be.psygate.payments.sepa;

/**
 * A payment or bank file that cannot be written or read: a batch that would break the ISO 20022 schema or the SEPA
 * rules, or a document that is not well-formed, carries a DOCTYPE, is not valid against its schema or is not
 * consistent (control sum, number of transactions). The message says what is wrong and where.
 */
public class SepaFormatException extends IllegalArgumentException {

    public SepaFormatException(String message) {
        super(message);
    }

    public SepaFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
