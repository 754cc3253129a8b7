package be.psygate.intake;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The database claim that keeps every upload to one gateway instance: Camel's JDBC idempotent repository (its table
 * comes from Flyway), which also remembers the claims taken during the current poll of the polling thread.
 *
 * <p>Why: the intake claims an upload while it lists the folders (eager idempotency), before it takes any of them.
 * When the listing then fails halfway (the connection drops, an entry vanishes while the folder is being listed),
 * Camel 4.17 releases its in-progress marks but not these claims (CAMEL-24090), so every upload listed before the
 * failure stayed in {@code in/} forever, never answered. {@link ReleasingPollStrategy} gives them back.
 */
final class IntakeClaims extends JdbcMessageIdRepository {

    static final String PROCESSOR_NAME = "intake-practice-lists";

    private final ThreadLocal<List<String>> claimedThisPoll = ThreadLocal.withInitial(ArrayList::new);

    IntakeClaims(DataSource dataSource) {
        super(dataSource, PROCESSOR_NAME);
        setCreateTableIfNotExists(false);
    }

    @Override
    public boolean add(String key) {
        boolean claimed = super.add(key);
        if (claimed) {
            claimedThisPoll.get().add(key);
        }
        return claimed;
    }

    /** A poll starts on this thread: what earlier polls claimed is theirs for good. */
    void pollStarted() {
        claimedThisPoll.get().clear();
    }

    /** The poll of this thread failed before it took anything: gives back every claim it took; how many. */
    int releaseClaimsOfFailedPoll() {
        List<String> keys = claimedThisPoll.get();
        keys.forEach(this::remove);
        int released = keys.size();
        keys.clear();
        return released;
    }
}
