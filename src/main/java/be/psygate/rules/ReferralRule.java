package be.psygate.rules;

/**
 * Whether a session needs a dated referral (<i>prescription de renvoi</i>) by a doctor, and how many sessions one
 * referral covers: a series of {@code seriesSize} sessions that may be renewed {@code renewals} times (2019
 * convention: a series of 4, renewable once, so at most 8 sessions on one referral). Not required: both are 0.
 */
public record ReferralRule(boolean required, int seriesSize, int renewals) {

    public ReferralRule {
        if (required && (seriesSize < 1 || renewals < 0)) {
            throw new IllegalArgumentException("A required referral covers a series of at least 1 session, renewed"
                    + " 0 or more times, got a series of " + seriesSize + " renewed " + renewals + " times");
        }
        if (!required && (seriesSize != 0 || renewals != 0)) {
            throw new IllegalArgumentException("A series size and renewals only apply when a referral is required");
        }
    }

    public static ReferralRule notRequired() {
        return new ReferralRule(false, 0, 0);
    }

    public static ReferralRule series(int seriesSize, int renewals) {
        return new ReferralRule(true, seriesSize, renewals);
    }

    /** The most sessions one referral covers, renewals included (0 when no referral is required). */
    public int sessionsPerReferral() {
        return Math.multiplyExact(seriesSize, 1 + renewals);
    }
}
