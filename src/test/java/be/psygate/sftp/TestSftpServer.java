package be.psygate.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * An embedded SFTP server for one test class, on a free port of the loopback, in a data directory of its own: the
 * gateway's service account and the accounts a test adds to its in-memory directory. The tests of this package
 * start one in {@code @BeforeAll} and close it in {@code @AfterAll}.
 */
record TestSftpServer(EmbeddedSftpServer server, InMemorySftpAccountDirectory directory, Path root, Path knownHosts)
        implements AutoCloseable {

    static final String SERVICE_USER = "gateway";
    static final String SERVICE_PASSWORD = "service-secret";
    /** Cheap rounds: a test's passwords protect nothing, and a login is checked in a millisecond. */
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    /** A started server with the default limits. */
    static TestSftpServer start(Path dataDir) {
        return start(dataDir, SftpLimits.defaults(), server -> {
        });
    }

    /** A started server with these limits. */
    static TestSftpServer start(Path dataDir, SftpLimits limits) {
        return start(dataDir, limits, server -> {
        });
    }

    /** A server with these limits, {@code beforeStart} done on it before it starts. */
    static TestSftpServer start(Path dataDir, SftpLimits limits, Consumer<EmbeddedSftpServer> beforeStart) {
        Path root = dataDir.resolve("sftp");
        Path knownHosts = dataDir.resolve("known_hosts");
        SftpProperties properties = new SftpProperties(true, "127.0.0.1", 0, root, dataDir.resolve("ssh_host_key"),
                knownHosts, SERVICE_USER, SERVICE_PASSWORD, true, Duration.ofMinutes(1), limits);
        InMemorySftpAccountDirectory directory = new InMemorySftpAccountDirectory();
        EmbeddedSftpServer server = new EmbeddedSftpServer(properties, directory);
        beforeStart.accept(server);
        server.start();
        return new TestSftpServer(server, directory, root, knownHosts);
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

    @Override
    public void close() {
        server.stop();
    }
}
