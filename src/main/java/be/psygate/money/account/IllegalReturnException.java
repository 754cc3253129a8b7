package be.psygate.money.account;

/**
 * An insurer return that contradicts what the session account already knows (a payment after a refusal, a payment
 * above the insurer share, a refusal or batch refusal after a payment in full, ...). The account is left as it was;
 * the return needs a person to look at it.
 */
public class IllegalReturnException extends IllegalStateException {

    private final long sessionId;
    private final SessionState state;

    public IllegalReturnException(long sessionId, SessionState state, String message) {
        super("Session " + sessionId + " (" + state + "): " + message);
        this.sessionId = sessionId;
        this.state = state;
    }

    public long sessionId() {
        return sessionId;
    }

    /** The state the session was in, and stays in. */
    public SessionState state() {
        return state;
    }
}
