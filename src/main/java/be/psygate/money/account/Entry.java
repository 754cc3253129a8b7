package be.psygate.money.account;

import be.psygate.identity.Required;
import be.psygate.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One amount the hospital owes a psychologist for one session (negative: that the psychologist owes back), from the
 * day {@code due}. A payment run pays an entry at the earliest on its due day, and pays it exactly once.
 *
 * <p>{@code number} counts the entries of one session from 1 (tranche 1) in the order they were recorded, so that
 * {@code (sessionId, number)} names an entry even when two entries of a session have the same kind, amount and due
 * day. The amount has two decimals and its sign follows the kind: positive for {@link EntryKind#TRANCHE_1} and
 * {@link EntryKind#TRANCHE_2}, negative for {@link EntryKind#CLAWBACK}.
 */
public record Entry(long sessionId, int number, EntryKind kind, BigDecimal amount, LocalDate due) {

    public Entry {
        Required.nonNull("kind, amount, due", kind, amount, due);
        if (number < 1) {
            throw new IllegalArgumentException("Entry number starts at 1, got " + number);
        }
        amount = Amounts.exact(amount);
        boolean signFits = kind == EntryKind.CLAWBACK ? amount.signum() < 0 : amount.signum() > 0;
        if (!signFits) {
            throw new IllegalArgumentException(kind + " of session " + sessionId + " cannot be " + amount
                    + (kind == EntryKind.CLAWBACK ? ": a clawback is negative" : ": it must be positive"));
        }
    }

    /** The name of this entry: its session and its number within the session. */
    public Key key() {
        return new Key(sessionId, number);
    }

    /** Whether the entry may be paid in a payment run on {@code paymentDate}. */
    public boolean isDueOn(LocalDate paymentDate) {
        return !due.isAfter(paymentDate);
    }

    /** What names an entry: its session and its number within the session. */
    public record Key(long sessionId, int number) {
    }
}
