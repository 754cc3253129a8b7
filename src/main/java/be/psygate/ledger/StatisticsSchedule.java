package be.psygate.ledger;

/**
 * When the planner's statistics of the session ledger are worth refreshing: once the lines written since the last
 * refresh reach a fifth of what the tables held then, and at least {@code minimum}. A refresh costs about the same
 * whatever the table's size (the database samples it), so refreshes grow rarer as the ledger grows: about a dozen
 * over the first 100,000 lines, one more for every fifth added after that.
 */
public final class StatisticsSchedule {

    private final long minimum;
    private long atLastRefresh;
    private long sinceLastRefresh;

    /** @param minimum the fewest lines written between two refreshes */
    public StatisticsSchedule(long minimum) {
        if (minimum <= 0) {
            throw new IllegalArgumentException("minimum must be positive: " + minimum);
        }
        this.minimum = minimum;
    }

    /**
     * Counts lines just committed.
     *
     * @return whether the statistics should be refreshed now; if so, the count starts again from here
     */
    public synchronized boolean written(long lines) {
        sinceLastRefresh += Math.max(0, lines);
        if (sinceLastRefresh < Math.max(minimum, atLastRefresh / 5)) {
            return false;
        }
        atLastRefresh += sinceLastRefresh;
        sinceLastRefresh = 0;
        return true;
    }
}
