/**
 * What the hospital owes each psychologist per accepted session: tranche 1 when the session is accepted, then the
 * tranche 2 or clawback that brings the session to what the insurer paid, as immutable entries. A
 * {@link be.psygate.money.account.SessionAccount} follows one session through the insurer's answers.
 */
package be.psygate.money.account;
