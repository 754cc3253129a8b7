package be.psygate.ledger;

import java.math.BigDecimal;

/**
 * The notice of a billable list not yet handed to the broker: which file holds new accepted sessions, and the id the
 * broker tells a notice sent twice by.
 *
 * @param insurerShare what the list's accepted sessions ask of the insurers; null for a list answered again from the
 *                     ledger after a crash, whose notice is noted again without it
 */
public record PendingNotice(long fileId, String duplicateId, String practiceInami, int acceptedSessions,
                            BigDecimal insurerShare) {
}
