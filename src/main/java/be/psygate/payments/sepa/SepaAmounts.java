package be.psygate.payments.sepa;

import be.psygate.money.Amounts;

import java.math.BigDecimal;

/** The amounts a SEPA credit transfer can carry: euros, more than zero, whole cents, at most 999 999 999.99. */
final class SepaAmounts {

    static final String EURO = "EUR";
    static final BigDecimal MAXIMUM = new BigDecimal("999999999.99");

    private SepaAmounts() {
    }

    /**
     * {@code amount} with scale 2.
     *
     * @throws IllegalArgumentException when it is missing, not more than zero, has a fraction of a cent or is too
     *                                  large
     */
    static BigDecimal requireTransferable(String what, BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("the amount of " + what + " is missing");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(
                    "the amount of " + what + " must be more than 0, got " + amount.toPlainString());
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException(
                    "the amount of " + what + " is more than 999999999.99: " + amount.toPlainString());
        }
        try {
            return Amounts.exact(amount);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the amount of " + what + " must have at most two decimals, got "
                    + amount.toPlainString(), e);
        }
    }
}
