package be.psygate.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded SFTP server for one test class, on a free port of the loopback, in a temporary data directory of its
 * own: the gateway's service account and the accounts a test adds to its in-memory directory. A test class of this
 * package registers one as a static {@code @RegisterExtension} field: it is started before the class's tests and
 * stopped, its directory deleted, after them.
 */
final class TestSftpServer implements BeforeAllCallback, AfterAllCallback {

    static final String SERVICE_USER = "gateway";
    static final String SERVICE_PASSWORD = "service-secret";
    /** Cheap rounds: a test's passwords protect nothing, and a login is checked in a millisecond. */
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private final SftpLimits limits;
    private final Consumer<EmbeddedSftpServer> beforeStart;
    private Path dataDir;
    private EmbeddedSftpServer server;
    private InMemorySftpAccountDirectory directory;

    private TestSftpServer(SftpLimits limits, Consumer<EmbeddedSftpServer> beforeStart) {
        this.limits = limits;
        this.beforeStart = beforeStart;
    }

    /** A server with the default limits. */
    static TestSftpServer forTheClass() {
        return forTheClass(SftpLimits.defaults());
    }

    /** A server with these limits. */
    static TestSftpServer forTheClass(SftpLimits limits) {
        return forTheClass(limits, server -> {
        });
    }

    /** A server with these limits, {@code beforeStart} done on it before it starts. */
    static TestSftpServer forTheClass(SftpLimits limits, Consumer<EmbeddedSftpServer> beforeStart) {
        return new TestSftpServer(limits, beforeStart);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("psygate-sftp-test-");
        SftpProperties properties = new SftpProperties(true, "127.0.0.1", 0, root(), dataDir.resolve("ssh_host_key"),
                knownHosts(), SERVICE_USER, SERVICE_PASSWORD, true, Duration.ofMinutes(1), limits);
        directory = new InMemorySftpAccountDirectory();
        server = new EmbeddedSftpServer(properties, directory);
        beforeStart.accept(server);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    EmbeddedSftpServer server() {
        return server;
    }

    InMemorySftpAccountDirectory directory() {
        return directory;
    }

    /** The server's root: the practices' homes, the insurers' folders. */
    Path root() {
        return dataDir.resolve("sftp");
    }

    /** The known_hosts file with the server's host key, for the clients. */
    Path knownHosts() {
        return dataDir.resolve("known_hosts");
    }

    int port() {
        return server.port();
    }

    Path homeOf(String user) {
        return server.homeOf(user);
    }

    void ensureHome(SftpAccount account) {
        server.ensureHome(account);
    }

    /**
     * Adds a practice's account, its home where the server keeps it.
     *
     * @param password the password it logs in with, or {@code null} for none
     * @param publicKeys the OpenSSH public key lines it logs in with
     */
    SftpAccount addPractice(String user, String password, List<String> publicKeys) {
        return addAccount(user, server.homeOf(user), password, publicKeys);
    }

    /** Adds an account whose home is {@code home}, wherever that is. */
    SftpAccount addAccount(String user, Path home, String password, List<String> publicKeys) {
        SftpAccount account = new SftpAccount(user, home, password == null ? null : BCRYPT.encode(password),
                publicKeys);
        directory.put(account);
        return account;
    }

    /** The OpenSSH public key line of {@code privateKey} (its {@code .pub} beside it), none for {@code null}. */
    static List<String> publicKeys(Path privateKey) {
        try {
            return privateKey == null ? List.of() : List.of(OpenSsh.publicKeyLine(privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
