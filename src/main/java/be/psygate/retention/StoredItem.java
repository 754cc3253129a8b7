package be.psygate.retention;

import be.psygate.identity.Required;

import java.time.Instant;

/**
 * One thing the gateway keeps, as the retention policy sees it.
 *
 * @param kind   what it is
 * @param name   where it is (a path relative to the SFTP server's root, or to the quarantine folder)
 * @param since  when its retention period starts: the file's time for answers and quarantined files; for an archived
 *               list the later of its archiving and the day it was settled (its last insurer answer or payment)
 * @param needed whether something still needs it: an archived list whose sessions are not all answered by the insurer
 *               and paid, or that no record of the ledger could be matched to; a needed item is never due
 */
public record StoredItem(DataKind kind, String name, Instant since, boolean needed) {

    public StoredItem {
        Required.nonNull("kind, name, since", kind, name, since);
    }
}
