package be.psygate.ops;

import be.psygate.intake.IntakeSourceProperties;
import be.psygate.sftp.EmbeddedSftpServer;
import be.psygate.sftp.SftpLogin;
import com.jcraft.jsch.JSchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The {@code sftp} component of {@code /actuator/health}. With the embedded server: it is running and its port
 * answers as an SSH server does. When the gateway reads an external server instead: its service account can log in
 * (host key checked) and open an SFTP channel.
 */
@Component("sftp")
public class SftpHealthIndicator implements HealthIndicator {

    private final ObjectProvider<EmbeddedSftpServer> embedded;
    private final OpsProperties props;
    private final IntakeSourceProperties source;

    public SftpHealthIndicator(ObjectProvider<EmbeddedSftpServer> embedded, OpsProperties props,
                               IntakeSourceProperties source) {
        this.embedded = embedded;
        this.props = props;
        this.source = source;
    }

    @Override
    public Health health() {
        EmbeddedSftpServer server = embedded.getIfAvailable();
        return server != null ? embeddedHealth(server) : externalHealth();
    }

    private Health embeddedHealth(EmbeddedSftpServer server) {
        Health.Builder health = Health.unknown().withDetail("server", "embedded");
        if (!server.isRunning()) {
            return health.down().withDetail("error", "the embedded SFTP server is not running").build();
        }
        int serverPort = server.port();
        String address = "0.0.0.0".equals(server.properties().host()) ? "127.0.0.1" : server.properties().host();
        health.withDetail("port", serverPort);
        int timeout = (int) props.sftpHealthTimeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, serverPort), timeout);
            socket.setSoTimeout(timeout);
            String banner = firstLine(socket.getInputStream());
            if (!banner.startsWith("SSH-")) {
                return health.down().withDetail("error", "the port does not answer as an SSH server").build();
            }
            return health.up().build();
        } catch (IOException e) {
            return health.down().withDetail("error", "the port does not accept: " + e.getMessage()).build();
        }
    }

    private Health externalHealth() {
        Health.Builder health = Health.unknown().withDetail("server", "external").withDetail("host", source.host())
                .withDetail("port", source.port());
        try (SftpLogin login = source.login((int) props.sftpHealthTimeout().toMillis())) {
            return health.up().build();
        } catch (JSchException e) {
            return health.down().withDetail("error", "login failed: " + e.getMessage()).build();
        }
    }

    /** The server's identification line (RFC 4253: sent first, ends with CR LF). */
    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && line.length() < 255) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
