package be.psygate.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One session line as the API shows it: where it came from, what was decided, its amounts, the batch it was
 * invoiced in and what the insurer said. Never the NISS.
 */
public record SessionView(long id, long fileId, String fileName, long lineNumber, String lineRef, String status,
                          String reasonCode, String sessionDate, String pseudocode, String insurerCode, BigDecimal fee,
                          BigDecimal insurerShare, BigDecimal copay, BigDecimal tranche1, Instant receivedAt,
                          Long invoiceBatch, String insurerState, BigDecimal insurerPaid, String insurerError,
                          String paymentReference) {
}
