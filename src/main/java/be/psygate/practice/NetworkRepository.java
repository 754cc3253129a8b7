package be.psygate.practice;

import be.psygate.ledger.FreshRead;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The networks the gateway serves. */
@Repository
public class NetworkRepository {

    /** H2's error code for a lock wait given up after its lock timeout (ErrorCode.LOCK_TIMEOUT_1). */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final JdbcClient jdbc;

    public NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Network network) {
        int updated = jdbc.sql("update network set name = ?, public_kind = ?, yearly_contingent = ? where id = ?")
                .params(network.name(), network.publicKind().name(), network.yearlyContingent(), network.id())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into network (id, name, public_kind, yearly_contingent) values (?, ?, ?, ?)")
                    .params(network.id(), network.name(), network.publicKind().name(), network.yearlyContingent())
                    .update();
        }
    }

    public Optional<Network> find(String id) {
        return jdbc.sql("select id, name, public_kind, yearly_contingent from network where id = ?")
                .param(id)
                .query(NetworkRepository::network)
                .optional();
    }

    public List<Network> findAll() {
        return jdbc.sql("select id, name, public_kind, yearly_contingent from network order by id")
                .query(NetworkRepository::network)
                .list();
    }

    private static Network network(ResultSet rs, int row) throws SQLException {
        return new Network(rs.getString(1), rs.getString(2), Network.PublicKind.valueOf(rs.getString(3)),
                (Integer) rs.getObject(4));
    }

    /**
     * Locks the network's row until the transaction ends: its lists are then judged one at a time, in the order they
     * come for the lock. Waits as long as another list holds it: H2 gives a wait up after its lock timeout (2 s, less
     * than a long list holds the lock) and leaves the transaction as it was, and the wait is taken up again;
     * PostgreSQL waits by itself.
     *
     * @return how many lists of the network were judged before ({@link #judged}); the list holding the lock is the
     *         next one
     */
    public long lockForIntake(String id) {
        while (true) {
            try {
                return jdbc.sql("select judged_lists from network where id = ? and " + FreshRead.CONDITION + " for update").param(id)
                        .query(Long.class).single();
            } catch (DataAccessException e) {
                if (!h2LockTimeout(e)) {
                    throw e;
                }
            }
        }
    }

    /** Records, in the transaction holding the network's lock, that its list number {@code seq} is judged. */
    public void judged(String id, long seq) {
        jdbc.sql("update network set judged_lists = ? where id = ?").params(seq, id).update();
    }

    /** How many lists each network has judged, as committed now; no lock taken or waited for. */
    public Map<String, Long> judgedLists() {
        Map<String, Long> judged = new HashMap<>();
        jdbc.sql("select id, judged_lists from network where " + FreshRead.CONDITION).query(rs -> {
            judged.put(rs.getString(1), rs.getLong(2));
        });
        return judged;
    }

    private static boolean h2LockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCK_TIMEOUT) {
                return true;
            }
        }
        return false;
    }

    public List<String> ids() {
        return jdbc.sql("select id from network order by id").query(String.class).list();
    }
}
