package be.psygate.tariff;

import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import be.psygate.money.Amounts;
import java.math.BigDecimal;

/**
 * The price of one pseudocode in one tariff version. {@code fee} is the full price of the service (for a group
 * code: of the whole group session). The insurer shares and copays are given for a beneficiary with the
 * preferential regime (BIM) and without it (standard); for a group code they are per participant, the insurer share
 * being the published average. Mission codes may leave shares and copays out (null).
 *
 * <p>Invariants: amounts have two decimals; for an individual code, fee = insurer share + copay in both regimes;
 * for a group code, the copay is the same in both regimes (it is split per participant).
 */
public record Tariff(
        Pseudocode code,
        Care care,
        ServiceKind kind,
        boolean outreach,
        String description,
        BigDecimal fee,
        BigDecimal insurerPreferential,
        BigDecimal insurerStandard,
        BigDecimal copayPreferential,
        BigDecimal copayStandard) {

    public Tariff {
        Required.nonNull("code, care, kind, description", code, care, kind, description);
        if (fee == null) {
            throw new IllegalArgumentException(code + ": fee is missing");
        }
        fee = Amounts.exact(fee);
        insurerPreferential = share(code, kind, "insurer_pref", insurerPreferential);
        insurerStandard = share(code, kind, "insurer_std", insurerStandard);
        copayPreferential = share(code, kind, "copay_pref", copayPreferential);
        copayStandard = share(code, kind, "copay_std", copayStandard);
        if (kind == ServiceKind.INDIVIDUAL) {
            requireSum(code, fee, insurerPreferential, copayPreferential, "preferential");
            requireSum(code, fee, insurerStandard, copayStandard, "standard");
        }
        if (kind == ServiceKind.GROUP && copayPreferential.compareTo(copayStandard) != 0) {
            throw new IllegalArgumentException(code + ": a group code has one copay per participant for both regimes,"
                    + " got " + copayPreferential + " and " + copayStandard);
        }
    }

    public boolean isGroup() {
        return kind == ServiceKind.GROUP;
    }

    /** Insurer share for the regime (for a group code: the published average per participant). */
    public BigDecimal insurerShare(boolean preferential) {
        return preferential ? insurerPreferential : insurerStandard;
    }

    /** Patient copay for the regime (for a group code: per participant). */
    public BigDecimal copay(boolean preferential) {
        return preferential ? copayPreferential : copayStandard;
    }

    private static BigDecimal share(Pseudocode code, ServiceKind kind, String column, BigDecimal amount) {
        if (amount == null) {
            if (kind != ServiceKind.MISSION) {
                throw new IllegalArgumentException(code + ": " + column + " is missing");
            }
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(code + ": " + column + " is negative");
        }
        return Amounts.exact(amount);
    }

    private static void requireSum(Pseudocode code, BigDecimal fee, BigDecimal insurer, BigDecimal copay,
            String regime) {
        if (insurer.add(copay).compareTo(fee) != 0) {
            throw new IllegalArgumentException(code + ": fee " + fee + " is not insurer share " + insurer
                    + " + copay " + copay + " (" + regime + " regime)");
        }
    }
}
