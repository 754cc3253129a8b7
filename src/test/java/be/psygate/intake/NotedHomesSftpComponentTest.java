package be.psygate.intake;

import be.psygate.sftp.EmbeddedSftpServer;
import be.psygate.sftp.PracticeUploads;
import be.psygate.sftp.ServiceLoginFiles;
import be.psygate.sftp.SftpProperties;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake's consumer against the embedded server, on a real server and a real Camel consumer: after the first
 * poll (the whole tree), a poll lists only the folders the server names, so that a file in another home waits for
 * the next full listing, one every {@link NotedHomesSftpComponent#FULL_LISTING_EVERY}; without the server's word
 * (an external server) every poll lists the whole tree. Reading the server's disk ({@link LocalSftpOperations})
 * beside the same consumer reading over SFTP: the same files under the same claim keys, an upload read and moved to
 * the archive outside the homes, a link left alone.
 */
class NotedHomesSftpComponentTest {

    private static final String SERVICE_USER = "gateway";
    private static final String SERVICE_PASSWORD = "service-secret";
    private static final String CLAIM_KEY = "${file:name}-${file:size}-${file:modified}";

    @TempDir
    Path dataDir;

    private EmbeddedSftpServer server;
    private DefaultCamelContext camel;
    private final List<String> taken = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger askedForFolders = new AtomicInteger();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws Exception {
        SftpProperties properties = new SftpProperties(true, "127.0.0.1", 0, dataDir.resolve("sftp"),
                dataDir.resolve("ssh_host_key"), dataDir.resolve("known_hosts"), SERVICE_USER, SERVICE_PASSWORD, true,
                Duration.ofMinutes(1));
        server = new EmbeddedSftpServer(properties, user -> Optional.empty());
        server.start();
        for (String user : List.of("ann", "bob")) {
            Files.createDirectories(server.homeOf(user).resolve("in"));
            Files.createDirectories(server.homeOf(user).resolve("check"));
        }
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        server.stop();
    }

    @Test
    void afterTheFirstPollOnlyTheFoldersTheServerNamesAreListed() throws Exception {
        consume(new PracticeUploads() {
            @Override
            public boolean mayHoldUploads(String user) {
                return true;
            }

            @Override
            public void onUpload(Runnable listener) {
            }

            @Override
            public List<String> foldersToList() {
                askedForFolders.incrementAndGet();
                return List.of("ann/in");
            }
        });
        // the first poll listed the whole (empty) tree; the next ones ask the server
        await().atMost(Duration.ofSeconds(20)).until(() -> askedForFolders.get() > 0);
        Files.writeString(server.homeOf("bob").resolve("in").resolve("b.csv"), "b");
        Files.writeString(server.homeOf("ann").resolve("in").resolve("a.csv"), "a");
        await().atMost(Duration.ofSeconds(20)).until(() -> taken.contains("ann/in/a.csv"));
        int asked = askedForFolders.get();
        await().atMost(Duration.ofSeconds(20)).until(() -> askedForFolders.get() > asked + 5);
        assertThat(taken).containsExactly("ann/in/a.csv");

        nanos.addAndGet(NotedHomesSftpComponent.FULL_LISTING_EVERY.toNanos());
        await().atMost(Duration.ofSeconds(20)).until(() -> taken.contains("bob/in/b.csv"));
    }

    @Test
    void withoutTheServersWordEveryPollListsTheWholeTree() throws Exception {
        consume(null);
        Files.writeString(server.homeOf("bob").resolve("in").resolve("b.csv"), "b");
        await().atMost(Duration.ofSeconds(20)).until(() -> taken.contains("bob/in/b.csv"));
    }

    @Test
    void anUploadHasTheSameClaimKeyReadOnTheDiskAsOverSftp() throws Exception {
        Path list = Files.writeString(server.homeOf("ann").resolve("in/list.csv"), "a;b\n1;2\n");
        // milliseconds the SFTP listing does not carry
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2025-06-30T10:15:30.789Z")));
        Map<String, String> local = new ConcurrentHashMap<>();
        Map<String, String> overSftp = new ConcurrentHashMap<>();
        camel = new DefaultCamelContext();
        camel.addComponent("local-sftp", new NotedHomesSftpComponent(null, server.serviceLoginFiles()));
        camel.addComponent("remote-sftp", new NotedHomesSftpComponent(null, (ServiceLoginFiles) null));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("local-sftp", "noop=true")).routeId("local")
                        .process(e -> local.put(e.getIn().getHeader("CamelFileName", String.class), claimOf(e)));
                from(uri("remote-sftp", "noop=true")).routeId("remote")
                        .process(e -> overSftp.put(e.getIn().getHeader("CamelFileName", String.class), claimOf(e)));
            }
        });
        camel.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> local.size() == 1 && overSftp.size() == 1);
        assertThat(local).isEqualTo(overSftp)
                .containsEntry("ann/in/list.csv", "ann/in/list.csv-8-1751278530000 8 1751278530000");
    }

    @Test
    void anUploadReadOnTheDiskIsMovedToTheArchiveOutsideTheHomes() throws Exception {
        Files.writeString(server.homeOf("ann").resolve("in/list.csv"), "the list", StandardCharsets.UTF_8);
        consumeLocally();

        Path archived = dataDir.resolve("sftp/archive/ann/in/list.csv.done");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(archived));
        assertThat(bodies).containsExactly(Map.entry("ann/in/list.csv", "the list"));
        assertThat(Files.readString(archived)).isEqualTo("the list");
        assertThat(server.homeOf("ann").resolve("in/list.csv")).doesNotExist();
    }

    @Test
    void aLinkInAnUploadFolderIsNeitherReadNorMovedOnTheDisk() throws Exception {
        Path outside = Files.writeString(dataDir.resolve("outside.csv"), "not an upload");
        Path link = Files.createSymbolicLink(server.homeOf("ann").resolve("in/linked.csv"), outside);
        Files.writeString(server.homeOf("ann").resolve("check/real.csv"), "an upload");
        consumeLocally();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(dataDir.resolve("sftp/archive/ann/check/real.csv.done")));
        assertThat(bodies).containsOnlyKeys("ann/check/real.csv");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(outside)).isEqualTo("not an upload");
        assertThat(dataDir.resolve("sftp/archive/ann/in")).doesNotExist();
    }

    private void consume(PracticeUploads uploads) throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent("psygate-sftp", new NotedHomesSftpComponent(uploads, nanos::get));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("psygate-sftp", "noop=true")).routeId("noted-homes")
                        .process(e -> taken.add(e.getIn().getHeader("CamelFileName", String.class)));
            }
        });
        camel.start();
    }

    /** Reads the server's disk, each upload moved to {@code archive/<name>.done} once read. */
    private void consumeLocally() throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent("psygate-sftp", new NotedHomesSftpComponent(null, server.serviceLoginFiles()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("psygate-sftp", "streamDownload=true&fastExistsCheck=true&move=../archive/${file:name}.done"))
                        .routeId("local-moved")
                        .process(e -> bodies.put(e.getIn().getHeader("CamelFileName", String.class),
                                e.getIn().getBody(String.class)));
            }
        });
        camel.start();
    }

    private String uri(String scheme, String options) {
        return scheme + ":127.0.0.1:" + server.port() + "/practices?username=" + SERVICE_USER
                + "&password=" + SERVICE_PASSWORD + "&knownHostsFile=" + dataDir.resolve("known_hosts")
                + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false&recursive=true&minDepth=3&maxDepth=3"
                + "&antInclude=*/in/*,*/check/*&idempotent=true&delay=50&stepwise=false&disconnect=false&" + options;
    }

    /** The upload's claim key, then the size and time of modification the route is given. */
    private static String claimOf(Exchange e) {
        String key = e.getContext().resolveLanguage("simple").createExpression(CLAIM_KEY).evaluate(e, String.class);
        return key + " " + e.getIn().getHeader("CamelFileLength") + " " + e.getIn().getHeader("CamelFileLastModified");
    }
}
