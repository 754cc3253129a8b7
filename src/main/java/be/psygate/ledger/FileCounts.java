package be.psygate.ledger;

import java.math.BigDecimal;

/**
 * What a list read to its end came to.
 *
 * @param lines         its session lines
 * @param accepted      the lines accepted
 * @param rejected      the lines rejected
 * @param acceptedFee   the fees of the accepted lines
 * @param acceptedShare the insurer share of the accepted lines
 */
public record FileCounts(int lines, int accepted, int rejected, BigDecimal acceptedFee, BigDecimal acceptedShare) {
}
