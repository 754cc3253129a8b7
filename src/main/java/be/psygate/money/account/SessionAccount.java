package be.psygate.money.account;

import be.psygate.money.Amounts;
import be.psygate.money.Tranches;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hospital owes a psychologist for one accepted session, and how that follows the insurer's answers.
 * Immutable: each event returns a {@link Transition} with the new account and the entries to record.
 *
 * <p>The account opens with tranche 1 ({@link Tranches#first} of the insurer share) when the session is accepted on
 * a list received on day D, due D + 1 month. From then on it keeps one invariant: the sum of the session's entries
 * ({@link #owed()}) is tranche 1 as long as the insurer has not answered, and what the insurer paid for the session
 * once it has (paid some or all of it, or refused it). Each answer makes the one entry that restores the invariant:
 * tranche 2 = paid - tranche 1, a clawback of -tranche 1 for a refusal, a negative clawback for a payment below
 * tranche 1, the amount itself for a further partial payment; a difference of 0.00 makes no entry. So nothing is
 * ever owed twice and the psychologist ends with exactly what the insurer paid.
 *
 * <p>An entry made by an answer is due on the answer's recorded date + 1 month, but never before the session's
 * previous entry: a session's entries fall due in the order they were made, so a payment run can never pay a later
 * entry while an earlier one (such as a clawback) is still waiting.
 *
 * <h2>State machine</h2>
 * <pre>
 * state \ event | paid(amount, date)                 | refused(code, date)           | reopened()
 * --------------+------------------------------------+-------------------------------+----------------
 * INVOICED      | PARTLY_PAID or PAID:               | REFUSED: CLAWBACK -tranche 1  | REOPENED,
 *               |   entry paid - tranche 1           |                               |   no entry
 * REOPENED      | as INVOICED                        | as INVOICED                   | already known
 * PARTLY_PAID   | PARTLY_PAID or PAID:               | REFUSED (the rest is refused):| illegal
 *               |   TRANCHE_2 of the amount          |   no entry                    |
 * PAID          | illegal (above the insurer share)  | illegal                       | illegal
 * REFUSED       | illegal                            | already known                 | illegal
 * </pre>
 * <ul>
 *   <li>Payments add up: the insurer has paid the sum of the distinct payments recorded. A payment leading to
 *       exactly the insurer share makes the session PAID, below it PARTLY_PAID; above it is illegal.</li>
 *   <li>A payment with the same amount and recorded date as one already recorded for the session is the same
 *       return received again: already known, in every state. The date must therefore be the date the insurer's
 *       answer carries, not the day the gateway happens to read it.</li>
 *   <li>A refusal of a refused session is already known, whatever its code and date; the first refusal is kept.</li>
 *   <li>A batch refusal ({@link #reopened()}) only concerns a session the insurer has not answered on; it sends the
 *       session back to be invoiced again and changes nothing owed. The insurer's answer on the new invoice is then
 *       given with {@link #paid} or {@link #refused} as usual.</li>
 *   <li>"Illegal" means an {@link IllegalReturnException}: the answer contradicts what is known (for instance a
 *       payment after a final refusal), the account does not change and no entry is made.</li>
 *   <li>Whether tranche 1 has already been transferred does not matter here: a clawback of an unpaid tranche 1
 *       simply nets against it in the practice's next payment.</li>
 * </ul>
 */
public final class SessionAccount {

    private final long sessionId;
    private final BigDecimal insurerShare;
    private final BigDecimal tranche1;
    private final SessionState state;
    private final BigDecimal owed;
    private final int entryCount;
    private final LocalDate lastDue;
    private final List<InsurerPayment> payments;
    private final Refusal refusal;

    private SessionAccount(long sessionId, BigDecimal insurerShare, BigDecimal tranche1, SessionState state,
            BigDecimal owed, int entryCount, LocalDate lastDue, List<InsurerPayment> payments, Refusal refusal) {
        this.sessionId = sessionId;
        this.insurerShare = insurerShare;
        this.tranche1 = tranche1;
        this.state = state;
        this.owed = owed;
        this.entryCount = entryCount;
        this.lastDue = lastDue;
        this.payments = List.copyOf(payments);
        this.refusal = refusal;
    }

    /**
     * Opens the account of a session accepted on a list received on {@code listReceived}, with its tranche 1 due one
     * month later.
     *
     * @param insurerShare the insurer share invoiced for the session, positive, two decimals
     */
    public static Transition accepted(long sessionId, BigDecimal insurerShare, LocalDate listReceived) {
        Objects.requireNonNull(insurerShare, "insurerShare");
        Objects.requireNonNull(listReceived, "listReceived");
        BigDecimal share = Amounts.exact(insurerShare);
        if (share.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Session " + sessionId + ": insurer share must be positive, got " + share);
        }
        BigDecimal tranche1 = Tranches.first(share);
        Entry first = new Entry(sessionId, 1, EntryKind.TRANCHE_1, tranche1, dueAfter(listReceived));
        SessionAccount account = new SessionAccount(sessionId, share, tranche1, SessionState.INVOICED, tranche1, 1,
                first.due(), List.of(), null);
        return new Transition(account, Outcome.RECORDED, List.of(first));
    }

    /**
     * The insurer paid {@code amount} for the session (all of the insurer share, or part of it), in an answer dated
     * {@code recorded}. Amounts of distinct payments add up.
     *
     * @throws IllegalReturnException if the session was refused, or the payments would exceed the insurer share
     */
    public Transition paid(BigDecimal amount, LocalDate recorded) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recorded, "recorded");
        BigDecimal payment = Amounts.exact(amount);
        if (payment.signum() <= 0) {
            throw new IllegalArgumentException("Session " + sessionId + ": a payment must be positive, got " + payment);
        }
        InsurerPayment received = new InsurerPayment(payment, recorded);
        if (payments.contains(received)) {
            return alreadyKnown();
        }
        if (state == SessionState.REFUSED) {
            throw illegal("payment of " + payment + " on " + recorded + " after the insurer refused the session ("
                    + refusal.code() + " on " + refusal.recorded() + ")");
        }
        BigDecimal total = paidByInsurer().add(payment);
        if (total.compareTo(insurerShare) > 0) {
            throw illegal("payment of " + payment + " on " + recorded + " would bring what the insurer paid to "
                    + total + ", above the insurer share " + insurerShare);
        }
        List<InsurerPayment> allPayments = new ArrayList<>(payments);
        allPayments.add(received);
        SessionState next = total.compareTo(insurerShare) == 0 ? SessionState.PAID : SessionState.PARTLY_PAID;
        return settle(next, total, allPayments, null, recorded);
    }

    /**
     * The insurer refused the session (or, after a partial payment, the rest of it) with reason {@code code}, in an
     * answer dated {@code recorded}. What is owed becomes what the insurer paid before, usually nothing: tranche 1 is
     * clawed back, whether or not it was already transferred.
     *
     * @throws IllegalReturnException if the insurer had paid the session in full
     */
    public Transition refused(String code, LocalDate recorded) {
        Objects.requireNonNull(recorded, "recorded");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Session " + sessionId + ": a refusal needs its reason code");
        }
        return switch (state) {
            case REFUSED -> alreadyKnown();
            case PAID -> throw illegal("refusal " + code + " on " + recorded + " of a session paid in full");
            case INVOICED, REOPENED, PARTLY_PAID -> settle(SessionState.REFUSED, paidByInsurer(), payments,
                    new Refusal(code.strip(), recorded), recorded);
        };
    }

    /**
     * The insurer refused the whole invoice file the session was on (a batch refusal): the session goes back to be
     * invoiced again; nothing owed changes.
     *
     * @throws IllegalReturnException if the insurer had already paid or refused the session itself
     */
    public Transition reopened() {
        return switch (state) {
            case REOPENED -> alreadyKnown();
            case INVOICED -> new Transition(new SessionAccount(sessionId, insurerShare, tranche1, SessionState.REOPENED,
                    owed, entryCount, lastDue, payments, refusal), Outcome.RECORDED, List.of());
            case PARTLY_PAID, PAID, REFUSED ->
                    throw illegal("batch refusal of a session the insurer already answered on");
        };
    }

    public long sessionId() {
        return sessionId;
    }

    /** The insurer share invoiced for the session. */
    public BigDecimal insurerShare() {
        return insurerShare;
    }

    public BigDecimal tranche1() {
        return tranche1;
    }

    public SessionState state() {
        return state;
    }

    /** The sum of the distinct payments the insurer made for the session (0.00 if none). */
    public BigDecimal paidByInsurer() {
        return Amounts.sum(payments.stream().map(InsurerPayment::amount).toList());
    }

    /** The sum of all the session's entries so far: tranche 1 before the insurer answers, what it paid after. */
    public BigDecimal owed() {
        return owed;
    }

    /** How many entries the session has; the next entry gets this number + 1. */
    public int entryCount() {
        return entryCount;
    }

    /** The reason code of the insurer's refusal, if it refused the session. */
    public Optional<String> refusalCode() {
        return Optional.ofNullable(refusal).map(Refusal::code);
    }

    @Override
    public String toString() {
        return "SessionAccount[session=" + sessionId + ", state=" + state + ", insurerShare=" + insurerShare
                + ", tranche1=" + tranche1 + ", paidByInsurer=" + paidByInsurer() + ", owed=" + owed + "]";
    }

    /** Moves to {@code next}, with one entry bringing what is owed to {@code newOwed} if it differs. */
    private Transition settle(SessionState next, BigDecimal newOwed, List<InsurerPayment> newPayments,
            Refusal newRefusal, LocalDate recorded) {
        BigDecimal difference = newOwed.subtract(owed);
        List<Entry> entries = new ArrayList<>(1);
        int count = entryCount;
        LocalDate due = lastDue;
        if (difference.signum() != 0) {
            LocalDate byAnswer = dueAfter(recorded);
            due = byAnswer.isAfter(lastDue) ? byAnswer : lastDue;
            EntryKind kind = difference.signum() > 0 ? EntryKind.TRANCHE_2 : EntryKind.CLAWBACK;
            count++;
            entries.add(new Entry(sessionId, count, kind, difference, due));
        }
        SessionAccount account = new SessionAccount(sessionId, insurerShare, tranche1, next, newOwed, count, due,
                newPayments, newRefusal == null ? refusal : newRefusal);
        return new Transition(account, Outcome.RECORDED, entries);
    }

    private Transition alreadyKnown() {
        return new Transition(this, Outcome.ALREADY_KNOWN, List.of());
    }

    private IllegalReturnException illegal(String message) {
        return new IllegalReturnException(this, message);
    }

    private static LocalDate dueAfter(LocalDate day) {
        return day.plusMonths(1);
    }

    /** One payment of the insurer for the session, as its answer states it. */
    private record InsurerPayment(BigDecimal amount, LocalDate recorded) {
    }

    /** The insurer's refusal of the session. */
    private record Refusal(String code, LocalDate recorded) {
    }
}
