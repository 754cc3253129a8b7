package be.psygate.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * The settings of a gateway that a test class starts for itself (a context of its own, closed after the class)
 * rather than sharing {@link GatewayTest}'s: what every such gateway needs, the test adding what it is about.
 */
public final class OwnGateway {

    private OwnGateway() {
    }

    /**
     * Its data directory and SFTP port, the tests' "today" ({@link GatewayTest#TODAY}), no broker acceptor of its
     * own, and {@code camelName} as its Camel context's name, which its log lines carry.
     */
    public static void settings(DynamicPropertyRegistry registry, Path dataDir, int sftpPort, String camelName) {
        registry.add("psygate.data-dir", dataDir::toString);
        registry.add("psygate.sftp.port", () -> sftpPort);
        registry.add("psygate.clock.fixed", () -> GatewayTest.TODAY);
        registry.add("psygate.broker.acceptor", () -> "");
        registry.add("camel.main.name", () -> camelName);
    }
}
