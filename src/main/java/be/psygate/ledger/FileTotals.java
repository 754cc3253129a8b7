package be.psygate.ledger;

import java.math.BigDecimal;

/** What a list came to once every line was judged: its lines, accepted and rejected, and the accepted amounts. */
public record FileTotals(int lines, int accepted, int rejected, BigDecimal acceptedFee, BigDecimal acceptedShare) {
}
