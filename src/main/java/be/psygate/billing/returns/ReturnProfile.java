package be.psygate.billing.returns;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a simulated insurer answers ({@link SimulatedReturns}): which share of the sessions it refuses, which share it
 * pays only in part and what part, or whether it refuses the whole file. The shares are probabilities (doubles are
 * fine here: they are not money); the part paid is an amount ratio, a {@link BigDecimal}.
 *
 * @param refusedShare    the probability that a session is refused, 0 to 1
 * @param partialShare    the probability that a session is paid in part, 0 to 1; with {@code refusedShare}, at most 1
 * @param partialRatio    the part of the insurer share paid for a session paid in part: more than 0, less than 1;
 *                        the amount is rounded half up to the cent
 * @param refuseWholeFile whether the insurer refuses the whole file (answer 920999) instead of settling it
 */
public record ReturnProfile(double refusedShare, double partialShare, BigDecimal partialRatio,
                            boolean refuseWholeFile) {

    /** Every session paid in full. */
    public static final ReturnProfile ALL_ACCEPTED = new ReturnProfile(0, 0, new BigDecimal("0.50"), false);

    public ReturnProfile {
        checkShare(refusedShare, "refusedShare");
        checkShare(partialShare, "partialShare");
        if (refusedShare + partialShare > 1) {
            throw new IllegalArgumentException("refusedShare + partialShare must be at most 1, got "
                    + (refusedShare + partialShare));
        }
        Objects.requireNonNull(partialRatio, "partialRatio");
        if (partialRatio.signum() <= 0 || partialRatio.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("partialRatio must be more than 0 and less than 1, got "
                    + partialRatio.toPlainString());
        }
    }

    /** A profile that refuses the whole file. */
    public static ReturnProfile wholeFileRefused() {
        return new ReturnProfile(0, 0, ALL_ACCEPTED.partialRatio(), true);
    }

    private static void checkShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
        }
    }
}
