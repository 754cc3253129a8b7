package be.psygate.storage;

import be.psygate.support.TestResources;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway keeps its data directory to its own account whatever the umask (the tests run under the usual 022,
 * where a new file is 0644 and a new folder 0755): a data directory left open by an earlier version, with an open
 * file in an open folder, is closed at start; the database and the broker's journal are private; so are the files
 * the gateway writes while it runs (a quarantined upload, a pain.001 payment file, an answer's and an invoice's work
 * copies) and the folders it makes for them. The SFTP homes are the SFTP server's business and left out here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DataDirPermissionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Set<PosixFilePermission> OPEN_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> OPEN_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** A data directory of this class' own, as an earlier version left it: open to every account. */
    static final Path OPEN_DATA_DIR = openDataDir();
    static final Path LEFT_OVER = OPEN_DATA_DIR.resolve("bank/in/.done/statement-2024.xml");

    /** A gateway of its own (not {@link GatewayTest}'s: its data directory is this one), with ports of its own. */
    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) {
        OwnGateway.in(OPEN_DATA_DIR, "psygate-private-data", 9).settings(registry);
        GatewayTest.quickPace(registry);
        // a broker acceptor of its own, which OwnGateway's leave out
        int broker = TestResources.freePort();
        registry.add("psygate.broker.acceptor", () -> "tcp://127.0.0.1:" + broker);
    }

    @Autowired
    TestRestTemplate rest;

    @Test
    void aDataDirectoryLeftOpenIsClosedAtStartAndWhatTheGatewayWritesIsItsOwn() throws Exception {
        assertThat(mode(OPEN_DATA_DIR)).isEqualTo(PrivateFiles.FOLDER);
        assertThat(mode(LEFT_OVER)).isEqualTo(PrivateFiles.FILE);
        assertThat(mode(LEFT_OVER.getParent())).isEqualTo(PrivateFiles.FOLDER);
        Path database = OPEN_DATA_DIR.resolve("db/psygate.mv.db");
        assertThat(mode(database)).isEqualTo(PrivateFiles.FILE);
        assertThat(mode(database.getParent())).isEqualTo(PrivateFiles.FOLDER);
        try (Stream<Path> journal = Files.list(OPEN_DATA_DIR.resolve("artemis/journal"))) {
            assertThat(journal.toList()).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).isEqualTo(PrivateFiles.FILE));
        }

        TestPractice practice = TestPractice.newOne("private");
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-private", null), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Path home = OPEN_DATA_DIR.resolve("sftp/practices/private");
        // a list that cannot be read (Latin-1, not UTF-8) is quarantined
        Drop.file(home.resolve("in"), "latin1.csv", (TestPractice.HEADER + "\n" + practice.line("S\u00e9ance-1",
                TestPractice.nextPatient(), "2025-05-05", "792691") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        // a list accepted, then billed and paid (tranche 1)
        Drop.file(home.resolve("in"), "may.csv", practice.listOf("PRIV", 2).getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> Files.exists(home.resolve("out/may.csv.ack.csv"))
                && Files.exists(home.resolve("out/latin1.csv.error.txt")));
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> run = rest.withBasicAuth("admin", "admin")
                .postForObject("/api/payment-runs?dueBy=2025-12-31", null, Map.class);
        Path pain = OPEN_DATA_DIR.resolve("bank/out").resolve((String) run.get("painFile"));
        await().atMost(WAIT).until(() -> Files.exists(pain));
        assertThat(mode(pain)).isEqualTo(PrivateFiles.FILE);
        assertThat(mode(pain.getParent())).isEqualTo(PrivateFiles.FOLDER);

        try (Stream<Path> quarantine = Files.walk(OPEN_DATA_DIR.resolve("quarantine"))) {
            assertThat(quarantine.filter(p -> p.getFileName().toString().endsWith("latin1.csv")).toList())
                    .singleElement().satisfies(kept -> {
                        assertThat(mode(kept)).isEqualTo(PrivateFiles.FILE);
                        assertThat(mode(kept.getParent())).isEqualTo(PrivateFiles.FOLDER);
                    });
        }
        try (Stream<Path> work = Files.walk(OPEN_DATA_DIR.resolve("work"))) {
            assertThat(work.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.endsWith(".xml")).anyMatch(name -> name.endsWith(".csv"));
        }
        // everything under the data directory: folders 0700, files 0600
        assertThat(notPrivate(OPEN_DATA_DIR)).isEmpty();
        // the intake's local copies of the uploads, made by the SFTP client: in a folder the gateway made private
        assertThat(mode(OPEN_DATA_DIR.resolve("work/intake"))).isEqualTo(PrivateFiles.FOLDER);
    }

    /**
     * What is not private under {@code dataDir}, each with its mode; the SFTP server's tree aside, and the intake's
     * downloads (the SFTP client of the intake route makes their folders as the umask says).
     */
    private static List<String> notPrivate(Path dataDir) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.filter(p -> !p.startsWith(dataDir.resolve("sftp"))
                    && !p.startsWith(dataDir.resolve("work/intake/downloads"))).forEach(p -> {
                if (Files.isSymbolicLink(p)) {
                    return;
                }
                Set<PosixFilePermission> expected = Files.isDirectory(p) ? PrivateFiles.FOLDER : PrivateFiles.FILE;
                Set<PosixFilePermission> actual = mode(p);
                if (actual != null && !actual.equals(expected)) {
                    open.add(dataDir.relativize(p) + " " + PosixFilePermissions.toString(actual));
                }
            });
        }
        return open;
    }

    private static Set<PosixFilePermission> mode(Path p) {
        try {
            return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path openDataDir() {
        try {
            Path dir = Files.createTempDirectory("psygate-open-").resolve("data");
            Files.createDirectories(dir.resolve("bank/in/.done"));
            Path leftOver = dir.resolve("bank/in/.done/statement-2024.xml");
            Files.writeString(leftOver, "<Document/>");
            Files.setPosixFilePermissions(leftOver, OPEN_FILE);
            try (Stream<Path> folders = Files.walk(dir)) {
                for (Path folder : folders.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(folder, OPEN_FOLDER);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
