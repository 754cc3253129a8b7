package be.psygate.rules.quota;

import be.psygate.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Watches the pace of a psychologist: under the convention they commit to perform each month about 1/12 of their
 * yearly capacity (the INAMI convention with the mental-health networks (Insurance Committee, 17-12-2018)), so that care is offered all year. A month is "well below" that pace when its accepted
 * sessions are fewer than {@code share} of capacity / 12 (by default half). A warning for the network, never a
 * refusal.
 */
public final class CapacityMonitor {

    /** Half of the monthly twelfth. */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.50");

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final BigDecimal share;

    /** @param share the part of the monthly twelfth below which a month is well below pace, from 0 to 1 */
    public CapacityMonitor(BigDecimal share) {
        Objects.requireNonNull(share, "share");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The share must be from 0 to 1, got " + share.toPlainString());
        }
        this.share = share;
    }

    public CapacityMonitor() {
        this(DEFAULT_SHARE);
    }

    /** The monthly pace the psychologist committed to: capacity / 12, to two decimals (half up). */
    public BigDecimal monthlyPace(int yearlyCapacity) {
        requireCapacity(yearlyCapacity);
        return BigDecimal.valueOf(yearlyCapacity).divide(TWELVE, Amounts.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Whether {@code acceptedInMonth} sessions are fewer than share x capacity / 12, compared exactly (no rounding):
     * accepted x 12 &lt; share x capacity. A capacity of 0 is never well below.
     */
    public boolean wellBelow(int yearlyCapacity, int acceptedInMonth) {
        requireCapacity(yearlyCapacity);
        if (acceptedInMonth < 0) {
            throw new IllegalArgumentException("A number of sessions cannot be negative, got " + acceptedInMonth);
        }
        BigDecimal done = BigDecimal.valueOf(acceptedInMonth).multiply(TWELVE);
        return done.compareTo(share.multiply(BigDecimal.valueOf(yearlyCapacity))) < 0;
    }

    private static void requireCapacity(int yearlyCapacity) {
        if (yearlyCapacity < 0) {
            throw new IllegalArgumentException("A capacity cannot be negative, got " + yearlyCapacity);
        }
    }
}
