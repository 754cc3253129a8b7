package be.psygate.reconciliation;

/** What one line of an insurer's answer did to its session ({@code return_line.outcome}, stored by name). */
public enum ReturnLineOutcome {
    /** Paid, in full or in part. */
    PAID,
    /** Refused by the insurer. */
    REFUSED,
    /** Its batch was refused as a whole: the session is to be invoiced again. */
    REOPENED,
    /** A provisional error the insurer reported (920098): nothing decided yet. */
    PROVISIONAL_ERROR,
    /** The line names no session of the batch. */
    UNKNOWN_REFERENCE,
    /** The line contradicts what an earlier answer decided for the session: ignored. */
    CONTRADICTS,
    /** The line repeats what an earlier answer decided for the session: ignored. */
    REPEATED
}
