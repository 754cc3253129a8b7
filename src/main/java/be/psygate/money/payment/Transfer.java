package be.psygate.money.payment;

import be.psygate.identity.Inami;
import be.psygate.money.Amounts;
import be.psygate.money.account.Entry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One credit transfer the hospital makes to a practice in a payment run: a positive amount, equal to the sum of the
 * entries it settles (tranches 1 and 2 less clawbacks). Each of these entries is paid by this transfer and never
 * again.
 */
public record Transfer(Inami practiceInami, BigDecimal amount, List<Entry> entries) {

    public Transfer {
        Objects.requireNonNull(practiceInami, "practiceInami");
        Objects.requireNonNull(amount, "amount");
        amount = Amounts.exact(amount);
        entries = List.copyOf(entries);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A transfer to " + practiceInami + " must be positive, got " + amount);
        }
        BigDecimal sum = Amounts.sum(entries.stream().map(Entry::amount).toList());
        if (sum.compareTo(amount) != 0) {
            throw new IllegalArgumentException(
                    "Transfer of " + amount + " to " + practiceInami + " is not the sum of its entries, " + sum);
        }
    }
}
