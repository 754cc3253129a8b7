package be.psygate.tariff;

import be.psygate.money.Amounts;
import java.math.BigDecimal;

/**
 * Prices one line of a session list with its tariff.
 *
 * <ul>
 *   <li>Individual code: the tariff's insurer share and copay for the patient's regime.</li>
 *   <li>Mission code: no patient, so the insurer pays the whole fee and the copay is 0.00.</li>
 *   <li>Group code, one line per participant: each pays the tariff's copay; the insurer share per participant is
 *       (fee - participants x copay) / participants, half up to the cent, and the rounding remainder goes on the
 *       participant with index 0, so that the lines of one group session add up exactly to the group fee.</li>
 * </ul>
 */
public final class Pricer {

    /** The price of an individual or mission line. */
    public Price individual(Tariff tariff, boolean preferential) {
        return switch (tariff.kind()) {
            case INDIVIDUAL -> Price.of(tariff.insurerShare(preferential), tariff.copay(preferential));
            case MISSION -> Price.of(tariff.fee(), Amounts.ZERO);
            case GROUP -> throw new IllegalArgumentException(
                    tariff.code() + " is a group code: price each participant with groupParticipant");
        };
    }

    /**
     * The price of one participant's line in a group session of {@code participants}; {@code indexInGroup} counts
     * the lines of that session from 0.
     */
    public Price groupParticipant(Tariff tariff, int participants, int indexInGroup) {
        if (!tariff.isGroup()) {
            throw new IllegalArgumentException(tariff.code() + " is not a group code");
        }
        if (participants < 1 || indexInGroup < 0 || indexInGroup >= participants) {
            throw new IllegalArgumentException(
                    "participant " + indexInGroup + " of " + participants + " is not a place in the group");
        }
        BigDecimal copay = tariff.copay(false);
        BigDecimal count = BigDecimal.valueOf(participants);
        BigDecimal insurerTotal = tariff.fee().subtract(copay.multiply(count));
        if (insurerTotal.signum() < 0) {
            throw new IllegalArgumentException(
                    tariff.code() + ": the copays of " + participants + " participants exceed the fee");
        }
        BigDecimal share = insurerTotal.divide(count, Amounts.SCALE, Amounts.ROUNDING);
        if (indexInGroup == 0) {
            share = share.add(insurerTotal.subtract(share.multiply(count)));
        }
        return Price.of(share, copay);
    }
}
