package be.psygate.payments;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the gateway decided of one entry of a bank file, kept with it. The entries that do not concern the gateway
 * are set aside ({@link #setAside()}); the others are credits on the hospital's account, each matched to an
 * announced payment reference or told why not.
 */
public enum CreditDecision {
    /** Carries an announced reference, and the credits for it cover the announced amount. */
    MATCHED,
    /** Carries an announced reference, and the credits for it are more than announced: counted, and flagged. */
    OVERPAID,
    /** Carries an announced reference, but the credits for it are less than announced: nothing is released. */
    SHORT,
    /** Carries two or more announced references: which payment it is cannot be told, so it counts for none. */
    AMBIGUOUS,
    /** Carries no reference announced so far; a settlement announcing one later looks back at it. */
    UNMATCHED,
    /** The same credit (same account and bank reference) was recorded before: it counts once. */
    REPEATED,
    /**
     * Returns (or reverses) a transfer of the gateway's own, found by its end-to-end id: the transfer is marked
     * returned and what it paid is owed again; never evidence of an insurer's payment.
     */
    RETURNED,
    /** Returns a transfer that is not the gateway's: not money received from an insurer. */
    RETURN,
    /** Pending or information only: not money received. */
    NOT_BOOKED,
    /** Money leaving the account. */
    DEBIT,
    /** The reversal of an earlier entry. */
    REVERSAL,
    /** On an account that is not the hospital's. */
    OTHER_ACCOUNT,
    /** In another currency than euros. */
    OTHER_CURRENCY,
    /** Of no amount. */
    ZERO_AMOUNT,
    /** Cannot be read as one movement (a batch whose transactions do not add up). */
    UNREADABLE;

    /** The decisions on entries that do not concern the gateway at all. */
    private static final Set<CreditDecision> SET_ASIDE = EnumSet.of(RETURN, NOT_BOOKED, DEBIT, REVERSAL,
            OTHER_ACCOUNT, OTHER_CURRENCY, ZERO_AMOUNT, UNREADABLE);

    /** Whether the entry does not concern the gateway at all. */
    public boolean setAside() {
        return SET_ASIDE.contains(this);
    }

    /** Whether the credit counts toward the announced amount of the reference it carries. */
    public boolean counts() {
        return this == MATCHED || this == OVERPAID || this == SHORT;
    }
}
