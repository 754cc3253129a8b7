package be.psygate.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Euro amounts as the gateway handles them: {@link BigDecimal} with two decimals, rounded half up to the cent
 * where a computation needs rounding, and written with a dot and two decimals, without thousands separator
 * ({@code 1234.50}), as in the acknowledgements and statements.
 */
public final class Amounts {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private static final Pattern TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    private Amounts() {
    }

    /** Rounds half up to the cent. */
    public static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /**
     * The same amount with scale 2, refusing one that has a fraction of a cent (an amount that should already be
     * exact, such as a tariff, is never rounded silently).
     */
    public static BigDecimal exact(BigDecimal amount) {
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has a fraction of a cent", e);
        }
    }

    /**
     * Reads an amount written with a dot and at most two decimals ({@code 77.10}, {@code 77.1}, {@code 77},
     * {@code -6.61}); anything else (comma, thousands separator, spaces, more decimals) is refused.
     */
    public static BigDecimal parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "Amount must be written with a dot and at most two decimals, e.g. 77.10, got: " + text);
        }
        return new BigDecimal(text).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Writes an amount with a dot and two decimals, no thousands separator; rounds half up if needed. */
    public static String format(BigDecimal amount) {
        return rounded(amount).toPlainString();
    }

    /** Amount from a whole number of cents. */
    public static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, SCALE);
    }

    /** Whole number of cents of an exact amount (see {@link #exact}). */
    public static long toCents(BigDecimal amount) {
        return exact(amount).unscaledValue().longValueExact();
    }

    /** Sum of the amounts, scale 2 (0.00 for none). */
    public static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return rounded(total);
    }
}
