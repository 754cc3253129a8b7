package be.psygate.intake;

import be.psygate.sftp.EmbeddedSftpServer;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camel's SFTP consumer reading the embedded server's disk ({@link LocalSftpOperations}), on a real server and a real
 * Camel context, beside the same consumer reading over SFTP: the same files under the same claim keys, the upload
 * read and moved to the archive outside the homes, a link left alone.
 */
class LocalSftpOperationsTest {

    private static final String SERVICE_USER = "gateway";
    private static final String SERVICE_PASSWORD = "service-secret";
    private static final String KEY = "${file:name}-${file:size}-${file:modified}";

    @TempDir
    Path dataDir;

    private EmbeddedSftpServer server;
    private DefaultCamelContext camel;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws Exception {
        SftpProperties properties = new SftpProperties(true, "127.0.0.1", 0, dataDir.resolve("sftp"),
                dataDir.resolve("ssh_host_key"), dataDir.resolve("known_hosts"), SERVICE_USER, SERVICE_PASSWORD, true,
                Duration.ofMinutes(1));
        server = new EmbeddedSftpServer(properties, user -> Optional.empty());
        server.start();
        Files.createDirectories(server.homeOf("ann").resolve("in"));
        Files.createDirectories(server.homeOf("ann").resolve("check"));
        camel = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop();
    }

    @Test
    void anUploadHasTheSameClaimKeyReadOnTheDiskAsOverSftp() throws Exception {
        Path list = Files.writeString(server.homeOf("ann").resolve("in/list.csv"), "a;b\n1;2\n");
        // milliseconds the SFTP listing does not carry
        Files.setLastModifiedTime(list, FileTime.from(Instant.parse("2025-06-30T10:15:30.789Z")));
        Map<String, String> local = new ConcurrentHashMap<>();
        Map<String, String> overSftp = new ConcurrentHashMap<>();
        camel.addComponent("local-sftp", new NotedHomesSftpComponent(null, server.serviceLoginFiles()));
        camel.addComponent("remote-sftp", new NotedHomesSftpComponent(null, (ServiceLoginFiles) null));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("local-sftp", "noop=true")).routeId("local")
                        .process(e -> local.put(e.getIn().getHeader("CamelFileName", String.class), keyOf(e)));
                from(uri("remote-sftp", "noop=true")).routeId("remote")
                        .process(e -> overSftp.put(e.getIn().getHeader("CamelFileName", String.class), keyOf(e)));
            }
        });
        camel.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> local.size() == 1 && overSftp.size() == 1);
        assertThat(local).isEqualTo(overSftp)
                .containsEntry("ann/in/list.csv", "ann/in/list.csv-8-1751278530000 8 1751278530000");
    }

    @Test
    void anUploadIsReadAndMovedToTheArchiveOutsideTheHomes() throws Exception {
        Files.writeString(server.homeOf("ann").resolve("in/list.csv"), "the list", StandardCharsets.UTF_8);
        consumeLocally();

        Path archived = dataDir.resolve("sftp/archive/ann/in/list.csv.done");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(archived));
        assertThat(bodies).containsExactly(Map.entry("ann/in/list.csv", "the list"));
        assertThat(Files.readString(archived)).isEqualTo("the list");
        assertThat(server.homeOf("ann").resolve("in/list.csv")).doesNotExist();
    }

    @Test
    void aLinkInAnUploadFolderIsNeitherReadNorMoved() throws Exception {
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

    private void consumeLocally() throws Exception {
        camel.addComponent("psygate-sftp", new NotedHomesSftpComponent(null, server.serviceLoginFiles()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("psygate-sftp", "streamDownload=true&move=../archive/${file:name}.done"))
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
                + "&antInclude=*/in/*,*/check/*&idempotent=true&delay=50&stepwise=false&disconnect=false"
                + "&fastExistsCheck=true&" + options;
    }

    private static String keyOf(Exchange e) {
        String key = e.getContext().resolveLanguage("simple").createExpression(KEY).evaluate(e, String.class);
        return key + " " + e.getIn().getHeader("CamelFileLength") + " " + e.getIn().getHeader("CamelFileLastModified");
    }
}
