package be.psygate.rules;

/** A rule-set file that cannot be used as it is; the message names the line, the entry and what is wrong. */
public class RuleFileException extends RuntimeException {

    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
