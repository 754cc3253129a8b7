package be.psygate.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A gateway that a test class starts for itself (a context of its own, closed after the class) rather than sharing
 * {@link GatewayTest}'s: its data directory, its SFTP port, its name and its embedded broker's server id, and the
 * settings every such gateway needs, the test adding what it is about.
 *
 * @param camelName      its Camel context's name, which its log lines carry
 * @param brokerServerId its embedded broker's server id, which no other gateway of the tests uses (the brokers of
 *                       one JVM tell each other apart by it)
 */
public record OwnGateway(Path dataDir, int sftpPort, String camelName, int brokerServerId) {

    /** A gateway named {@code camelName}, in a new temporary data directory, on a free SFTP port. */
    public static OwnGateway named(String camelName, int brokerServerId) {
        return in(TestResources.newTempDir(camelName + "-"), camelName, brokerServerId);
    }

    /** A gateway named {@code camelName}, in {@code dataDir}, on a free SFTP port. */
    public static OwnGateway in(Path dataDir, String camelName, int brokerServerId) {
        return new OwnGateway(dataDir, TestResources.freePort(), camelName, brokerServerId);
    }

    /**
     * Its data directory, SFTP port, name and broker's server id, a free HTTP port where it serves HTTP, the tests'
     * "today" ({@link GatewayTest#TODAY}), and no broker acceptor of its own.
     */
    public void settings(DynamicPropertyRegistry registry) {
        registry.add("psygate.data-dir", dataDir::toString);
        registry.add("psygate.sftp.port", () -> sftpPort);
        registry.add("server.port", () -> 0);
        registry.add("psygate.clock.fixed", () -> GatewayTest.TODAY);
        registry.add("psygate.broker.acceptor", () -> "");
        registry.add("camel.main.name", () -> camelName);
        registry.add("spring.artemis.embedded.server-id", () -> brokerServerId);
    }

    /** Its {@link #settings settings}, the intake listing the homes every {@code pollDelay}. */
    public void settings(DynamicPropertyRegistry registry, Duration pollDelay) {
        settings(registry);
        registry.add("psygate.intake.poll-delay", pollDelay::toMillis);
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
