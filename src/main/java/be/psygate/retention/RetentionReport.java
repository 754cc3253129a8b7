package be.psygate.retention;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one retention run did.
 *
 * @param answersDeleted         answers and statements deleted from the practices' {@code out/} folders
 * @param archivedListsDeleted   lists deleted from the archive
 * @param archivedListsUnsettled archived lists past their period, or not, kept because they are not settled
 * @param archivedListsUnmatched archived files no record of the ledger matches: kept
 * @param quarantineDeleted      quarantined files deleted
 * @param failures               deletions that failed (tried again at the next run)
 */
public record RetentionReport(Instant at, int answersDeleted, int archivedListsDeleted, int archivedListsUnsettled,
                              int archivedListsUnmatched, int quarantineDeleted, int failures) {

    public Map<String, Object> event() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "RETENTION_RUN");
        e.put("at", at.toString());
        e.put("answersDeleted", answersDeleted);
        e.put("archivedListsDeleted", archivedListsDeleted);
        e.put("archivedListsUnsettled", archivedListsUnsettled);
        e.put("archivedListsUnmatched", archivedListsUnmatched);
        e.put("quarantineDeleted", quarantineDeleted);
        e.put("failures", failures);
        return e;
    }

    /** One line for the console. */
    public String summary() {
        return "answers " + answersDeleted + ", archived lists " + archivedListsDeleted + " (" + archivedListsUnsettled
                + " not settled kept), quarantine " + quarantineDeleted + ", failures " + failures;
    }
}
