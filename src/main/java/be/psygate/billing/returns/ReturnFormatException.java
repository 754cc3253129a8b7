package be.psygate.billing.returns;

import be.psygate.billing.format.InvoiceFormatException;

/**
 * An answer file that cannot be read (wrong structure, a check or a total that does not verify, a value that is not
 * valid), or an answer that a format cannot write. The message says what is wrong and where (the line of the file,
 * counted from 1, when there is one).
 */
public class ReturnFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    /** A problem with the file or the answer as a whole. */
    public ReturnFormatException(String message) {
        this(message, 0);
    }

    /** A problem at one line of the file (counted from 1). */
    public ReturnFormatException(String message, long line) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    private ReturnFormatException(InvoiceFormatException problem) {
        super(problem.getMessage());
        this.line = problem.line();
    }

    /**
     * The same problem, found by a helper the answers share with the invoice formats (a record check, a Bindy model,
     * an amount zone); its message already names the line and, like every message of those helpers, holds no
     * national number.
     */
    public static ReturnFormatException of(InvoiceFormatException problem) {
        return new ReturnFormatException(problem);
    }

    /** The line of the file where the problem is, counted from 1; 0 when it is not about one line. */
    public long line() {
        return line;
    }
}
