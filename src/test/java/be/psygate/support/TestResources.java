package be.psygate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test that runs a gateway of its own needs from the machine: a data directory, free ports, and what the
 * environment says of the servers it is run against.
 */
public final class TestResources {

    private TestResources() {
    }

    /** A new, empty temporary directory whose name starts with {@code prefix}. */
    public static Path newTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable {@code name}, or {@code fallback} where it is not set or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A TCP port free on this machine now (the system picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
