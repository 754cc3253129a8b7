package be.psygate.billing.format;

import java.util.OptionalLong;

/**
 * An invoice file that cannot be read (wrong structure, a check digit or control total that does not verify, a
 * value that is not valid), or a batch that a format cannot write. The message says what is wrong and where (the
 * record or line number, counted from 1, when there is one) and never contains a national number.
 */
public class InvoiceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final Long sessionId;

    /** A problem with the file or the batch as a whole. */
    public InvoiceFormatException(String message) {
        this(message, 0, null);
    }

    /** A problem with the file or the batch as a whole, caused by another exception. */
    public InvoiceFormatException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    /** A problem at one record or line of the file (counted from 1). */
    public InvoiceFormatException(String message, long line) {
        this(message, line, null);
    }

    /** A problem at one record or line of the file (counted from 1), caused by another exception. */
    public InvoiceFormatException(String message, long line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        this.line = line;
        this.sessionId = null;
    }

    private InvoiceFormatException(long sessionId, InvoiceFormatException cause) {
        super(cause.getMessage(), cause);
        this.line = cause.line;
        this.sessionId = sessionId;
    }

    /**
     * The same problem, blamed on one session of the batch being written: the batch can be written without it
     * (e.g. a value of that session that the format cannot carry).
     */
    public static InvoiceFormatException ofSession(long sessionId, InvoiceFormatException problem) {
        return problem.sessionId != null ? problem : new InvoiceFormatException(sessionId, problem);
    }

    /** The session a batch cannot be written with, when the problem is that session's alone. */
    public OptionalLong sessionId() {
        return sessionId == null ? OptionalLong.empty() : OptionalLong.of(sessionId);
    }

    /** The record or line of the file where the problem is, counted from 1; 0 when it is not about one line. */
    public long line() {
        return line;
    }
}
