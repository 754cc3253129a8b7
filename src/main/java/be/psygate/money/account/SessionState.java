package be.psygate.money.account;

/**
 * Where a session stands with the insurer, as far as money goes. See {@link SessionAccount} for the transitions.
 *
 * <ul>
 *   <li>{@link #INVOICED}: accepted on a list and invoiced; the insurer has not answered. Owed: tranche 1.</li>
 *   <li>{@link #REOPENED}: the insurer refused the whole invoice file (batch refusal); the session is to be
 *       invoiced again and waits for the insurer's answer on it. Owed: tranche 1, unchanged.</li>
 *   <li>{@link #PARTLY_PAID}: the insurer paid part of the insurer share and may still pay the rest. Owed: what
 *       the insurer paid so far.</li>
 *   <li>{@link #PAID}: the insurer paid the whole insurer share. Final. Owed: the insurer share.</li>
 *   <li>{@link #REFUSED}: the insurer refused the session, or, after a partial payment, the rest of it. Final.
 *       Owed: what the insurer paid before refusing (usually 0.00).</li>
 * </ul>
 */
public enum SessionState {
    INVOICED,
    REOPENED,
    PARTLY_PAID,
    PAID,
    REFUSED;

    /** Whether the insurer has said anything about the session itself (paid some of it, or refused it). */
    public boolean insurerAnswered() {
        return this == PARTLY_PAID || this == PAID || this == REFUSED;
    }

    /** Whether no answer of the insurer can change what is owed for the session any more. */
    public boolean isFinal() {
        return this == PAID || this == REFUSED;
    }
}
