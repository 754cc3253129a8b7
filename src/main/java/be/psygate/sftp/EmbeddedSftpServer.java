package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.compression.BuiltinCompressions;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The gateway's own SFTP server (Apache MINA SSHD), where practices drop session lists and fetch answers.
 *
 * <ul>
 * <li>SFTP only: no shell, no exec, no port forwarding, no links.</li>
 * <li>Logins by password (BCrypt hash of the account) or public key (the account's OpenSSH key lines),
 * looked up in the {@link SftpAccountDirectory} at every login; keyboard-interactive is off.</li>
 * <li>Each practice is confined to {@code root/practices/<user>}, created with {@code in/}, {@code check/}
 * and {@code out/} at its first login; the service account sees the whole root.</li>
 * <li>A file open for writing is seen only by the session writing it, until it is closed: the gateway never
 * lists or reads an upload in progress, nor one cut off with its connection (see {@link UploadsInProgress}).</li>
 * <li>The host key is generated once and kept in {@link SftpProperties#hostKey()}; at each start the server
 * writes it to {@link SftpProperties#knownHosts()} for the gateway's own client.</li>
 * <li>A practice or an insurer keeps to its {@link HomeRules}; files and folders are created private
 * ({@link HomeRulesFileSystemAccessor}).</li>
 * <li>{@link SftpLimits}: connections per address and waiting to log in ({@link ConnectionLimits}), sessions per
 * user, open handles per session, authentication requests per connection and time to log in (SSHD's own
 * settings), and a growing delay after refused passwords ({@link LoginFailures}).</li>
 * <li>No SHA-1 MAC or key exchange is offered, and compression only after login ({@code zlib@openssh.com}), where
 * a client can no longer use it against the server before it is known.</li>
 * </ul>
 *
 * <p>As a {@link SmartLifecycle} it starts in {@link #PHASE}, before the Camel context, and stops after it.
 */
public class EmbeddedSftpServer implements SmartLifecycle {

    /** Below Camel's context ({@code Integer.MAX_VALUE - 2049}) and the web server's graceful shutdown. */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSftpServer.class);

    /** The shortest pause between two sweeps of the homes for files the server was not told of. */
    static final Duration SWEEP_MIN_PAUSE = Duration.ofMillis(500);
    /** The pause after a sweep, as a multiple of the time it took. */
    static final int SWEEP_PAUSE_FACTOR = 20;

    private final SftpProperties properties;
    private final SftpAccountDirectory directory;
    private final SftpHomes homes;
    private final LoginAlerts alerts;
    private final UploadArrivals arrivals;
    private final ServiceLoginFiles serviceLoginFiles;
    private SshServer sshd;
    private volatile UploadsInProgress uploads;
    private ScheduledExecutorService delayedLogins;
    private ScheduledExecutorService sweeps;
    private volatile int boundPort = -1;

    /**
     * @param properties the settings, with every path set (see {@link SftpProperties#withDefaultsUnder(Path)})
     * @param directory  where accounts are looked up at each login
     */
    public EmbeddedSftpServer(SftpProperties properties, SftpAccountDirectory directory) {
        this(properties, directory, LoginAlerts.NONE);
    }

    /**
     * @param alerts where bursts of refused logins are told, besides the log
     */
    public EmbeddedSftpServer(SftpProperties properties, SftpAccountDirectory directory, LoginAlerts alerts) {
        requirePath(properties.root(), "root");
        requirePath(properties.hostKey(), "host-key");
        requirePath(properties.knownHosts(), "known-hosts");
        this.properties = properties;
        this.directory = directory;
        this.homes = new SftpHomes(properties.root(), properties.serviceUser());
        this.alerts = alerts;
        this.arrivals = new UploadArrivals(homes);
        this.serviceLoginFiles = new ServiceLoginFiles(homes.root(), this::isHiddenFromTheServiceLogin,
                this::forgetUpload, () -> boundPort >= 0);
    }

    /**
     * Binds the port and accepts logins.
     *
     * @throws IllegalStateException when the host key cannot be read or created, or the port cannot be bound
     */
    @Override
    public synchronized void start() {
        if (sshd != null) {
            return;
        }
        PublicKey hostKey;
        try {
            homes.ensureRoot();
            KeyPair hostKeyPair = loadHostKey();
            hostKey = hostKeyPair.getPublic();
            delayedLogins = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sftp-delayed-login");
                thread.setDaemon(true);
                return thread;
            });
            sshd = newServer(hostKeyPair, delayedLogins);
            sshd.start();
            boundPort = sshd.getPort();
            KnownHostsFile.write(properties.knownHosts(), hostKey, boundPort, properties.host());
            if (arrivals.listened()) {
                startSweeps();
            }
        } catch (IOException | RuntimeException e) {
            stop();
            throw new IllegalStateException("Cannot start the SFTP server on " + properties.host() + ":"
                    + properties.port(), e);
        }
        log.info("SFTP server listening on {}:{}, root {}, host key {} {}", properties.host(), boundPort,
                properties.root(), KeyUtils.getKeyType(hostKey), KeyUtils.getFingerPrint(hostKey));
        if (properties.serviceAccountEnabled() && properties.usesDemoServicePassword()) {
            log.warn("The SFTP service account {} uses the demo password: set psygate.sftp.service-password",
                    properties.serviceUser());
        }
    }

    /** Closes the port and every open session. */
    @Override
    public synchronized void stop() {
        SshServer server = sshd;
        sshd = null;
        boundPort = -1;
        if (delayedLogins != null) {
            delayedLogins.shutdownNow();
            delayedLogins = null;
        }
        if (sweeps != null) {
            sweeps.shutdownNow();
            sweeps = null;
        }
        if (server == null) {
            return;
        }
        try {
            server.stop(true);
            log.info("SFTP server stopped");
        } catch (IOException e) {
            log.warn("SFTP server did not stop cleanly", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sshd != null && sshd.isStarted();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * @return the port the server listens on (the one picked by the system when configured with {@code 0})
     * @throws IllegalStateException when the server is not running
     */
    public int port() {
        int port = boundPort;
        if (port < 0) {
            throw new IllegalStateException("The SFTP server is not running");
        }
        return port;
    }

    /**
     * Whether the upload at {@code relativePath} (under {@code root/practices}, e.g. {@code alice/in/list.csv}) was
     * cut off with its connection and left so for longer than
     * {@link SftpLimits#incompleteUploadAnswerAfter}: what its content alone cannot tell.
     */
    public boolean isIncompleteUpload(String relativePath) {
        UploadsInProgress marks = uploads;
        if (marks == null) {
            return false;
        }
        Path file = homes.root().resolve("practices").resolve(relativePath).normalize();
        return homes.isPracticeHome(file) && marks.isIncomplete(file);
    }

    /** What the server tells the intake of the practices' uploads: when one ends, and which homes hold any. */
    public PracticeUploads practiceUploads() {
        return arrivals;
    }

    /**
     * The server's root as the gateway's service login sees it, read on the server's disk: uploads in progress or cut
     * off hidden as from that login, no link followed (see {@link ServiceLoginFiles}).
     */
    public ServiceLoginFiles serviceLoginFiles() {
        return serviceLoginFiles;
    }

    /** Whether a file on the disk is an upload the service login cannot see yet: in progress, or cut off. */
    private boolean isHiddenFromTheServiceLogin(Path file) {
        UploadsInProgress marks = uploads;
        return marks != null && marks.isHiddenFromOthers(file);
    }

    /** A file moved or removed on the disk by the gateway: what the server knew of its upload goes, as over SFTP. */
    private void forgetUpload(Path file) {
        UploadsInProgress marks = uploads;
        if (marks != null) {
            marks.forget(file);
        }
    }

    /** The settings in use (as given to the constructor). */
    public SftpProperties properties() {
        return properties;
    }

    /**
     * @return the home of a practice's SFTP user, {@code root/practices/<user>}
     * @throws IllegalArgumentException when the name is not valid (see {@link SftpUserNames}) or is the
     *                                  service account's
     */
    public Path homeOf(String user) {
        return homes.homeOf(user);
    }

    /**
     * Creates the account's home with {@code in/}, {@code check/} and {@code out/}, for instance when a
     * practice is registered; what exists is left as it is.
     *
     * @throws IllegalArgumentException when the home is not inside {@code root/practices}
     */
    public void ensureHome(SftpAccount account) {
        homes.ensureHome(account);
    }

    /**
     * Sweeps the practices' homes on the disk for files the server was not told of (see
     * {@link UploadArrivals#sweep}): at once, then again after {@link #SWEEP_PAUSE_FACTOR} times as long as the last
     * sweep took, and never sooner than {@link #SWEEP_MIN_PAUSE}: with a few practices a file dropped on the disk is
     * seen within half a second, with thousands the sweep takes a twentieth of one core at most.
     */
    private void startSweeps() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sftp-upload-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeps = executor;
        executor.execute(new Runnable() {
            @Override
            public void run() {
                long started = System.nanoTime();
                arrivals.sweep();
                long took = System.nanoTime() - started;
                long pause = Math.max(SWEEP_MIN_PAUSE.toNanos(), took * SWEEP_PAUSE_FACTOR);
                if (!executor.isShutdown()) {
                    try {
                        executor.schedule(this, pause, TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException stopping) {
                        // the server stops
                    }
                }
            }
        });
    }

    private KeyPair loadHostKey() throws IOException {
        Path file = properties.hostKey();
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<KeyPair> keys = new PersistentHostKeyProvider(file).loadKeys(null);
        if (keys.isEmpty() || !Files.isRegularFile(file)) {
            throw new IllegalStateException("No usable SFTP host key in " + file + " (see the log above)");
        }
        return keys.get(0);
    }

    private SshServer newServer(KeyPair hostKey, ScheduledExecutorService delayed) {
        SftpLimits limits = properties.limits();
        LoginFailures failures = new LoginFailures(limits, alerts, Clock.systemUTC());
        SftpAuthenticator authenticator = new SftpAuthenticator(directory, homes, properties, failures, delayed);
        uploads = new UploadsInProgress(Clock.systemUTC(), limits.incompleteUploadAnswerAfter());
        arrivals.hide(uploads::isHiddenFromOthers);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.setFileSystemAccessor(new UploadHidingFileSystemAccessor(uploads, homes, properties.serviceUser(),
                limits));
        sftp.setErrorStatusDataHandler(new SftpRefusal.Reasons());
        sftp.addSftpEventListener(uploads);
        // after the listener above, which shows a closed upload to the intake's listing
        sftp.addSftpEventListener(arrivals);
        ConnectionLimits connections = new ConnectionLimits(limits, properties.serviceUser());

        SshServer server = SshServer.setUpDefaultServer();
        server.setMacFactories(withoutSha1(server.getMacFactories()));
        server.setKeyExchangeFactories(withoutSha1(server.getKeyExchangeFactories()));
        server.setCompressionFactories(List.of(BuiltinCompressions.none, BuiltinCompressions.delayedZlib));
        server.setHost(properties.host());
        server.setPort(properties.port());
        server.setKeyPairProvider(session -> List.of(hostKey));
        // only these two: a password authenticator would otherwise also enable keyboard-interactive
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
        server.setPasswordAuthenticator(authenticator);
        server.setPublickeyAuthenticator(authenticator);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setShellFactory(null);
        server.setCommandFactory(null);
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new SftpHomeFileSystemFactory(homes, properties.serviceUser()));
        server.addSessionListener(new SftpLoginListener());
        server.addSessionListener(uploads);
        server.addSessionListener(connections);
        // replies at once: with Nagle's algorithm a small reply waits for the client's delayed ACK (up to 40 ms)
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        CoreModuleProperties.IDLE_TIMEOUT.set(server, properties.idleTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(server, limits.authTimeout());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, limits.maxAuthAttempts());
        CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(server, limits.maxSessionsPerUser());
        SftpModuleProperties.MAX_OPEN_HANDLES_PER_SESSION.set(server, limits.maxOpenHandles());
        return server;
    }

    /** The algorithms whose name does not mention SHA-1 ({@code hmac-sha1*}, {@code *-sha1} key exchanges). */
    private static <T extends NamedResource> List<T> withoutSha1(List<T> factories) {
        return factories.stream().filter(f -> !f.getName().contains("sha1")).toList();
    }

    private static void requirePath(Path path, String property) {
        if (path == null) {
            throw new IllegalArgumentException("psygate.sftp." + property + " is not set");
        }
    }
}
