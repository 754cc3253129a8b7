package be.psygate.payments;

/**
 * What the gateway decided of one entry of a bank file, kept with it. The entries that do not concern the gateway
 * are set aside ({@link #setAside()}); the others are credits on the hospital's account, each matched to an
 * announced payment reference or told why not.
 */
public enum CreditDecision {
    /** Carries an announced reference, and the credits for it cover the announced amount. */
    MATCHED(false),
    /** Carries an announced reference, and the credits for it are more than announced: counted, and flagged. */
    OVERPAID(false),
    /** Carries an announced reference, but the credits for it are less than announced: nothing is released. */
    SHORT(false),
    /** Carries two or more announced references: which payment it is cannot be told, so it counts for none. */
    AMBIGUOUS(false),
    /** Carries no reference announced so far; a settlement announcing one later looks back at it. */
    UNMATCHED(false),
    /** The same credit (same account and bank reference) was recorded before: it counts once. */
    REPEATED(false),
    /**
     * Returns (or reverses) a transfer of the gateway's own, found by its end-to-end id: the transfer is marked
     * returned and what it paid is owed again; never evidence of an insurer's payment.
     */
    RETURNED(false),
    /** Returns a transfer that is not the gateway's: not money received from an insurer. */
    RETURN(true),
    /** Pending or information only: not money received. */
    NOT_BOOKED(true),
    /** Money leaving the account. */
    DEBIT(true),
    /** The reversal of an earlier entry. */
    REVERSAL(true),
    /** On an account that is not the hospital's. */
    OTHER_ACCOUNT(true),
    /** In another currency than euros. */
    OTHER_CURRENCY(true),
    /** Of no amount. */
    ZERO_AMOUNT(true),
    /** Cannot be read as one movement (a batch whose transactions do not add up). */
    UNREADABLE(true);

    private final boolean setAside;

    CreditDecision(boolean setAside) {
        this.setAside = setAside;
    }

    /** Whether the entry does not concern the gateway at all. */
    public boolean setAside() {
        return setAside;
    }

    /** Whether the credit counts toward the announced amount of the reference it carries. */
    public boolean counts() {
        return this == MATCHED || this == OVERPAID || this == SHORT;
    }
}
