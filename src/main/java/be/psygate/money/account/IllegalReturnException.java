package be.psygate.money.account;

/**
 * An insurer return that contradicts what the session account already knows (a payment after a refusal, a payment
 * above the insurer share, a refusal or batch refusal after a payment in full, ...). The account is left as it was;
 * the return needs a person to look at it.
 */
public class IllegalReturnException extends IllegalStateException {

    private final transient SessionAccount account;

    public IllegalReturnException(SessionAccount account, String message) {
        super("Session " + account.sessionId() + " (" + account.state() + "): " + message);
        this.account = account;
    }

    /** The session's account as it was, and stays: its state is the one the return contradicts. */
    public SessionAccount account() {
        return account;
    }
}
