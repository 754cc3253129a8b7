package be.psygate.ledger;

/** What became of a received file. */
public enum FileStatus {
    /** Being read; a row left in this state belongs to a transaction that never committed. */
    PROCESSING,
    /** Read to the end; every line accepted or rejected and stored. */
    PROCESSED,
    /** A list dropped in {@code check/}: answered, nothing stored. */
    CHECKED,
    /** Could not be read at all: kept in quarantine, answered with an error report. */
    QUARANTINED,
    /** The same content as a file already processed: answered as such, nothing stored again. */
    DUPLICATE
}
