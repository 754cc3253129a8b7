package be.psygate.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code ALERT_NO_FILE}: no practice sent any file (table {@code received_file}) for
 * {@code psygate.ops.no-file-alert-after}, by the gateway's clock; since its start when it never received one.
 * Checked every {@code psygate.ops.no-file-check-interval}; while the silence lasts, the alert is repeated once per
 * {@code no-file-alert-after}.
 */
@Component
public class NoFileWatch {

    private static final Logger log = LoggerFactory.getLogger(NoFileWatch.class);

    private final JdbcClient jdbc;
    private final OpsEvents events;
    private final Clock clock;
    private final Duration silence;
    private final Instant started;
    private Instant lastAlert;

    public NoFileWatch(JdbcClient jdbc, OpsEvents events, Clock clock, OpsProperties props) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.silence = props.noFileAlertAfter();
        this.started = clock.instant();
    }

    @Scheduled(initialDelayString = "${psygate.ops.no-file-check-interval}",
            fixedDelayString = "${psygate.ops.no-file-check-interval}")
    public void check() {
        checkAt(clock.instant()).ifPresent(events::publish);
    }

    /**
     * The alert due at {@code now}, if any; once an alert is given, the next one is due a silence later.
     */
    public synchronized Optional<OpsEvent.NoFile> checkAt(Instant now) {
        List<Timestamp> latest = jdbc.sql("select max(received_at) from received_file").query(Timestamp.class).list();
        Instant lastFile = latest.isEmpty() || latest.get(0) == null ? null : latest.get(0).toInstant();
        Instant since = lastFile != null ? lastFile : started;
        if (lastAlert != null && lastAlert.isAfter(since)) {
            since = lastAlert;
        }
        if (Duration.between(since, now).compareTo(silence) < 0) {
            return Optional.empty();
        }
        lastAlert = now;
        OpsEvent.NoFile alert = new OpsEvent.NoFile(lastFile,
                Duration.between(lastFile != null ? lastFile : started, now), silence, now);
        log.warn("Alert: no file received for {} (last file: {})", alert.silentFor(),
                lastFile == null ? "none since the start at " + started : lastFile);
        return Optional.of(alert);
    }
}
