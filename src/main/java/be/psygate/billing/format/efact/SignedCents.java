package be.psygate.billing.format.efact;

import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.money.Amounts;

import java.math.BigDecimal;

/**
 * An amount as eFact writes it: a sign character ({@code +} or {@code -}) and a number of cents in a zone of fixed
 * length. Public because the insurers' answers ({@code be.psygate.billing.returns}) write their amounts the same way.
 *
 * @param sign  {@code +} or {@code -}
 * @param cents the magnitude, in cents
 */
public record SignedCents(String sign, long cents) {

    /** The sign and cents of an amount, refused when the cents do not fit in {@code digits} digits. */
    public static SignedCents of(BigDecimal amount, int digits, String what) {
        long cents = Amounts.toCents(amount);
        long magnitude = Math.abs(cents);
        if (magnitude >= pow10(digits)) {
            throw new InvoiceFormatException(
                    what + " " + Amounts.format(amount) + " does not fit in " + digits + " digits of cents");
        }
        return new SignedCents(cents < 0 ? "-" : "+", magnitude);
    }

    /** The amount written as {@code sign} and {@code cents}; a sign other than + or - is refused. */
    public static BigDecimal read(String sign, long cents, String what, long line) {
        if ("+".equals(sign)) {
            return Amounts.ofCents(cents);
        }
        if ("-".equals(sign)) {
            return Amounts.ofCents(-cents);
        }
        throw new InvoiceFormatException(
                what + ": the sign must be + or -, got '" + sign + "'", line);
    }

    private static long pow10(int digits) {
        long value = 1;
        for (int i = 0; i < digits; i++) {
            value *= 10;
        }
        return value;
    }
}
