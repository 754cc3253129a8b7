package be.psygate.retention;

import be.psygate.ops.OpsEvent;

import java.time.Instant;

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

    /**
     * The run's event for the operators.
     *
     * @param instance         the instance that ran it
     * @param financialRecords the records past their legal period, when that period is set; null otherwise
     */
    public OpsEvent.RetentionRun event(String instance, OpsEvent.RetentionRun.FinancialRecords financialRecords) {
        return new OpsEvent.RetentionRun(at, answersDeleted, archivedListsDeleted, archivedListsUnsettled,
                archivedListsUnmatched, quarantineDeleted, failures, instance, financialRecords);
    }

    /** One line for the console. */
    public String summary() {
        return "answers " + answersDeleted + ", archived lists " + archivedListsDeleted + " (" + archivedListsUnsettled
                + " not settled kept), quarantine " + quarantineDeleted + ", failures " + failures;
    }
}
