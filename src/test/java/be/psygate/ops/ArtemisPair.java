package be.psygate.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A live/backup pair of real Artemis brokers replicating their journal, made by {@code .ci/artemis/pair} from the
 * Artemis distribution {@code .ci/run} unpacks (its folder in {@code PSYGATE_ARTEMIS_HOME}), each broker a process of
 * its own that the tests start, kill ({@code kill -9}) and start again. Each start's console is a file of its own in
 * the logs folder.
 */
final class ArtemisPair implements AutoCloseable {

    enum Node { PRIMARY, BACKUP }

    /** The broker is active: it serves clients. */
    static final String ACTIVE = "AMQ221007";
    /** The backup holds a copy of everything the active broker stored. */
    static final String SYNCHRONIZED = "AMQ221024";

    private final Path dir;
    private final Path logs;
    private final Map<Node, Integer> ports = new EnumMap<>(Node.class);
    private final Map<Node, Process> processes = new EnumMap<>(Node.class);
    private final Map<Node, Path> consoles = new EnumMap<>(Node.class);
    private int starts;

    private ArtemisPair(Path dir, Path logs, int primaryPort, int backupPort) {
        this.dir = dir;
        this.logs = logs;
        ports.put(Node.PRIMARY, primaryPort);
        ports.put(Node.BACKUP, backupPort);
    }

    /** The distribution's folder, or null when the tests were not given one. */
    static Path home() {
        String home = System.getenv("PSYGATE_ARTEMIS_HOME");
        return home == null || home.isBlank() ? null : Path.of(home.strip());
    }

    static ArtemisPair create(Path home, Path dir, Path logs, String user, String password, int primaryPort,
                              int backupPort) throws IOException, InterruptedException {
        Process create = new ProcessBuilder(".ci/artemis/pair", home.toAbsolutePath().toString(),
                dir.toAbsolutePath().toString(), user, password, String.valueOf(primaryPort),
                String.valueOf(backupPort)).redirectErrorStream(true).start();
        String out = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!create.waitFor(3, TimeUnit.MINUTES) || create.exitValue() != 0) {
            throw new IllegalStateException(".ci/artemis/pair failed:\n" + out);
        }
        Files.createDirectories(logs);
        return new ArtemisPair(dir, logs, primaryPort, backupPort);
    }

    /** The client URL with fail-over, as production gives it. */
    String url() {
        return "(tcp://127.0.0.1:" + ports.get(Node.PRIMARY) + ",tcp://127.0.0.1:" + ports.get(Node.BACKUP)
                + ")?ha=true&reconnectAttempts=-1";
    }

    /** Starts the broker and waits until its console shows {@code ready}. */
    void start(Node node, String ready, Duration atMost) {
        if (alive(node)) {
            throw new IllegalStateException(node + " runs already");
        }
        starts++;
        Path console = logs.resolve("artemis-" + node.name().toLowerCase() + "-" + starts + ".out");
        try {
            Process p = new ProcessBuilder(dir.resolve(node.name().toLowerCase()).resolve("bin/artemis")
                    .toAbsolutePath().toString(), "run").redirectErrorStream(true)
                    .redirectOutput(console.toFile()).start();
            processes.put(node, p);
            consoles.put(node, console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitConsole(node, ready, atMost);
    }

    void awaitConsole(Node node, String text, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!alive(node)) {
                throw new AssertionError("the " + node + " broker ended before it logged " + text + ":\n"
                        + tail(node));
            }
            return console(node).contains(text);
        });
    }

    /** {@code kill -9}: the broker's JVM ends at once (the script execs it). */
    void kill(Node node) {
        Process p = processes.get(node);
        if (p != null) {
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive(Node node) {
        Process p = processes.get(node);
        return p != null && p.isAlive();
    }

    long pid(Node node) {
        return processes.get(node).pid();
    }

    String console(Node node) {
        try {
            Path c = consoles.get(node);
            return c == null || !Files.exists(c) ? "" : Files.readString(c);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail(Node node) {
        List<String> lines = console(node).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Stops both brokers (SIGTERM, then kill -9 after 30 s). */
    @Override
    public void close() {
        for (Process p : processes.values()) {
            if (p.isAlive()) {
                p.destroy();
                try {
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    p.destroyForcibly();
                }
            }
        }
    }
}
