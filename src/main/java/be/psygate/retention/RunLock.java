package be.psygate.retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A scheduled job that one gateway instance runs at a time (table {@code scheduled_run}): an instance takes it by an
 * update that counts the job's row for one instance only, while no other holds it; it holds it for a lease, and
 * gives it back when done. An instance that died holding it leaves it to its lease. The row also keeps what the last
 * run did, for the console.
 */
@Component
public class RunLock {

    private final JdbcClient jdbc;

    public RunLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the job for {@code lease} from {@code now}; false when another instance holds it. */
    public boolean tryTake(String job, String instance, Instant now, Duration lease) {
        return jdbc.sql("update scheduled_run set locked_until = ?, locked_by = ?, last_started = ? "
                        + "where name = ? and locked_until <= ?")
                .params(Timestamp.from(now.plus(lease)), instance, Timestamp.from(now), job, Timestamp.from(now))
                .update() == 1;
    }

    /** Gives the job back, with what the run did; only the instance that holds it does. */
    public void release(String job, String instance, Instant now, String summary) {
        jdbc.sql("update scheduled_run set locked_until = ?, last_finished = ?, last_summary = ? "
                        + "where name = ? and locked_by = ?")
                .params(Timestamp.from(now), Timestamp.from(now), summary, job, instance)
                .update();
    }

    /** The last finished run of the job. */
    public record LastRun(Instant finishedAt, String by, String summary) {
    }

    public Optional<LastRun> lastRun(String job) {
        return jdbc.sql("select last_finished, locked_by, last_summary from scheduled_run "
                        + "where name = ? and last_finished is not null")
                .param(job)
                .query((rs, n) -> new LastRun(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
