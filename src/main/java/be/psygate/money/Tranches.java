package be.psygate.money;

import java.math.BigDecimal;

/**
 * How the hospital pays a psychologist for an accepted session, in two tranches. Tranche 1 is 90% of the insurer
 * share, rounded half up to the cent per session, paid within the month after the list was received. Tranche 2 is
 * what the insurer actually paid minus tranche 1, paid within the month after the insurer paid, so the two tranches
 * always add up to what the insurer paid (a negative tranche 2 is money to be recovered from the next payment).
 */
public final class Tranches {

    /** The share of the insurer share paid as tranche 1. */
    public static final BigDecimal FIRST_RATE = new BigDecimal("0.90");

    private Tranches() {
    }

    /** Tranche 1 of one session: 90% of its insurer share, half up to the cent. */
    public static BigDecimal first(BigDecimal insurerShare) {
        return Amounts.rounded(insurerShare.multiply(FIRST_RATE));
    }

    /** Tranche 2 of one session: what the insurer paid for it minus the tranche 1 already paid. */
    public static BigDecimal second(BigDecimal paidByInsurer, BigDecimal tranche1) {
        return Amounts.rounded(paidByInsurer.subtract(tranche1));
    }
}
