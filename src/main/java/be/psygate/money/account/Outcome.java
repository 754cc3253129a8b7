package be.psygate.money.account;

/**
 * What a legal insurer return did to a session account: {@link #RECORDED} when it changed the account (possibly
 * with new entries), {@link #ALREADY_KNOWN} when the account already knew it (the same return received again, a
 * second refusal of a refused session, a second batch refusal of a reopened session): nothing changes and no entry
 * is made.
 */
public enum Outcome {
    RECORDED,
    ALREADY_KNOWN
}
