package be.psygate.tariff;

import be.psygate.money.Amounts;
import be.psygate.money.Tranches;
import java.math.BigDecimal;

/**
 * What one accepted line is worth: its fee (for a group participant, that participant's part of the group fee),
 * split into the insurer share (invoiced to the insurer) and the copay (paid by the patient to the psychologist),
 * and tranche 1, the 90% of the insurer share the psychologist receives first. All amounts have two decimals;
 * fee = insurer share + copay and tranche 1 = {@link Tranches#first} of the insurer share, always.
 */
public record Price(BigDecimal fee, BigDecimal insurerShare, BigDecimal copay, BigDecimal tranche1) {

    public Price {
        fee = Amounts.exact(fee);
        insurerShare = Amounts.exact(insurerShare);
        copay = Amounts.exact(copay);
        tranche1 = Amounts.exact(tranche1);
        if (insurerShare.add(copay).compareTo(fee) != 0) {
            throw new IllegalArgumentException("fee " + fee + " is not insurer share " + insurerShare + " + copay " + copay);
        }
        if (tranche1.compareTo(Tranches.first(insurerShare)) != 0) {
            throw new IllegalArgumentException("tranche 1 " + tranche1 + " is not 90% of " + insurerShare);
        }
    }

    /**
     * The same fee with no copay: the insurer pays all of it (a copay exemption). Tranche 1 follows the new insurer
     * share.
     */
    public Price withoutCopay() {
        return Price.of(insurerShare.add(copay), Amounts.ZERO);
    }

    /** The price made of an insurer share and a copay. */
    public static Price of(BigDecimal insurerShare, BigDecimal copay) {
        return new Price(insurerShare.add(copay), insurerShare, copay, Tranches.first(insurerShare));
    }
}
