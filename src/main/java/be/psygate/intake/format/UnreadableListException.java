package be.psygate.intake.format;

import be.psygate.rules.ReasonCode;

import java.util.List;
import java.util.Objects;

/**
 * A session list that cannot be processed as a whole: empty, not UTF-8, wrong header, XML that is not
 * well-formed or does not follow the schema, or a type of file the gateway does not read. The caller
 * quarantines the file and answers it with an error report built from {@link #reason()} and {@link #args()};
 * {@link #detail()} is the technical explanation for the operators' log.
 *
 * <p>The arguments of each reason, in order (positions count from 1; an unknown one is {@code -1}):
 * <table>
 *   <caption>arguments by reason</caption>
 *   <tr><th>reason</th><th>arguments</th></tr>
 *   <tr><td>{@code FILE_EMPTY}</td><td>none</td></tr>
 *   <tr><td>{@code FILE_NOT_UTF8}</td><td>line, column, byte offset in the file (from 0; unknown for XML)</td></tr>
 *   <tr><td>{@code FILE_BAD_HEADER}</td><td>the expected header, the first line found (cut at 200 characters)</td></tr>
 *   <tr><td>{@code FILE_XML_NOT_WELL_FORMED}, {@code FILE_XML_INVALID}</td>
 *       <td>line, column, the parser's or the validator's message (in English)</td></tr>
 *   <tr><td>{@code FILE_UNSUPPORTED_TYPE}</td><td>the file name</td></tr>
 * </table>
 *
 * <p>Checked on purpose: it is an expected outcome of a practice's input, not a bug, and every caller must
 * decide what to do with the file. Failures that are not the file's fault (an I/O error while reading it,
 * a bug) are unchecked exceptions and must not be answered to the practice as a broken file.
 */
public class UnreadableListException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;
    private final List<String> args;
    private final String detail;

    /**
     * @param reason a file-level reason ({@code FILE_*})
     * @param args   the values the readable reason refers to, in order (e.g. a line number, the expected header)
     * @param detail the technical explanation, for the log
     */
    public UnreadableListException(ReasonCode reason, List<String> args, String detail) {
        this(reason, args, detail, null);
    }

    /**
     * @param reason a file-level reason ({@code FILE_*})
     * @param args   the values the readable reason refers to, in order
     * @param detail the technical explanation, for the log
     * @param cause  the parser's own exception, if any
     */
    public UnreadableListException(ReasonCode reason, List<String> args, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        if (!reason.name().startsWith("FILE_")) {
            throw new IllegalArgumentException("not a file-level reason: " + reason);
        }
        this.reason = reason;
        this.args = List.copyOf(Objects.requireNonNull(args, "args"));
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** Why the file was refused; part of the public contract. */
    public ReasonCode reason() {
        return reason;
    }

    /** The values the readable reason refers to, in order; never null, possibly empty. */
    public List<String> args() {
        return args;
    }

    /** The technical explanation, for the operators. */
    public String detail() {
        return detail;
    }
}
