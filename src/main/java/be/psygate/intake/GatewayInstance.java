package be.psygate.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * This gateway instance's row in {@code gateway_instance} (migration V15): who holds the intake's claims, and
 * whether it is still alive.
 *
 * <ul>
 *   <li>{@link #register()}, as the instance starts (before its intake polls): a new id, its host and work folder,
 *   its start and first heartbeat. The rows of earlier instances on the same host and work folder are removed: they
 *   are this same gateway before a restart (after a {@code kill -9}, a lost machine brought back), dead since this
 *   one could start on their folder, and their claims are taken over at the first poll, without waiting.</li>
 *   <li>{@link #heartbeat()}, every {@link #heartbeatInterval()} (a fifth of {@code dead-after}): the heartbeat
 *   moves on. An instance whose heartbeat is older than {@code dead-after}, or which has no row, is dead
 *   ({@link #isAlive}): its claims are taken over by whichever instance lists their uploads.</li>
 *   <li>{@link #deregister()}, as the instance stops cleanly, after its intake: its row is removed.</li>
 * </ul>
 *
 * <p>Times are the instances' wall clocks in UTC, as the claims' (see {@link IntakeClaims}): the instances' clocks
 * must agree to well within {@code dead-after} (NTP).
 */
final class GatewayInstance {

    private static final Logger log = LoggerFactory.getLogger(GatewayInstance.class);
    /** Rows of instances dead for longer than this are deleted as an instance starts. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final String id = UUID.randomUUID().toString();
    private final String host;
    private final String workDir;
    private final Duration deadAfter;
    private final Clock clock;
    private volatile LocalDateTime startedAt;

    /**
     * @param host      the machine's name
     * @param workDir   the instance's work folder, absolute: two instances on one host and one folder are one gateway
     * @param deadAfter how old an instance's heartbeat may be before its claims are dead
     * @param clock     the wall clock
     */
    GatewayInstance(DataSource dataSource, String host, String workDir, Duration deadAfter, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.host = host;
        this.workDir = workDir;
        this.deadAfter = deadAfter;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    Duration deadAfter() {
        return deadAfter;
    }

    /** How often the heartbeat is written: a fifth of {@code dead-after}. */
    Duration heartbeatInterval() {
        return deadAfter.dividedBy(5).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Writes this instance's row, after removing those of earlier instances on the same host and work folder. */
    void register() {
        LocalDateTime now = now();
        List<String> earlier = jdbc.queryForList("select id from gateway_instance where host = ? and work_dir = ? "
                + "and id <> ?", String.class, host, workDir, id);
        if (!earlier.isEmpty()) {
            jdbc.update("delete from gateway_instance where host = ? and work_dir = ? and id <> ?", host, workDir, id);
            log.warn("An earlier instance of this gateway (same host and work folder: {}) did not stop cleanly; "
                    + "the uploads it had claimed are taken over at once", earlier);
        }
        jdbc.update("delete from gateway_instance where heartbeat_at < ?", now.minus(FORGET_AFTER));
        startedAt = now;
        jdbc.update("insert into gateway_instance (id, host, work_dir, started_at, heartbeat_at) values (?, ?, ?, ?, ?)",
                id, host, workDir, now, now);
        log.info("Gateway instance {} registered (heartbeat every {}, dead after {} without one)", id,
                heartbeatInterval(), deadAfter);
    }

    /**
     * Moves the heartbeat on. Should the row be gone (removed by another instance that judged this one dead, after a
     * pause longer than {@code dead-after}), it is written again: the claims taken over meanwhile stay with their new
     * holders, whose intake answers those uploads from the ledger.
     */
    void heartbeat() {
        LocalDateTime now = now();
        if (jdbc.update("update gateway_instance set heartbeat_at = ? where id = ?", now, id) == 0) {
            jdbc.update("insert into gateway_instance (id, host, work_dir, started_at, heartbeat_at) "
                    + "values (?, ?, ?, ?, ?)", id, host, workDir, startedAt == null ? now : startedAt, now);
            log.warn("Gateway instance {} had lost its row (judged dead after a pause?): written again", id);
        }
    }

    /** Removes this instance's row: it stopped cleanly. */
    void deregister() {
        jdbc.update("delete from gateway_instance where id = ?", id);
    }

    /**
     * Whether an instance is alive, by its last heartbeat as read from its row: null (no row) or older than
     * {@code dead-after} is dead.
     */
    boolean isAlive(LocalDateTime heartbeatAt, LocalDateTime now) {
        return heartbeatAt != null && !heartbeatAt.isBefore(now.minus(deadAfter));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
