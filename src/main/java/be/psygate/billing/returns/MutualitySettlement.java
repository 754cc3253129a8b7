package be.psygate.billing.returns;

import be.psygate.identity.InsurerCode;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an insurer settles for one mutuality of a batch: the amount the batch requested for it, the part accepted
 * (what it pays) and the part refused, and the reference its payment carries, which is what the bank statement is
 * matched on. Amounts have two decimals and {@code requested = accepted + refused}.
 *
 * @param mutuality        the mutuality
 * @param requested        the sum of the insurer shares the batch requested for the mutuality
 * @param accepted         the sum of what is paid for its sessions
 * @param refused          the rest: {@code requested - accepted}
 * @param paymentReference the reference of the payment, 1 to {@value #MAX_REFERENCE_LENGTH} printable ASCII
 *                         characters, no {@code ;} (eFact zone A22); unique within an answer
 */
public record MutualitySettlement(
        InsurerCode mutuality,
        BigDecimal requested,
        BigDecimal accepted,
        BigDecimal refused,
        String paymentReference) {

    /** The most characters a payment reference may have. */
    public static final int MAX_REFERENCE_LENGTH = 22;

    public MutualitySettlement {
        Objects.requireNonNull(mutuality, "mutuality");
        requested = Amounts.exact(Objects.requireNonNull(requested, "requested"));
        accepted = Amounts.exact(Objects.requireNonNull(accepted, "accepted"));
        refused = Amounts.exact(Objects.requireNonNull(refused, "refused"));
        if (accepted.add(refused).compareTo(requested) != 0) {
            throw new IllegalArgumentException("Mutuality " + mutuality + ": accepted " + Amounts.format(accepted)
                    + " + refused " + Amounts.format(refused) + " is not the requested " + Amounts.format(requested));
        }
        String what = "Mutuality " + mutuality + ": the payment reference";
        paymentReference = ReturnTexts.text(paymentReference, MAX_REFERENCE_LENGTH, what);
        if (!ReturnTexts.isPrintableAscii(paymentReference)) {
            throw new IllegalArgumentException(what + " must be printable ASCII");
        }
    }

    /** The settlement of a mutuality whose refused part is what was requested and not accepted. */
    public static MutualitySettlement of(InsurerCode mutuality, BigDecimal requested, BigDecimal accepted,
                                         String paymentReference) {
        return new MutualitySettlement(mutuality, requested, accepted, requested.subtract(accepted),
                paymentReference);
    }
}
