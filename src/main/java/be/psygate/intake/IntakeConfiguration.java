package be.psygate.intake;

import be.psygate.sftp.PracticeFolders;
import be.psygate.sftp.PracticeUploads;
import be.psygate.sftp.ServiceLoginFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The database claim that keeps every upload to one gateway instance (naming this instance, recorded with its
 * heartbeat; a lease, renewed and evicted by {@link IntakeClaimKeeper}), the poll strategy that repairs it, and the filter of names too long to answer.
 */
@Configuration
class IntakeConfiguration {

    @Bean
    GatewayInstance gatewayInstance(DataSource dataSource, IntakeProperties props) {
        // the wall clock: heartbeats are compared across instances, whatever "today" the gateway is pinned at
        return new GatewayInstance(dataSource, hostName(), props.workDir().toAbsolutePath().normalize().toString(),
                props.instanceDeadAfter(), Clock.systemUTC());
    }

    @Bean
    IntakeClaims intakeClaims(DataSource dataSource, IntakeProperties props, GatewayInstance gatewayInstance) {
        // the wall clock: claims are compared across instances, whatever "today" the gateway is pinned at
        return new IntakeClaims(dataSource, props.claimLease(), Clock.systemUTC(), gatewayInstance);
    }

    /** The uploads being taken in, by path: one set of marks for both readers (see {@link UploadsBeingTaken}). */
    @Bean
    UploadsBeingTaken intakeInProgress() {
        return new UploadsBeingTaken();
    }

    /** Gives back the claims of a failed poll, and polls again at once after a full batch handled. */
    @Bean
    ReleasingPollStrategy intakePollStrategy(IntakeClaims intakeClaims, SignalledPollScheduler intakePollScheduler) {
        return new ReleasingPollStrategy(intakeClaims, intakePollScheduler::signal);
    }

    /** The same, for the second reader of the homes ({@code intake-practice-lists-2}). */
    @Bean
    ReleasingPollStrategy intakeSecondPollStrategy(IntakeClaims intakeClaims,
                                                   SignalledPollScheduler intakeSecondPollScheduler) {
        return new ReleasingPollStrategy(intakeClaims, intakeSecondPollScheduler::signal);
    }

    @Bean
    IntakeClaimKeeper intakeClaimKeeper(IntakeClaims intakeClaims, GatewayInstance gatewayInstance,
                                        IntakeProperties props) {
        return new IntakeClaimKeeper(intakeClaims, gatewayInstance, props);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown" : fromEnvironment;
        }
    }

    @Bean
    LocalCopies intakeLocalCopies(IntakeProperties props) {
        return new LocalCopies(props.workDir().resolve("downloads"), props.maxFileBytes());
    }

    @Bean
    IntakeNameFilter intakeNameFilter(ObjectProvider<PracticeUploads> uploads, Environment env) {
        PracticeUploads embedded = readsEmbeddedServer(env) ? uploads.getIfAvailable() : null;
        return embedded == null ? new IntakeNameFilter() : new IntakeNameFilter(embedded::mayHoldUploads);
    }

    /**
     * How the answers reach the practices' {@code out/}: on the embedded server's own disk when the intake reads it
     * (and {@code psygate.intake.local-files} is not false), else over SFTP.
     */
    @Bean
    AnswerDelivery intakeAnswers(ObjectProvider<PracticeFolders> folders, IntakeProperties props, Environment env) {
        boolean local = readsEmbeddedServer(env) && props.localFiles();
        return new AnswerDelivery(local ? folders.getIfAvailable() : null);
    }

    /**
     * The intake's poll schedule: every poll delay, and at once when the embedded SFTP server says an upload ended
     * in a practice's {@code in/} or {@code check/}.
     */
    @Bean
    SignalledPollScheduler intakePollScheduler(ObjectProvider<PracticeUploads> uploads, Environment env) {
        return signalledPollScheduler(uploads, env);
    }

    /** The second reader's schedule ({@code intake-practice-lists-2}): a scheduler serves one consumer. */
    @Bean
    SignalledPollScheduler intakeSecondPollScheduler(ObjectProvider<PracticeUploads> uploads, Environment env) {
        return signalledPollScheduler(uploads, env);
    }

    private static SignalledPollScheduler signalledPollScheduler(ObjectProvider<PracticeUploads> uploads,
                                                                 Environment env) {
        SignalledPollScheduler scheduler = new SignalledPollScheduler();
        PracticeUploads embedded = readsEmbeddedServer(env) ? uploads.getIfAvailable() : null;
        if (embedded != null) {
            embedded.onUpload(scheduler::signal);
        }
        return scheduler;
    }

    /**
     * The intake's consumer ({@code psygate-sftp:} in {@code routes/intake.yaml}): Camel's SFTP consumer, which
     * against the embedded server lists only the folders the server says hold an upload, and (unless
     * {@code psygate.intake.local-files} is false) reads, checks and moves them on the server's disk as the service
     * login sees them, without an SFTP round trip.
     */
    @Bean("psygate-sftp")
    NotedHomesSftpComponent intakeSftpComponent(ObjectProvider<PracticeUploads> uploads,
                                                ObjectProvider<ServiceLoginFiles> files, IntakeProperties props,
                                                Environment env) {
        boolean embedded = readsEmbeddedServer(env);
        boolean local = embedded && props.localFiles() && logsInAsServiceAccount(env);
        return new NotedHomesSftpComponent(embedded ? uploads.getIfAvailable() : null,
                local ? files.getIfAvailable() : null);
    }

    /** Whether the intake logs in as the embedded server's service account, whose home is the server's root. */
    private static boolean logsInAsServiceAccount(Environment env) {
        String user = env.getProperty("psygate.intake.username", "");
        return !user.isEmpty() && user.equals(env.getProperty("psygate.sftp.service-user"));
    }

    /**
     * Whether the intake reads the practices' homes from the gateway's own embedded server (the default), whose
     * uploads and folders the gateway knows without asking over SFTP; not when it reads an external server.
     */
    static boolean readsEmbeddedServer(Environment env) {
        String host = env.getProperty("psygate.intake.host", "");
        return env.getProperty("psygate.sftp.enabled", Boolean.class, true)
                && ("127.0.0.1".equals(host) || "localhost".equals(host) || "::1".equals(host))
                && env.getProperty("psygate.intake.port", "").equals(env.getProperty("psygate.sftp.port", "?"))
                && "practices".equals(env.getProperty("psygate.intake.directory"));
    }
}
