package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's identity: kept across restarts, published in known_hosts, never silently replaced. */
class HostKeyTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path clientDir;

    private final InMemorySftpAccountDirectory directory = new InMemorySftpAccountDirectory();
    private OpenSsh openSsh;
    private Path key;
    private SftpProperties properties;

    @BeforeEach
    void setUp() throws Exception {
        openSsh = new OpenSsh(clientDir);
        key = openSsh.generateKey("olga_ed25519", "ed25519");
        properties = new SftpProperties(true, "127.0.0.1", 0, dataDir.resolve("sftp"),
                dataDir.resolve("keys/ssh_host_key"), dataDir.resolve("known_hosts"), "gateway", "secret", true,
                Duration.ofMinutes(1));
        directory.put(new SftpAccount("olga", dataDir.resolve("sftp/practices/olga"), null,
                List.of(OpenSsh.publicKeyLine(key))));
    }

    @Test
    void theKnownHostsFileListsTheHostKeyForLoopbackAndLocalhost() throws Exception {
        EmbeddedSftpServer server = started();
        try {
            List<String> lines = Files.readAllLines(properties.knownHosts());
            String hostKey = keyOf(lines.get(0));

            assertThat(Files.readString(properties.knownHosts())).endsWith("\n");
            assertThat(lines).containsExactly(
                    "[127.0.0.1]:" + server.port() + " " + hostKey,
                    "[localhost]:" + server.port() + " " + hostKey);
            assertThat(hostKey).startsWith("ecdsa-sha2-nistp256 ");
            for (String host : List.of("127.0.0.1", "localhost")) {
                OpenSsh.Result result = openSsh.sftp(server.port(), properties.knownHosts(), host, "olga", key, "ls");
                assertThat(result.ok()).as(host + "\n" + result.describe()).isTrue();
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void anotherHostKeyInKnownHostsMakesOpenSshRefuseTheServer() throws Exception {
        EmbeddedSftpServer server = started();
        try {
            Path impostor = openSsh.generateKey("impostor", "ecdsa");
            Path wrongKnownHosts = Files.writeString(clientDir.resolve("wrong_known_hosts"),
                    "[127.0.0.1]:" + server.port() + " " + keyOf(OpenSsh.publicKeyLine(impostor)) + "\n");

            OpenSsh.Result result = openSsh.sftp(server.port(), wrongKnownHosts, "olga", key, "ls");

            assertThat(result.ok()).as(result.describe()).isFalse();
            assertThat(result.err()).contains("Host key verification failed");
        } finally {
            server.stop();
        }
    }

    @Test
    void theHostKeyIsTheSameAfterARestart() throws Exception {
        EmbeddedSftpServer first = started();
        String keyBefore = keyOf(Files.readAllLines(properties.knownHosts()).get(0));
        String keyFileBefore = Files.readString(properties.hostKey());
        first.stop();
        assertThatThrownBy(first::port).isInstanceOf(IllegalStateException.class);

        EmbeddedSftpServer second = started();
        try {
            assertThat(keyOf(Files.readAllLines(properties.knownHosts()).get(0))).isEqualTo(keyBefore);
            assertThat(properties.hostKey()).hasContent(keyFileBefore);
            assertThat(Files.getPosixFilePermissions(properties.hostKey()))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            OpenSsh.Result result = openSsh.sftp(second.port(), properties.knownHosts(), "olga", key, "ls");
            assertThat(result.ok()).as(result.describe()).isTrue();
        } finally {
            second.stop();
        }
    }

    @Test
    void aHostKeyOfAnotherTypeIsUsedAsItIs() throws Exception {
        Path operatorKey = openSsh.generateKey("operator_host_key", "ed25519");
        Files.createDirectories(properties.hostKey().getParent());
        Files.copy(operatorKey, properties.hostKey());

        EmbeddedSftpServer server = started();
        try {
            String published = keyOf(Files.readAllLines(properties.knownHosts()).get(0));
            assertThat(published).isEqualTo(keyOf(OpenSsh.publicKeyLine(operatorKey)));
            assertThat(properties.hostKey()).hasSameBinaryContentAs(operatorKey);
        } finally {
            server.stop();
        }
    }

    @Test
    void anUnreadableHostKeyIsNeitherReplacedNorIgnored() throws Exception {
        Files.createDirectories(properties.hostKey().getParent());
        Files.writeString(properties.hostKey(), "not a key\n");
        EmbeddedSftpServer server = new EmbeddedSftpServer(properties, directory);

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        assertThat(server.isRunning()).isFalse();
        assertThat(properties.hostKey()).hasContent("not a key");
    }

    private EmbeddedSftpServer started() {
        EmbeddedSftpServer server = new EmbeddedSftpServer(properties, directory);
        server.start();
        assertThat(server.isRunning()).isTrue();
        return server;
    }

    /** {@code keytype base64} of a known_hosts or public-key line, without host pattern or comment. */
    private static String keyOf(String line) {
        String[] parts = line.split(" ");
        int type = parts[0].startsWith("[") ? 1 : 0;
        return parts[type] + " " + parts[type + 1];
    }
}
