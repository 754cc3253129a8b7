package be.psygate.retention;

/** The kinds of data the gateway keeps for a time and then deletes. */
public enum DataKind {
    /** An answer or a statement in a practice's {@code out/} folder; its age is its file's time of modification. */
    ANSWER,
    /** A list taken in, in the archive; its period starts once it is settled (see {@link StoredItem}). */
    ARCHIVED_LIST,
    /** A file that could not be read at all, kept in the quarantine; its age is its file's time of modification. */
    QUARANTINED_FILE
}
