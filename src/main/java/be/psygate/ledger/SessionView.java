package be.psygate.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** One session line as the API shows it: where it came from, what was decided, its amounts. Never the NISS. */
public record SessionView(long id, long fileId, String fileName, long lineNumber, String lineRef, String status,
                          String reasonCode, String sessionDate, String pseudocode, String insurerCode, BigDecimal fee,
                          BigDecimal insurerShare, BigDecimal copay, BigDecimal tranche1, Instant receivedAt) {
}
