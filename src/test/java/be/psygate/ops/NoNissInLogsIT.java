package be.psygate.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No national number in any log line of a full run (issue "Operations and reliability"). Failsafe runs this once
 * the tests' JVM has ended, so every gateway context the tests started, on every database and broker, has logged
 * all it will, its shutdown included. It reads:
 * <ul>
 *   <li>the build's test log ({@code psygate.test-log}, written by {@code logback-test.xml} from every context);</li>
 *   <li>what the test classes wrote to the console ({@code target/surefire-reports/*-output.txt}), for what does
 *   not go through the logging system;</li>
 *   <li>the standalone broker's log when {@code .ci/run} ran one ({@code target/ci-broker/broker.log});</li>
 *   <li>what the gateways and brokers {@link CrashIT} ran as child processes logged and wrote to their consoles
 *   ({@code target/test-logs/crash/<run>/*.log} and {@code *.out}): Failsafe runs the ITs in alphabetical order,
 *   so CrashIT has run by then.</li>
 * </ul>
 * Only files written during this build are read. See {@link NissInLogs} for what counts as a national number.
 */
class NoNissInLogsIT {

    static final Path TARGET = Path.of("target");

    @Test
    void noLineLoggedByTheRunHoldsANationalNumber() throws IOException {
        Path testLog = Path.of(System.getProperty("psygate.test-log", "target/test-logs/tests.log"));
        assertThat(testLog).as("the tests' log: run the tests in the same build (./mvnw verify)").isRegularFile();
        FileTime buildStarted = buildStarted();

        List<Path> logs = new ArrayList<>();
        logs.add(testLog);
        logs.addAll(filesWrittenSince(TARGET.resolve("surefire-reports"), "-output.txt", buildStarted));
        logs.addAll(filesWrittenSince(TARGET.resolve("ci-broker"), ".log", buildStarted));
        Path crashRuns = TARGET.resolve("test-logs/crash");
        if (Files.isDirectory(crashRuns)) {
            try (Stream<Path> runs = Files.list(crashRuns)) {
                for (Path run : runs.filter(Files::isDirectory).sorted().toList()) {
                    logs.addAll(filesWrittenSince(run, ".log", buildStarted));
                    logs.addAll(filesWrittenSince(run, ".out", buildStarted));
                }
            }
        }
        Set<String> fixtures = NissInLogs.fixtureNiss(Path.of("test-fixtures"));
        assertThat(fixtures).as("the fixtures' patients").isNotEmpty();

        NissInLogs scan = new NissInLogs(fixtures).scan(logs);

        System.out.printf("NISS log check: %d files, %d lines, %d 11-digit numbers, %d fixture patients: %d leaks%n",
                logs.size(), scan.lines(), scan.numbers(), fixtures.size(), scan.leaks().size());
        assertThat(scan.lines()).as("lines logged by the tests").isPositive();
        assertThat(scan.leaks()).as("national numbers in the logs (file:line: masked number)").isEmpty();
    }

    /** The build's start ({@code maven.build.timestamp}, UTC), a minute early; the epoch when not given. */
    private static FileTime buildStarted() {
        String stamp = System.getProperty("psygate.build-started", "");
        if (stamp.isBlank()) {
            return FileTime.fromMillis(0);
        }
        LocalDateTime started = LocalDateTime.parse(stamp, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        return FileTime.from(started.minusMinutes(1).toInstant(ZoneOffset.UTC));
    }

    private static List<Path> filesWrittenSince(Path folder, String suffix, FileTime since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(since) >= 0;
                } catch (IOException e) {
                    return true;
                }
            }).sorted().toList();
        }
    }
}
