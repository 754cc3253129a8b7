package be.psygate.ledger;

/**
 * A condition for the reads that must see every commit made before them, when they run without the lock that
 * orders those commits (the network's counts of judged lists, and a list's patients' sessions read before the
 * network's lock, {@code be.psygate.intake.EarlierSessions}).
 *
 * <p>H2 hands a statement run again on the same connection, with the same parameters, the result it kept from the
 * last run, unless a table it reads has changed since. It marks a table changed when a transaction begins to commit,
 * a moment before the transaction's changes can be seen: a statement run in that moment keeps a result without them,
 * and is handed it again after the commit. A condition H2 cannot evaluate ahead of time keeps it from keeping the
 * result. PostgreSQL keeps no results; the condition is true for every row on both.
 */
public final class FreshRead {

    /** Always true; {@code random()} in both databases. */
    public static final String CONDITION = "random() >= 0";

    private FreshRead() {
    }
}
