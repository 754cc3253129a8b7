package be.psygate.support;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that run the whole gateway: the real embedded SFTP server, the real Artemis broker and a real
 * database, in a data directory of their own. Every test class extending it shares one application context (one
 * data directory, one SFTP port) so the suite starts the gateway once per database. Metrics are exported as in
 * production ({@code /actuator/prometheus}), which a test context leaves out unless told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class GatewayTest {

    /** "Today" for the gateway under test, so that the fixtures' 2025 sessions stay billable whatever the date. */
    public static final String TODAY = "2025-06-30T10:00:00Z";

    /** The largest upload the gateway under test reads. */
    public static final long MAX_FILE_BYTES = 53_000_000L;

    protected static final Path DATA_DIR = TestResources.newTempDir("psygate-test-");
    protected static final int SFTP_PORT = TestResources.freePort();
    protected static final int BROKER_PORT = TestResources.freePort();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("psygate.data-dir", DATA_DIR::toString);
        registry.add("psygate.sftp.port", () -> SFTP_PORT);
        registry.add("psygate.clock.fixed", () -> TODAY);
        // insurer 100's answers are written by the tests themselves, to know them line by line; 200 and 300 answer
        registry.add("psygate.simulated-insurer.answering", () -> "200,300");
        quickPace(registry);
        // above the 50 MiB XML of the bad-inputs corpus, low enough for a test to send one byte more
        registry.add("psygate.intake.max-file-bytes", () -> MAX_FILE_BYTES);
        registry.add("psygate.broker.acceptor", () -> "tcp://127.0.0.1:" + BROKER_PORT);
        // an upload cut off with its connection is answered FILE_INCOMPLETE after this wait (2 h by default)
        registry.add("psygate.sftp.limits.incomplete-upload-answer-after", () -> "3s");
    }

    /**
     * The pace of the tests' gateways, this one's and those of their own ({@link OwnGateway}): the intake polls every
     * 100 ms, checks a file's read lock every 250 ms and gives up after 10 s; a failed delivery is tried again once,
     * after 100 ms.
     */
    public static void quickPace(DynamicPropertyRegistry registry) {
        registry.add("psygate.intake.poll-delay", () -> 100);
        registry.add("psygate.intake.read-lock-check-interval", () -> 250);
        registry.add("psygate.intake.read-lock-timeout", () -> 10_000);
        registry.add("psygate.billing.delivery.max-redeliveries", () -> 1);
        registry.add("psygate.billing.delivery.redelivery-delay", () -> 100);
    }

    /** How long a test waits for the gateway to have done what it was given. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    /** A JSON array of objects, as the API lists things. */
    protected static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    /** The gateway's REST API, on its random port; a test logs in with {@code rest.withBasicAuth(user, password)}. */
    @Autowired
    protected TestRestTemplate rest;

    /** The gateway's database, for what a test sets up or checks there. */
    @Autowired
    protected JdbcClient jdbc;

    /** A folder of the test's own, for what its clients write or fetch (keys, lists, answers). */
    @TempDir
    protected Path tmp;

    protected static Path practiceHome(String sftpUser) {
        return DATA_DIR.resolve("sftp/practices").resolve(sftpUser);
    }

    /** The known_hosts file in which the gateway writes its SFTP server's host key, for the tests' clients. */
    protected static Path knownHosts() {
        return DATA_DIR.resolve("known_hosts");
    }

    /**
     * A session to the gateway's SFTP server as {@code user}, logged in with {@code password}, the server's host key
     * checked against {@link #knownHosts()}; throws when the server refuses.
     */
    protected static Session sftpSession(String user, String password) throws JSchException {
        JSch jsch = new JSch();
        jsch.setKnownHosts(knownHosts().toString());
        Session session = jsch.getSession(user, "127.0.0.1", SFTP_PORT);
        session.setPassword(password);
        session.setConfig("PreferredAuthentications", "password");
        session.connect(10_000);
        return session;
    }

    /** The REST API as the administrator. */
    protected TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }

    /**
     * A new practice, registered through the REST API by the administrator, with {@code password-<sftpUser>} as its
     * SFTP password.
     */
    protected TestPractice registeredPractice(String sftpUser) {
        TestPractice practice = TestPractice.newOne(sftpUser);
        register(practice.registration("password-" + sftpUser, null));
        return practice;
    }

    /**
     * A new practice, registered through the REST API by the administrator, which logs in with the SFTP key
     * {@code key} and no password; {@code entries} replace those of the registration of that name.
     */
    protected TestPractice registeredPractice(String sftpUser, Path key, Map<String, Object> entries)
            throws IOException {
        TestPractice practice = TestPractice.newOne(sftpUser);
        Map<String, Object> registration = practice.registration(null, List.of(OpenSsh.publicKeyOf(key)));
        registration.putAll(entries);
        register(registration);
        return practice;
    }

    private void register(Map<String, Object> registration) {
        ResponseEntity<Map> registered = admin().postForEntity("/api/practices", registration, Map.class);
        assertThat(registered.getStatusCode()).as("registration: %s", registered.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** Puts {@code list} in the practice's {@code in/} as {@code fileName}, as a careful client does. */
    protected static void drop(String sftpUser, String fileName, String list) throws IOException {
        Drop.file(practiceHome(sftpUser).resolve("in"), fileName, list.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Puts {@code list} in the practice's {@code in/} as {@code fileName} and waits for its acknowledgement in
     * {@code out/}; returns the acknowledgement's path.
     */
    protected static Path sendList(String sftpUser, String fileName, String list) throws IOException {
        drop(sftpUser, fileName, list);
        return awaitAnswer(sftpUser, fileName + ".ack.csv");
    }

    /** Waits for the answer {@code out/<name>} in the practice's home; returns its path. */
    protected static Path awaitAnswer(String sftpUser, String name) {
        return Drop.awaitFile(practiceHome(sftpUser).resolve("out").resolve(name), WAIT);
    }
}
