package be.psygate.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * A Java process the crash tests start on the tests' own classpath (the gateway, or a broker), and stop, kill
 * ({@code kill -9}) and start again on the same data. Each start writes its console to a file of its own under
 * {@code target/test-logs/crash/<run>/} ({@code <name>-<n>.out}, and the gateway's log {@code <name>-<n>.log}), which
 * {@link NoNissInLogsIT} reads too.
 */
final class ChildJvm implements AutoCloseable {

    static final Path LOGS = Path.of("target/test-logs/crash");

    private final String name;
    private final String mainClass;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Path logDir;
    /** The gateway's HTTP port, when the child is a gateway. */
    int httpPort;
    private Process process;
    private int starts;
    private Path console;

    ChildJvm(String name, Path logDir, String mainClass, List<String> jvmOptions, List<String> arguments) {
        this.name = name;
        this.logDir = logDir;
        this.mainClass = mainClass;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
    }

    String name() {
        return name;
    }

    /** Starts the process (again); its console goes to a new file. */
    ChildJvm start() {
        if (alive()) {
            throw new IllegalStateException(name + " runs already");
        }
        starts++;
        try {
            Files.createDirectories(logDir);
            console = logDir.resolve(name + "-" + starts + ".out");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("@" + classpathArgumentFile(logDir).toAbsolutePath());
            // a small, quick JVM: the machine runs several of them and the build at once
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx512m",
                    "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8"));
            command.add("-Dpsygate.test-log=" + logDir.resolve(name + "-" + starts + ".log").toAbsolutePath());
            command.addAll(jvmOptions);
            command.add(mainClass);
            command.addAll(arguments);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(console.toFile()).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the console shows {@code text}; fails at once, with the console's end, if the process ends. */
    void awaitConsole(String text, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!alive()) {
                    throw new AssertionError(name + " (start " + starts + ") ended with code " + process.exitValue()
                            + " before it logged \"" + text + "\":\n" + tail(60));
                }
                return consoleText().contains(text);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " (start " + starts + ") did not log \"" + text + "\" within " + atMost
                    + ":\n" + tail(60), e);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int starts() {
        return starts;
    }

    /** {@code kill -9}: the JVM ends at once, nothing of its own shutdown runs. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForEnd(Duration.ofSeconds(30));
        }
    }

    /** {@code kill} (SIGTERM): the JVM shuts down as in production; killed after {@code grace}. */
    void stop(Duration grace) {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitForEnd(grace)) {
                System.out.println("[crash] " + name + " did not stop within " + grace + ": killed");
                kill();
            }
        }
    }

    /**
     * {@code kill} (SIGTERM), then waits for the JVM to end by itself within {@code grace}: true when it did, false
     * when it had to be killed.
     */
    boolean terminate(Duration grace) {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        if (waitForEnd(grace)) {
            return true;
        }
        kill();
        return false;
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /** The last {@code lines} lines of the current start's console. */
    String tail(int lines) {
        List<String> all = Arrays.asList(consoleText().split("\n"));
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    String consoleText() {
        try {
            return console == null || !Files.exists(console) ? ""
                    : new String(Files.readAllBytes(console), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private boolean waitForEnd(Duration atMost) {
        try {
            return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A java argument file holding {@code -cp <the tests' classpath>}: the classpath is long for a command line. */
    private static Path classpathArgumentFile(Path dir) throws IOException {
        Path file = dir.resolve("classpath.args");
        if (!Files.exists(file)) {
            Files.writeString(file, "-cp \"" + testClasspath().replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
        }
        return file;
    }

    /**
     * The classpath of the tests: Surefire and Failsafe name it in {@code surefire.test.class.path}; without it, the
     * JVM's own, unless that is a manifest-only jar (Surefire's booter), whose {@code Class-Path} is then read.
     */
    static String testClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", "");
        if (classpath.isBlank()) {
            classpath = System.getProperty("java.class.path");
        }
        String[] entries = classpath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(entries[0])) {
                String manifestClasspath = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestClasspath != null && !manifestClasspath.isBlank()) {
                    URI base = Path.of(entries[0]).toAbsolutePath().toUri();
                    return Arrays.stream(manifestClasspath.trim().split("\\s+"))
                            .map(entry -> Path.of(base.resolve(entry)).toString())
                            .collect(Collectors.joining(File.pathSeparator));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // no empty entry: it would put the working directory on the classpath (and routes/ twice, for one)
        return Arrays.stream(entries).filter(e -> !e.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }
}
