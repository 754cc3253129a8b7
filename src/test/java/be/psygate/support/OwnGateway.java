package be.psygate.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * A gateway that a test class starts for itself (a context of its own, closed after the class) rather than sharing
 * {@link GatewayTest}'s: its data directory, its SFTP port and its name, and the settings every such gateway needs,
 * the test adding what it is about.
 *
 * @param camelName its Camel context's name, which its log lines carry
 */
public record OwnGateway(Path dataDir, int sftpPort, String camelName) {

    /** A gateway named {@code camelName}, in a new temporary data directory, on a free SFTP port. */
    public static OwnGateway named(String camelName) {
        return new OwnGateway(TestResources.newTempDir(camelName + "-"), TestResources.freePort(), camelName);
    }

    /**
     * Its data directory, SFTP port and name, the tests' "today" ({@link GatewayTest#TODAY}), and no broker acceptor
     * of its own.
     */
    public void settings(DynamicPropertyRegistry registry) {
        registry.add("psygate.data-dir", dataDir::toString);
        registry.add("psygate.sftp.port", () -> sftpPort);
        registry.add("psygate.clock.fixed", () -> GatewayTest.TODAY);
        registry.add("psygate.broker.acceptor", () -> "");
        registry.add("camel.main.name", () -> camelName);
    }

    /** The home of the practice whose SFTP user is {@code sftpUser}, on the server's disk. */
    public Path practiceHome(String sftpUser) {
        return dataDir.resolve("sftp/practices").resolve(sftpUser);
    }

    /** The known_hosts file in which the gateway writes its SFTP server's host key. */
    public Path knownHosts() {
        return dataDir.resolve("known_hosts");
    }
}
