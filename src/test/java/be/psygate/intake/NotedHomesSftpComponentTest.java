package be.psygate.intake;

import be.psygate.sftp.EmbeddedSftpServer;
import be.psygate.sftp.PracticeUploads;
import be.psygate.sftp.SftpProperties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake's consumer against the embedded server, on a real server and a real Camel consumer: after the first
 * poll (the whole tree), a poll lists only the folders the server names, so that a file in another home waits for
 * the next full listing, one every {@link NotedHomesSftpComponent#FULL_LISTING_EVERY}; without the server's word
 * (an external server) every poll lists the whole tree.
 */
class NotedHomesSftpComponentTest {

    private static final String SERVICE_USER = "gateway";
    private static final String SERVICE_PASSWORD = "service-secret";

    @TempDir
    Path dataDir;

    private EmbeddedSftpServer server;
    private DefaultCamelContext camel;
    private final List<String> taken = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger askedForFolders = new AtomicInteger();

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

    private void consume(PracticeUploads uploads) throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent("psygate-sftp", new NotedHomesSftpComponent(uploads, nanos::get));
        String uri = "psygate-sftp:127.0.0.1:" + server.port() + "/practices?username=" + SERVICE_USER
                + "&password=" + SERVICE_PASSWORD + "&knownHostsFile=" + dataDir.resolve("known_hosts")
                + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false&recursive=true&minDepth=3&maxDepth=3"
                + "&antInclude=*/in/*,*/check/*&noop=true&idempotent=true&delay=50&stepwise=false&disconnect=false";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("noted-homes").process(e -> taken.add(e.getIn().getHeader("CamelFileName",
                        String.class)));
            }
        });
        camel.start();
    }
}
