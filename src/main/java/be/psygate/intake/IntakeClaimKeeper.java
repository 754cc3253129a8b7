package be.psygate.intake;

import be.psygate.sftp.EmbeddedSftpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps this gateway instance's record and the intake's claims: registers the instance as it starts
 * ({@link GatewayInstance#register()}, which takes the claims of its earlier self on the same host and work folder
 * for dead), writes its heartbeat every {@link GatewayInstance#heartbeatInterval()}, removes its record as it stops
 * cleanly; renews the claims of the uploads in flight every
 * {@code renewal} (a third of {@code psygate.intake.claim-lease}), and deletes the claims older than
 * {@code psygate.intake.claim-retention} every {@code psygate.intake.claim-eviction-interval}.
 *
 * <p>On a thread of its own, so that no other scheduled task (a broker that does not answer, a slow query) can
 * delay a renewal past the lease. It runs from before the Camel context starts until after it stopped, so that the
 * uploads a stopping gateway finishes keep their claims to the end.
 */
final class IntakeClaimKeeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeClaimKeeper.class);

    private final IntakeClaims claims;
    private final GatewayInstance instance;
    private final Duration lease;
    private final Duration renewal;
    private final Duration retention;
    private final Duration evictionInterval;
    private ThreadPoolTaskScheduler scheduler;

    /** The lease, renewal, retention and eviction interval are the intake's {@code claim-*} settings. */
    IntakeClaimKeeper(IntakeClaims claims, GatewayInstance instance, IntakeProperties props) {
        this.claims = claims;
        this.instance = instance;
        this.lease = props.claimLease();
        this.renewal = props.claimRenewal();
        this.retention = props.claimRetention();
        this.evictionInterval = props.claimEvictionInterval();
    }

    void renew() {
        try {
            claims.renewInFlight();
        } catch (RuntimeException e) {
            log.warn("The claims of the uploads in flight could not be renewed ({}): tried again in {}",
                    e.getMessage(), renewal);
        }
    }

    void heartbeat() {
        try {
            instance.heartbeat();
        } catch (RuntimeException e) {
            log.warn("This instance's heartbeat could not be written ({}): tried again in {}; without one for {}, "
                    + "other instances take its claims over", e.getMessage(), instance.heartbeatInterval(),
                    instance.deadAfter());
        }
    }

    void evict() {
        try {
            int evicted = claims.evictOlderThan(retention);
            if (evicted > 0) {
                log.info("{} intake claims older than {} deleted", evicted, retention);
            }
        } catch (RuntimeException e) {
            log.warn("The intake claims older than {} could not be deleted ({}): tried again in {}", retention,
                    e.getMessage(), evictionInterval);
        }
    }

    @Override
    public void start() {
        instance.register();
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setThreadNamePrefix("intake-claims-");
        s.setDaemon(true);
        // the heartbeat never waits behind a slow renewal or eviction
        s.setPoolSize(3);
        s.initialize();
        s.scheduleWithFixedDelay(this::heartbeat, Instant.now().plus(instance.heartbeatInterval()),
                instance.heartbeatInterval());
        s.scheduleWithFixedDelay(this::renew, Instant.now().plus(renewal), renewal);
        s.scheduleWithFixedDelay(this::evict, Instant.now().plus(Duration.ofMinutes(1)), evictionInterval);
        scheduler = s;
        log.info("Intake claims: renewed every {} while in flight (lease {}), deleted once older than {}", renewal,
                lease, retention);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
            try {
                instance.deregister();
            } catch (RuntimeException e) {
                log.warn("This instance's record could not be removed as it stopped ({}): it is dead once its "
                        + "heartbeat is {} old", e.getMessage(), instance.deadAfter());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Starts before the Camel context (and the embedded SFTP server), stops after them. */
    @Override
    public int getPhase() {
        return EmbeddedSftpServer.PHASE - 1;
    }
}
