package be.psygate.sftp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * Writes the server's own host key in OpenSSH known_hosts format ({@code [host]:port keytype base64}, one line
 * per name, each ending with a newline), so that a client on the same machine can connect with strict host
 * key checking. The file belongs to the server and is replaced as a whole.
 */
final class KnownHostsFile {

    private static final Set<String> WILDCARDS = Set.of("", "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "*");

    private KnownHostsFile() {
    }

    /**
     * @param file     the known_hosts file to (re)write
     * @param hostKey  the server's public host key
     * @param port     the port actually bound
     * @param bindHost the configured bind address(es), comma-separated; a specific one is listed too
     */
    static void write(Path file, PublicKey hostKey, int port, String bindHost) throws IOException {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("127.0.0.1");
        hosts.add("localhost");
        for (String host : bindHost.split(",")) {
            if (!WILDCARDS.contains(host.strip())) {
                hosts.add(host.strip());
            }
        }
        String key = PublicKeyEntry.toString(hostKey);
        StringBuilder content = new StringBuilder();
        for (String host : hosts) {
            content.append(hostPattern(host, port)).append(' ').append(key).append('\n');
        }
        replace(file, content.toString());
    }

    private static String hostPattern(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    private static void replace(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
