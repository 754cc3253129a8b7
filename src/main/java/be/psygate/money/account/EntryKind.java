package be.psygate.money.account;

/**
 * Why the hospital owes a psychologist an amount for one session (or why the psychologist owes it back).
 *
 * <ul>
 *   <li>{@link #TRANCHE_1}: 90% of the session's insurer share, owed once the session is accepted on a list.</li>
 *   <li>{@link #TRANCHE_2}: what the insurer paid for the session beyond what the psychologist already has for it;
 *       always positive.</li>
 *   <li>{@link #CLAWBACK}: what the psychologist has (or will have) for the session beyond what the insurer paid,
 *       taken back from a later payment ("solde avec prochain paiement"); always negative.</li>
 * </ul>
 */
public enum EntryKind {
    TRANCHE_1,
    TRANCHE_2,
    CLAWBACK
}
