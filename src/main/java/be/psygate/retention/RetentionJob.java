package be.psygate.retention;

import be.psygate.ops.DeadLetters;
import be.psygate.intake.IntakeSourceProperties;
import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvents;
import be.psygate.sftp.ServerPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retention run: every {@code psygate.retention.interval} each instance tries to take the job, and the one that
 * takes it deletes what the policy says is due ({@link RetentionSweep}), publishes a {@code RETENTION_RUN} event with
 * the counts, and an {@code ALERT_DEAD_LETTERS_KEPT} while dead-letter queues hold messages: those are never deleted
 * by the gateway. A second instance finds the job taken, or run less than an interval ago, and does nothing.
 */
@Component
public class RetentionJob {

    static final String JOB = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionProperties props;
    private final RunLock lock;
    private final Settlements settlements;
    private final OpsEvents events;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final IntakeSourceProperties source;
    private final String practicesDir;
    private final String archiveDir;
    private final String instance;

    public RetentionJob(RetentionProperties props, RunLock lock, Settlements settlements, OpsEvents events,
                        DeadLetters deadLetters, Clock clock,
                        IntakeSourceProperties source) {
        this.props = props;
        this.lock = lock;
        this.settlements = settlements;
        this.events = events;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.source = source;
        this.practicesDir = normalize(source.directory());
        this.archiveDir = normalize(source.directory() + "/" + source.archive());
        this.instance = instanceName();
    }

    @Scheduled(initialDelayString = "${psygate.retention.initial-delay}",
            fixedDelayString = "${psygate.retention.interval}")
    public void scheduled() {
        if (props.enabled()) {
            runIfDue(clock.instant());
        }
    }

    /**
     * Runs the job at {@code now} if this instance can take it and no run finished less than an interval ago.
     *
     * @return the report, empty when another instance holds the job or ran it lately
     */
    public Optional<RetentionReport> runIfDue(Instant now) {
        Optional<RunLock.LastRun> last = lock.lastRun(JOB);
        if (last.isPresent() && last.get().finishedAt().plus(props.interval()).isAfter(now.plusSeconds(60))) {
            return Optional.empty();
        }
        if (!lock.tryTake(JOB, instance, now, props.lease())) {
            log.info("Retention: another instance runs it");
            return Optional.empty();
        }
        String summary = "failed";
        try {
            RetentionReport report = sweep(now);
            summary = report.summary();
            OpsEvent.RetentionRun.FinancialRecords pastLegalPeriod = null;
            if (props.financialRecords() != null) {
                Settlements.FinancialCounts old = settlements.olderThan(now.minus(props.financialRecords()));
                pastLegalPeriod = new OpsEvent.RetentionRun.FinancialRecords(old.lists(), old.invoiceBatches(),
                        old.insurerAnswers(), old.paymentRuns());
            }
            events.publish(report.event(instance, pastLegalPeriod));
            deadLettersAlert(now).ifPresent(events::publish);
            log.info("Retention run: {}", summary);
            return Optional.of(report);
        } finally {
            lock.release(JOB, instance, clock.instant(), summary);
        }
    }

    /** One pass at {@code now} over the SFTP server and the quarantine, with the configured policy. */
    RetentionReport sweep(Instant now) {
        try (SftpFolder server = openServer()) {
            return sweep(now, server);
        }
    }

    /** One pass at {@code now} over these folders and the quarantine. */
    public RetentionReport sweep(Instant now, RemoteFolder server) {
        return sweep(now, server, props.quarantineDir());
    }

    /** One pass at {@code now} over these folders and this quarantine folder. */
    public RetentionReport sweep(Instant now, RemoteFolder server, java.nio.file.Path quarantine) {
        return new RetentionSweep(props.policy(), settlements::of, practicesDir, archiveDir, ZoneId.systemDefault())
                .run(now, server, quarantine);
    }

    /** The SFTP server as the job reads it, with the intake's service account. */
    public SftpFolder openServer() {
        return SftpFolder.open(source, 30_000);
    }

    public Optional<RunLock.LastRun> lastRun() {
        return lock.lastRun(JOB);
    }

    private Optional<OpsEvent.DeadLettersKept> deadLettersAlert(Instant now) {
        List<DeadLetters.QueueSummary> queues;
        try {
            queues = deadLetters.queues();
        } catch (RuntimeException e) {
            log.warn("Retention: the dead-letter queues could not be read: {}", e.toString());
            return Optional.empty();
        }
        if (queues.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        queues.forEach(q -> counts.put(q.queue(), q.messages()));
        return Optional.of(new OpsEvent.DeadLettersKept(counts, now));
    }

    /** The folder a path names, its {@code .} and {@code ..} resolved, as the SFTP server takes it. */
    static String normalize(String path) {
        List<String> names = ServerPaths.names(path)
                .orElseThrow(() -> new IllegalArgumentException("a folder above the SFTP root: " + path));
        return (path.startsWith("/") ? "/" : "") + String.join("/", names);
    }

    private static String instanceName() {
        String hostName;
        try {
            hostName = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            hostName = "unknown";
        }
        return hostName + "/" + ProcessHandle.current().pid();
    }
}
