package be.psygate.money.account;

import java.util.List;
import java.util.Objects;

/**
 * The result of giving a session account one event: the account after it, whether the event changed anything, and
 * the entries to record for it (none, or one). The entries must be kept with the session's earlier entries: the
 * account only remembers their total.
 */
public record Transition(SessionAccount account, Outcome outcome, List<Entry> entries) {

    public Transition {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(outcome, "outcome");
        entries = List.copyOf(entries);
        if (outcome == Outcome.ALREADY_KNOWN && !entries.isEmpty()) {
            throw new IllegalArgumentException("A return already known gives no entry");
        }
    }
}
