package be.psygate.ops;

import be.psygate.ops.CrashWorkload.CrashList;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPostgres;
import be.psygate.support.TestResources;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash tests (issue "Operations and reliability"): the gateway runs as a child process on the tests' classpath and
 * is killed ({@code kill -9}) at random moments while it takes in many lists, then started again on the same data
 * (H2 file database, Artemis journal, SFTP root); the broker, in a process of its own, is killed the same way; two
 * gateways share one PostgreSQL and one broker. Afterwards every line is in the ledger exactly once, every list is
 * answered exactly once and has left {@code in/}, every billable list is announced exactly once on
 * {@code psygate.sessions.accepted}, and, with two gateways, every accepted session is on one invoice line of one
 * batch, delivered once.
 *
 * <p>The moments are drawn from a seeded random: the seed is printed, and {@code -Dpsygate.crash.seed=<seed>}
 * draws the same moments again (the same lists too; the machine's speed still varies). Every kill is printed with
 * its time, and the children's consoles and logs stay in {@code target/test-logs/crash/}.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashIT {

    static final long SEED = Long.getLong("psygate.crash.seed", System.nanoTime());
    /**
     * The lists a killed gateway had claimed and not finished are all answered within this of the restart's health
     * UP, with the default settings (no shortened claim lease): the claims of a dead instance are recognised at once.
     */
    static final Duration BACK_WITHIN = Duration.ofSeconds(15);
    static final Duration STARTUP = Duration.ofSeconds(150);
    static final Duration ALL_DONE = Duration.ofSeconds(150);
    static final String STARTED = "Started PsyGateApplication";
    static final String ACCEPTED_SESSIONS = "psygate.sessions.accepted";
    static final String INSURER_200 = "psygate.invoices.200";
    /** The gateway's login on its embedded broker, given to the child so that the checks can read its queues. */
    static final String BROKER_USER = "psygate";
    static final String BROKER_PASSWORD = "crash-" + Long.toHexString(new SecureRandom().nextLong());

    private final List<ChildJvm> children = new ArrayList<>();
    /** Claim settings the gateways of a test are given beyond the defaults (none but in the SIGTERM case). */
    private List<String> claimSettings = List.of();
    private final List<Runnable> cleanups = new ArrayList<>();
    private Instant t0;
    private Path logs;

    @BeforeAll
    static void seed() {
        System.out.println("[crash] seed " + SEED + " (again: -Dpsygate.crash.seed=" + SEED + ")");
    }

    @AfterEach
    void stopEveryChild() {
        List<ChildJvm> reversed = new ArrayList<>(children);
        Collections.reverse(reversed);
        for (ChildJvm child : reversed) {
            try {
                child.stop(Duration.ofSeconds(20));
            } catch (RuntimeException e) {
                System.out.println("[crash] could not stop " + child.name() + ": " + e);
            }
        }
        cleanups.forEach(Runnable::run);
    }

    @Test
    void theGatewayKilledAtRandomWhileItTakesInListsStoresAndAnswersEachListOnce() throws Exception {
        Random random = new Random(SEED);
        CrashWorkload work = new CrashWorkload("ka", random, 4, 140, 20, 60);
        Path run = runDir("gateway-killed");
        Path data = run.resolve("data");
        Path root = data.resolve("sftp/practices");
        int brokerPort = TestResources.freePort();
        ChildJvm gateway = gateway("gateway", run, data, work, List.of(
                "--psygate.broker.acceptor=tcp://127.0.0.1:" + brokerPort,
                "--psygate.broker.users.gateway.user=" + BROKER_USER,
                "--psygate.broker.users.gateway.password=" + BROKER_PASSWORD));

        // half the lists before the first start, the other half once the gateway was killed once
        int half = work.lists().size() / 2;
        work.drop(root, 0, half);
        start(gateway);
        boolean allDropped = false;
        String h2 = "jdbc:h2:file:" + data.resolve("db/psygate").toAbsolutePath();
        for (int kill = 1; kill <= 3; kill++) {
            boolean killed = kill == 2 ? killBetweenAnswerAndMove(gateway, work, root)
                    : killAfterMoreAnswers(gateway, work, root, 4 + random.nextInt(18), random);
            if (!killed) {
                break;
            }
            List<String> inFlight;
            try (java.sql.Connection db = DriverManager.getConnection(h2, "sa", "")) {
                inFlight = claimedAndStillWaiting(db, root);
            }
            if (!allDropped) {
                work.drop(root, half, work.lists().size());
                allDropped = true;
            }
            start(gateway);
            assertAnsweredSoonAfterHealthUp(gateway, work, root, inFlight);
        }
        if (!allDropped) {
            work.drop(root, half, work.lists().size());
        }
        awaitAllDoneThenCheckTheLedger(work, root, gateway, data, brokerPort);
    }

    @Test
    void theBrokerKilledAtRandomWhileTheGatewayAnnouncesListsLosesAndDoublesNothing() throws Exception {
        Random random = new Random(SEED + 1);
        CrashWorkload work = new CrashWorkload("kb", random, 3, 120, 20, 60);
        Path run = runDir("broker-killed");
        Path data = run.resolve("data");
        Path root = data.resolve("sftp/practices");
        int brokerPort = TestResources.freePort();
        ChildJvm broker = broker(run, brokerPort);
        ChildJvm gateway = gateway("gateway", run, data, work, nativeBroker(brokerPort));

        start(broker);
        start(gateway);
        work.drop(root, 0, work.lists().size());
        for (int kill = 1; kill <= 2; kill++) {
            if (!killAfterMoreAnswers(broker, work, root, 8 + random.nextInt(25), random)) {
                break;
            }
            if (kill == 2) {
                // a longer outage: the broker stays down until the intake failed on it (or for at most 20 s)
                long failuresBefore = intakeFailures(gateway);
                try {
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                            .until(() -> intakeFailures(gateway) > failuresBefore);
                    printf("the intake failed on the broker's absence: broker started again");
                } catch (ConditionTimeoutException e) {
                    printf("the intake did not fail within 20 s of the broker's absence: broker started again");
                }
            }
            start(broker);
        }
        awaitAllDoneThenCheckTheLedger(work, root, gateway, data, brokerPort);
    }

    /** Waits until every list is answered, stops the gateway, then checks its H2 ledger and the broker's queue. */
    private void awaitAllDoneThenCheckTheLedger(CrashWorkload work, Path root, ChildJvm gateway, Path data,
                                                int brokerPort) throws Exception {
        awaitAllDone(work, root, gateway);
        Map<Long, Integer> notices = awaitNotices("tcp://127.0.0.1:" + brokerPort, work);
        gateway.stop(Duration.ofSeconds(30));
        try (java.sql.Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db/psygate").toAbsolutePath(), "sa", "")) {
            assertNothingLostNothingDoubled(work, root, db, notices);
        }
    }

    @Test
    void twoGatewaysOnOnePostgresAndOneBrokerTakeEachListOnceAndBillEachSessionOnce() throws Exception {
        Random random = new Random(SEED + 2);
        CrashWorkload work = new CrashWorkload("kc", random, 4, 140, 20, 60);
        TwoGateways two = twoGateways(runDir("two-gateways"), work);
        ChildJvm a = two.a();
        ChildJvm b = two.b();
        Path root = two.root();
        // B dies with lists claimed: A takes them over once B's heartbeat is old, or B as it starts again
        if (killAfterMoreAnswers(b, work, root, 10 + random.nextInt(30), random)) {
            List<String> inFlight;
            try (java.sql.Connection db = two.database()) {
                inFlight = claimedAndStillWaiting(db, root);
            }
            start(b);
            assertAnsweredSoonAfterHealthUp(b, work, root, inFlight);
        }
        awaitAllDone(work, root, a);

        Map<Long, Integer> notices = awaitNotices(two.brokerUrl(), work);
        try (java.sql.Connection db = two.database()) {
            assertNothingLostNothingDoubled(work, root, db, notices);
            printf("lists taken in by each gateway: %s", takenBy(a, b));

            // both gateways are asked for a billing run at the same moment
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> runA = CompletableFuture.supplyAsync(() -> billingRun(a, go));
            CompletableFuture<HttpResponse<String>> runB = CompletableFuture.supplyAsync(() -> billingRun(b, go));
            go.countDown();
            assertBillingRunAnswered("billing run on A", runA.get(2, TimeUnit.MINUTES));
            assertBillingRunAnswered("billing run on B", runB.get(2, TimeUnit.MINUTES));
            assertEverySessionBilledOnce(work, db, two);
        }
    }

    /**
     * The graceful stop: of two gateways, B is sent SIGTERM while it takes lists in, and again while it makes a
     * billing run. Each time it stops by itself within the grace period, having finished or given back what it held:
     * a claim's lease (10 minutes) and an instance's death (9 minutes without a heartbeat) are long here, so a claim B
     * kept would hold its list past the test's patience; A takes in everything else, and the billing run B finished
     * leaves nothing for A's run to deliver twice.
     */
    @Test
    void aGatewayStoppedWithSigtermMidIntakeAndMidBillingHandsOverAndLosesAndDoublesNothing() throws Exception {
        Random random = new Random(SEED + 3);
        CrashWorkload work = new CrashWorkload("kt", random, 4, 140, 20, 60);
        // neither an old claim's lease nor a stopped instance's heartbeat frees a claim within the test's patience
        claimSettings = List.of("--psygate.intake.claim-lease=PT10M", "--psygate.intake.instance-dead-after=PT9M");
        TwoGateways two = twoGateways(runDir("sigterm"), work);
        ChildJvm a = two.a();
        ChildJvm b = two.b();
        Path root = two.root();
        long target = 10 + random.nextInt(30);
        await().atMost(ALL_DONE).pollInterval(Duration.ofMillis(20 + random.nextInt(200)))
                .until(() -> work.answered(root) >= target || work.allDone(root));
        sigterm(b, work.answered(root) + " lists answered, " + work.waiting(root) + " files in in/");
        awaitAllDone(work, root, a);
        try (java.sql.Connection db = two.database()) {
            Map<Long, Integer> notices = awaitNotices(two.brokerUrl(), work);
            assertNothingLostNothingDoubled(work, root, db, notices);
            printf("lists taken in by each gateway: %s", takenBy(a, b));

            start(b);
            CountDownLatch go = new CountDownLatch(1);
            go.countDown();
            CompletableFuture<HttpResponse<String>> runB = CompletableFuture.supplyAsync(() -> billingRun(b, go));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).pollInSameThread()
                    .until(() -> runB.isDone() || CrashWorkload.single(db, "select count(*) from billing_run") > 0);
            sigterm(b, runB.isDone() ? "its billing run already answered" : "its billing run under way");
            assertBillingRunAnswered("B's billing run, finished before B stopped", runB.get(2, TimeUnit.MINUTES));
            assertBillingRunAnswered("billing run on A", billingRun(a, go));
            assertEverySessionBilledOnce(work, db, two);
        }
    }

    /**
     * The broker pair (issue "Run it for years"): the gateway's broker is a live/backup pair of real Artemis brokers
     * replicating their journal ({@code .ci/artemis/pair}), its URL the list of both with fail-over. The active broker
     * is killed ({@code kill -9}) while lists are taken in: the backup takes over; the primary is started again and
     * joins it as its backup; the active broker is killed again while a billing run delivers its batches, and the
     * primary takes over. Every list
     * is answered once and announced once (duplicate detection across the fail-over), every batch delivered once.
     * Runs when {@code PSYGATE_ARTEMIS_HOME} names the Artemis distribution ({@code .ci/run} sets it).
     */
    @Test
    void theActiveBrokerOfAReplicatedPairKilledTwiceLosesAndDoublesNothing() throws Exception {
        Path home = ArtemisPair.home();
        org.junit.jupiter.api.Assumptions.assumeTrue(home != null,
                "PSYGATE_ARTEMIS_HOME does not name an Artemis distribution");
        Random random = new Random(SEED + 4);
        CrashWorkload work = new CrashWorkload("kp", random, 3, 120, 20, 60);
        Path run = runDir("broker-pair");
        Path data = run.resolve("data");
        Path root = data.resolve("sftp/practices");
        ArtemisPair pair = ArtemisPair.create(home, run.resolve("pair"), logs, BROKER_USER, BROKER_PASSWORD,
                TestResources.freePort(), TestResources.freePort());
        cleanups.add(pair::close);
        pair.start(ArtemisPair.Node.PRIMARY, ArtemisPair.ACTIVE, STARTUP);
        pair.start(ArtemisPair.Node.BACKUP, ArtemisPair.SYNCHRONIZED, STARTUP);
        printf("broker pair: primary pid %d, backup pid %d, synchronized; client URL %s",
                pair.pid(ArtemisPair.Node.PRIMARY), pair.pid(ArtemisPair.Node.BACKUP), pair.url());
        ChildJvm gateway = gateway("gateway", run, data, work, List.of("--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + pair.url(),
                "--spring.artemis.user=" + BROKER_USER, "--spring.artemis.password=" + BROKER_PASSWORD,
                "--spring.artemis.embedded.enabled=false", "--psygate.broker.acceptor="));
        start(gateway);
        work.drop(root, 0, work.lists().size());

        long target = 8 + random.nextInt(25);
        await().atMost(ALL_DONE).pollInterval(Duration.ofMillis(20 + random.nextInt(200)))
                .until(() -> work.answered(root) >= target || work.allDone(root));
        pair.kill(ArtemisPair.Node.PRIMARY);
        printf("KILL -9 the primary broker at +%.1f s: %d lists answered, %d files in in/",
                secondsSinceStart(), work.answered(root), work.waiting(root));
        pair.awaitConsole(ArtemisPair.Node.BACKUP, ArtemisPair.ACTIVE, Duration.ofSeconds(60));
        printf("the backup is active at +%.1f s", secondsSinceStart());
        awaitAllDone(work, root, gateway);

        // the primary again: it joins the active backup as its backup and catches up
        pair.start(ArtemisPair.Node.PRIMARY, ArtemisPair.SYNCHRONIZED, STARTUP);
        printf("the primary is the backup's backup, synchronized, at +%.1f s",
                secondsSinceStart());

        CountDownLatch go = new CountDownLatch(1);
        go.countDown();
        CompletableFuture<HttpResponse<String>> billing = CompletableFuture.supplyAsync(() -> billingRun(gateway, go));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).pollInSameThread()
                .until(() -> billing.isDone() || gateway.consoleText().contains("BATCH_DELIVERED"));
        pair.kill(ArtemisPair.Node.BACKUP);
        printf("KILL -9 the active broker (the backup) at +%.1f s, %s",
                secondsSinceStart(),
                billing.isDone() ? "the billing run already answered" : "while the billing run delivers");
        HttpResponse<String> answer = billing.get(3, TimeUnit.MINUTES);
        printf("billing run: %d %s", answer.statusCode(),
                answer.body().length() > 300 ? answer.body().substring(0, 300) + "..." : answer.body());
        pair.awaitConsole(ArtemisPair.Node.PRIMARY, ArtemisPair.ACTIVE, Duration.ofSeconds(60));
        // a batch whose delivery failed across the fail-over is parked; a second run delivers what is pending
        HttpResponse<String> again = billingRun(gateway, go);
        printf("billing run again: %d %s", again.statusCode(),
                again.body().length() > 300 ? again.body().substring(0, 300) + "..." : again.body());

        Map<Long, Integer> notices = awaitNotices(pair.url(), work);
        Map<Long, Integer> invoices = messagesOnQueue(pair.url(), INSURER_200, "PsyGateBatch");
        gateway.stop(Duration.ofSeconds(60));
        try (java.sql.Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db/psygate").toAbsolutePath(), "sa", "")) {
            assertNothingLostNothingDoubled(work, root, db, notices);
            assertNoBillingProblems(billingProblems(work, db, data.resolve("sftp"), invoices, true));
        }
    }

    /** The two gateways' billing runs: every accepted session on one batch, delivered once, on its channel. */
    private static void assertEverySessionBilledOnce(CrashWorkload work, java.sql.Connection db, TwoGateways two)
            throws Exception {
        Map<Long, Integer> invoices = messagesOnQueue(two.brokerUrl(), INSURER_200, "PsyGateBatch");
        assertNoBillingProblems(billingProblems(work, db, two.sftpRoot(), invoices));
    }

    private static void assertNoBillingProblems(List<String> problems) {
        assertThat(problems).as("billing problems:\n" + String.join("\n", problems)).isEmpty();
    }

    private static void assertBillingRunAnswered(String which, HttpResponse<String> answer) {
        printf("%s: %d %s", which, answer.statusCode(), answer.body());
        assertThat(answer.statusCode()).as(which).isEqualTo(200);
    }

    /** SIGTERM: the gateway drains and ends by itself within the grace period the compose example gives (60 s). */
    private void sigterm(ChildJvm child, String when) {
        Instant sent = Instant.now();
        printf("SIGTERM %s (pid %d) at +%.1f s: %s", child.name(), child.pid(),
                Duration.between(t0, sent).toMillis() / 1000.0, when);
        boolean byItself = child.terminate(Duration.ofSeconds(60));
        printf("%s ended %s %.1f s after SIGTERM", child.name(), byItself ? "by itself" : "KILLED",
                Duration.between(sent, Instant.now()).toMillis() / 1000.0);
        assertThat(byItself).as(child.name() + " stopped within the grace period:\n" + child.tail(40)).isTrue();
        assertThat(child.consoleText()).as("drained").contains("Draining: readiness down");
    }

    // --- the children

    private ChildJvm gateway(String name, Path run, Path data, CrashWorkload work, List<String> extra)
            throws IOException {
        return gateway(name, run, data, work, extra, TestResources.freePort());
    }

    private ChildJvm gateway(String name, Path run, Path data, CrashWorkload work, List<String> extra, int sftpPort)
            throws IOException {
        Files.createDirectories(data);
        Path practices = work.writePracticesYaml(run.resolve(name + "-practices.yaml"));
        List<String> args = new ArrayList<>(List.of(
                "--psygate.data-dir=" + data.toAbsolutePath(),
                "--server.port=" + TestResources.freePort(),
                "--psygate.sftp.port=" + sftpPort,
                "--psygate.clock.fixed=" + GatewayTest.TODAY,
                "--psygate.demo.data=file:" + practices.toAbsolutePath(),
                "--psygate.intake.poll-delay=200",
                "--psygate.intake.read-lock-check-interval=100",
                "--psygate.intake.read-lock-timeout=10000",
                "--psygate.simulated-insurer.enabled=false",
                "--psygate.billing.schedule-enabled=false",
                "--psygate.payments.schedule-enabled=false",
                "--psygate.ops.queue-depth-interval=PT1H"));
        args.addAll(claimSettings);
        args.addAll(extra);
        ChildJvm child = new ChildJvm(name, logs, "be.psygate.PsyGateApplication", List.of(), args);
        children.add(child);
        child.httpPort = Integer.parseInt(args.get(1).substring("--server.port=".length()));
        return child;
    }

    /**
     * Two gateways on one PostgreSQL schema of their own (dropped after the test) and one broker, all started, the
     * run's lists dropped: A serves SFTP (the practices' homes and the insurers' folders); B reads and writes them
     * through A's server.
     */
    private TwoGateways twoGateways(Path run, CrashWorkload work) throws IOException {
        String schema = TestPostgres.newSchemaName("psygate_crash_");
        cleanups.add(() -> dropSchema(schema));
        String dbUrl = TestPostgres.urlOf(schema);
        int brokerPort = TestResources.freePort();
        ChildJvm broker = broker(run, brokerPort);
        List<String> shared = new ArrayList<>(nativeBroker(brokerPort));
        shared.addAll(List.of("--spring.datasource.url=" + dbUrl + "&reWriteBatchedInserts=true",
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=" + TestPostgres.PASSWORD,
                "--spring.flyway.schemas=" + schema));
        Path dataA = run.resolve("data-a");
        int sftpPort = TestResources.freePort();
        ChildJvm a = gateway("gateway-a", run, dataA, work, shared, sftpPort);
        List<String> throughA = new ArrayList<>(shared);
        String knownHosts = dataA.resolve("known_hosts").toAbsolutePath().toString();
        throughA.addAll(List.of("--psygate.sftp.enabled=false",
                "--psygate.intake.port=" + sftpPort, "--psygate.intake.known-hosts=" + knownHosts,
                "--psygate.billing.sftp.port=" + sftpPort, "--psygate.billing.sftp.known-hosts=" + knownHosts));
        ChildJvm b = gateway("gateway-b", run, run.resolve("data-b"), work, throughA);
        TwoGateways two = new TwoGateways(a, b, dataA.resolve("sftp"), schema, "tcp://127.0.0.1:" + brokerPort);
        start(broker);
        start(a);
        start(b);
        work.drop(two.root(), 0, work.lists().size());
        return two;
    }

    /** The two gateways of {@link #twoGateways}, with where their shared SFTP root, database and broker are. */
    private record TwoGateways(ChildJvm a, ChildJvm b, Path sftpRoot, String schema, String brokerUrl) {

        Path root() {
            return sftpRoot.resolve("practices");
        }

        java.sql.Connection database() throws java.sql.SQLException {
            return TestPostgres.connect(schema);
        }
    }

    private ChildJvm broker(Path run, int port) {
        ChildJvm child = new ChildJvm("broker", logs, CrashBroker.class.getName(), List.of(),
                List.of(run.resolve("broker").toAbsolutePath().toString(), String.valueOf(port)));
        children.add(child);
        return child;
    }

    private static List<String> nativeBroker(int port) {
        return List.of("--spring.artemis.mode=native",
                "--spring.artemis.broker-url=tcp://127.0.0.1:" + port,
                "--spring.artemis.embedded.enabled=false",
                "--psygate.broker.acceptor=");
    }

    private void start(ChildJvm child) {
        Instant started = Instant.now();
        child.start();
        child.awaitConsole(child.name().equals("broker") ? CrashBroker.READY : STARTED, STARTUP);
        printf("%s started (start %d, pid %d) in %.1f s", child.name(), child.starts(), child.pid(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /**
     * Waits for {@code more} answers beyond those already written, then kills {@code child} with {@code kill -9};
     * false (nothing killed) when every list is done first. The answers are counted at random intervals, so that
     * the kill falls at a random point of the list being taken in.
     */
    /**
     * Kills {@code child} ({@code kill -9}) in the narrow moment between a list's answer and its move to the
     * archive, looked for every few milliseconds; when not seen within a while, at the moment the looking ends.
     * False (nothing killed) when every list is done first.
     */
    private boolean killBetweenAnswerAndMove(ChildJvm child, CrashWorkload work, Path root) {
        boolean seen;
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(3)).pollInSameThread()
                    .until(() -> work.answeredButNotGone(root) || work.allDone(root));
            seen = !work.allDone(root);
        } catch (ConditionTimeoutException e) {
            seen = false;
        }
        if (work.allDone(root)) {
            printf("every list was done before the kill of %s was due", child.name());
            return false;
        }
        child.kill();
        printf("KILL -9 %s (pid %d) at +%.1f s %s: %d lists answered, %d files in in/", child.name(), child.pid(),
                secondsSinceStart(),
                seen ? "between a list's answer and its move" : "(no list seen between answer and move)",
                work.answered(root), work.waiting(root));
        return true;
    }

    /**
     * The lists in flight when a gateway was killed: claimed in the database (by any instance), still in
     * {@code in/}. Read between the kill and the restart.
     */
    private static List<String> claimedAndStillWaiting(java.sql.Connection db, Path root) throws Exception {
        List<String> inFlight = new ArrayList<>();
        for (Map<String, Object> claim : CrashWorkload.rows(db, "select messageId from camel_messageprocessed "
                + "where processorName = 'intake-practice-lists'")) {
            // the claim's key is <path>-<size>-<modified>
            String key = (String) claim.values().iterator().next();
            String path = key.substring(0, key.lastIndexOf('-', key.lastIndexOf('-') - 1));
            if (Files.exists(root.resolve(path))) {
                inFlight.add(path);
            }
        }
        return inFlight;
    }

    /**
     * Waits for the restarted gateway's health to be UP, then for every list in flight at the kill to be answered
     * and gone from {@code in/}; asserts that it took at most {@link #BACK_WITHIN} from health UP, and prints it.
     */
    private void assertAnsweredSoonAfterHealthUp(ChildJvm child, CrashWorkload work, Path root,
                                                 List<String> inFlight) {
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> healthUp(child));
        Instant up = Instant.now();
        try {
            await().atMost(ALL_DONE).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .until(() -> inFlight.stream().allMatch(path -> answeredAndGone(root, path)));
        } catch (ConditionTimeoutException e) {
            throw stuck(work, root, child, "the lists in flight at the kill were not answered within " + ALL_DONE, e);
        }
        Duration took = Duration.between(up, Instant.now());
        printf("RECOVERY %s: the %d lists in flight at the kill all answered %.1f s after health UP (at most %d s)",
                child.name(), inFlight.size(), took.toMillis() / 1000.0, BACK_WITHIN.toSeconds());
        assertThat(took).as("the lists in flight at the kill of %s answered after health UP", child.name())
                .isLessThanOrEqualTo(BACK_WITHIN);
    }

    private static boolean answeredAndGone(Path root, String remotePath) {
        Path in = root.resolve(remotePath);
        Path out = in.getParent().resolveSibling("out");
        String name = in.getFileName().toString();
        return !Files.exists(in) && (Files.exists(out.resolve(name + ".ack.csv"))
                || Files.exists(out.resolve(name + ".error.txt")));
    }

    private static boolean healthUp(ChildJvm gateway) {
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + gateway.httpPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean killAfterMoreAnswers(ChildJvm child, CrashWorkload work, Path root, int more, Random random) {
        long target = work.answered(root) + more;
        Duration poll = Duration.ofMillis(20 + random.nextInt(250));
        try {
            await().atMost(ALL_DONE).pollInterval(poll)
                    .until(() -> work.answered(root) >= target || work.allDone(root));
        } catch (ConditionTimeoutException e) {
            throw stuck(work, root, child, "the intake did not answer " + more + " more lists within " + ALL_DONE, e);
        }
        if (work.allDone(root)) {
            printf("every list was done before the kill of %s was due", child.name());
            return false;
        }
        child.kill();
        printf("KILL -9 %s (pid %d) at +%.1f s: %d lists answered, %d files in in/", child.name(), child.pid(),
                secondsSinceStart(), work.answered(root), work.waiting(root));
        return true;
    }

    private void awaitAllDone(CrashWorkload work, Path root, ChildJvm logOf) throws IOException {
        try {
            await().atMost(ALL_DONE).pollInterval(Duration.ofMillis(250)).until(() -> work.allDone(root));
            printf("all %d lists answered at +%.1f s", work.lists().size(),
                    secondsSinceStart());
        } catch (ConditionTimeoutException e) {
            throw stuck(work, root, logOf, "not every list was answered within " + ALL_DONE, e);
        }
    }

    private static AssertionError stuck(CrashWorkload work, Path root, ChildJvm logOf, String what, Exception e) {
        List<String> problems;
        try {
            problems = work.fileSystemProblems(root);
        } catch (IOException io) {
            problems = List.of("(the folders could not be read: " + io + ")");
        }
        return new AssertionError(what + ": " + work.waiting(root) + " files in in/, " + work.answered(root) + " of "
                + work.lists().size() + " answered\n"
                + String.join("\n", problems.subList(0, Math.min(80, problems.size())))
                + "\n--- " + logOf.name() + " ends with:\n" + logOf.tail(40), e);
    }

    // --- the checks

    private void assertNothingLostNothingDoubled(CrashWorkload work, Path root, java.sql.Connection db,
                                                 Map<Long, Integer> notices) throws Exception {
        List<String> problems = new ArrayList<>(work.fileSystemProblems(root));
        problems.addAll(work.ledgerProblems(db));
        // every billable list announced once: the notice carries the broker's duplicate id of its file, so that
        // the notice sent again by a gateway that took the list again after a crash is dropped by the broker
        Map<Long, CrashList> ids = work.fileIds(db);
        for (Map.Entry<Long, CrashList> file : ids.entrySet()) {
            int n = notices.getOrDefault(file.getKey(), 0);
            if (n != 1) {
                problems.add(file.getValue().remotePath() + " (file " + file.getKey() + ") announced " + n
                        + " times on " + ACCEPTED_SESSIONS);
            }
        }
        notices.keySet().stream().filter(id -> !ids.containsKey(id))
                .forEach(id -> problems.add("a notice names file " + id + ", which is no list of the run"));
        printf("%d lists, %d lines (%d accepted), %d notices: %d problems", work.lists().size(), work.lineCount(),
                work.acceptedCount(), notices.values().stream().mapToInt(Integer::intValue).sum(), problems.size());
        printf("recoveries the children logged: %s", recoveries());
        assertThat(problems).as("what the crash left wrong:\n" + String.join("\n",
                problems.subList(0, Math.min(200, problems.size())))).isEmpty();
    }

    /**
     * Every accepted session in exactly one batch, each batch holding the lines the ledger counts, delivered once
     * (one attempt), and found once on its insurer's channel: a file in {@code insurers/<id>/in} over SFTP, a
     * message on {@code psygate.invoices.200} over the broker.
     */
    private static List<String> billingProblems(CrashWorkload work, java.sql.Connection db, Path sftpRoot,
                                                Map<Long, Integer> invoiceMessages) throws Exception {
        return billingProblems(work, db, sftpRoot, invoiceMessages, false);
    }

    /**
     * As above; {@code retriesAllowed}: a batch may have been delivered after more than one attempt (its broker
     * failed over while it was sent), still once on its channel.
     */
    private static List<String> billingProblems(CrashWorkload work, java.sql.Connection db, Path sftpRoot,
                                                Map<Long, Integer> invoiceMessages, boolean retriesAllowed)
            throws Exception {
        List<String> problems = new ArrayList<>();
        int accepted = CrashWorkload.single(db, "select count(*) from session_line where status = 'ACCEPTED'");
        int uninvoiced = CrashWorkload.single(db, "select count(*) from session_line l left join session_account a on a.session_id = l.id "
                + "where l.status = 'ACCEPTED' and a.invoice_batch_id is null");
        int invoicedRejected = CrashWorkload.single(db, "select count(*) from session_line l left join session_account a on a.session_id = l.id "
                + "where l.status <> 'ACCEPTED' and a.invoice_batch_id is not null");
        if (accepted != work.acceptedCount()) {
            problems.add(accepted + " accepted sessions in the ledger, " + work.acceptedCount() + " sent");
        }
        if (uninvoiced != 0) {
            problems.add(uninvoiced + " accepted sessions on no invoice");
        }
        if (invoicedRejected != 0) {
            problems.add(invoicedRejected + " rejected lines invoiced");
        }
        int linesInBatches = 0;
        for (Map<String, Object> batch : CrashWorkload.rows(db, "select b.id, b.insurer_id, b.channel, b.file_name, "
                + "b.status, b.attempts, b.line_count, (select count(*) from session_account s "
                + "where s.invoice_batch_id = b.id) as sessions from invoice_batch b order by b.id")) {
            long id = ((Number) batch.get("id")).longValue();
            int lines = ((Number) batch.get("line_count")).intValue();
            linesInBatches += lines;
            String what = "batch " + id + " (insurer " + batch.get("insurer_id") + ", " + batch.get("file_name") + ")";
            if (lines != ((Number) batch.get("sessions")).intValue()) {
                problems.add(what + " counts " + lines + " lines, " + batch.get("sessions") + " sessions name it");
            }
            if (!"DELIVERED".equals(batch.get("status"))
                    || !retriesAllowed && ((Number) batch.get("attempts")).intValue() != 1) {
                problems.add(what + " is " + batch.get("status") + " after " + batch.get("attempts")
                        + " delivery attempts, expected DELIVERED after 1");
            }
            if ("jms".equals(batch.get("channel"))) {
                int n = invoiceMessages.getOrDefault(id, 0);
                if (n != 1) {
                    problems.add(what + " is " + n + " times on " + INSURER_200);
                }
            } else {
                Path file = sftpRoot.resolve("insurers").resolve((String) batch.get("insurer_id")).resolve("in")
                        .resolve((String) batch.get("file_name"));
                if (!Files.isRegularFile(file)) {
                    problems.add(what + " is not in its insurer's folder: " + file);
                }
            }
        }
        if (linesInBatches != accepted) {
            problems.add("the batches hold " + linesInBatches + " lines for " + accepted + " accepted sessions");
        }
        int runsWithBatches = CrashWorkload.single(db, "select count(*) from billing_run where batches > 0");
        printf("billing: %d accepted sessions in %d lines of %d batches, %d run(s) made batches, %d invoices on %s",
                accepted, linesInBatches, CrashWorkload.single(db, "select count(*) from invoice_batch"),
                runsWithBatches, invoiceMessages.values().stream().mapToInt(Integer::intValue).sum(), INSURER_200);
        return problems;
    }

    /** How often the gateway's intake gave a list back after a failure (Camel's rollback of the file). */
    private static long intakeFailures(ChildJvm gateway) {
        return gateway.consoleText().lines().filter(l -> l.contains("Rollback file strategy")).count();
    }

    /** What the children's logs say they recovered from: which paths of the recovery the run went through. */
    private String recoveries() throws IOException {
        Map<String, String> marks = new java.util.LinkedHashMap<>();
        marks.put("claims taken over after their lease", "outlived its lease");
        marks.put("claims of a dead instance taken over", "that instance stopped (its last heartbeat");
        marks.put("lists answered again from the ledger", "did not leave its folder: answering it again");
        marks.put("claims lost", "was lost before it could be renewed");
        marks.put("notices dropped as duplicates by the broker", "AMQ222059");
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (var files = Files.list(logs)) {
            List<String> text = files.filter(f -> f.toString().endsWith(".out")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    return "";
                }
            }).toList();
            marks.forEach((what, mark) -> counts.put(what, text.stream()
                    .mapToLong(t -> t.lines().filter(l -> l.contains(mark)).count()).sum()));
        }
        return counts.toString();
    }

    /** How many lists each gateway read and stored, over all its starts (from their logs). */
    private String takenBy(ChildJvm a, ChildJvm b) throws IOException {
        return "A took in " + listsTakenIn(a) + ", B " + listsTakenIn(b);
    }

    private long listsTakenIn(ChildJvm child) throws IOException {
        try (var files = Files.list(logs)) {
            String console = child.name() + "-\\d+\\.out";
            return files.filter(f -> f.getFileName().toString().matches(console)).mapToLong(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.contains("IntakeService") && l.contains(" lines, ")).count();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** The messages on the accepted-sessions queue, counted by file id (read, and left on the queue). */
    /**
     * The notices on the queue once there is one for each billable list (or the wait ran out): a gateway hands the
     * notices noted with the lists to the broker on a route of its own, after a broker's fail-over once it is back.
     */
    private static Map<Long, Integer> awaitNotices(String url, CrashWorkload work) throws Exception {
        AtomicReference<Map<Long, Integer>> seen = new AtomicReference<>(Map.of());
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                seen.set(noticesOnQueue(url));
                return seen.get().size() >= work.billableLists();
            });
        } catch (ConditionTimeoutException e) {
            printf("%d lists announced of %d billable after 60 s", seen.get().size(), work.billableLists());
        }
        return seen.get();
    }

    private static Map<Long, Integer> noticesOnQueue(String url) throws Exception {
        return messagesOnQueue(url, ACCEPTED_SESSIONS, "PsyGateFileId");
    }

    private static Map<Long, Integer> messagesOnQueue(String url, String queue, String idProperty) throws Exception {
        Map<Long, Integer> counts = new TreeMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, BROKER_USER, BROKER_PASSWORD);
             Connection connection = factory.createConnection()) {
            connection.start();
            // received in a transaction rolled back at the end, so that they stay on the queue: a browser's
            // enumeration ends at the first message not yet in the client's buffer (a large invoice still streaming)
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
                for (Message m = consumer.receive(3_000); m != null; m = consumer.receive(3_000)) {
                    counts.merge(Long.parseLong(m.getObjectProperty(idProperty).toString()), 1, Integer::sum);
                }
            } finally {
                session.rollback();
            }
        }
        return counts;
    }

    private static HttpResponse<String> billingRun(ChildJvm gateway, CountDownLatch go) {
        try {
            go.await();
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + gateway.httpPort + "/api/billing-runs"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- plumbing

    /**
     * The run's folder, {@code target/crash/<run>}: the children's data (databases, journals, SFTP root) and their
     * logs, the logs under {@code target/test-logs/crash/<run>} where the log check reads them.
     */
    private Path runDir(String name) throws IOException {
        t0 = Instant.now();
        String run = name + "-" + System.currentTimeMillis();
        Path dir = Path.of("target/crash").resolve(run);
        Files.createDirectories(dir);
        logs = ChildJvm.LOGS.resolve(run);
        printf("run %s in %s, logs in %s", name, dir, logs);
        return dir;
    }

    private static void dropSchema(String schema) {
        try {
            TestPostgres.dropSchema(schema);
        } catch (Exception e) {
            System.out.println("[crash] could not drop schema " + schema + ": " + e);
        }
    }

    /** The seconds since the run began, for the lines that say when something happened. */
    private double secondsSinceStart() {
        return Duration.between(t0, Instant.now()).toMillis() / 1000.0;
    }

    private static void printf(String format, Object... args) {
        System.out.println("[crash] " + String.format(format, args));
    }
}
