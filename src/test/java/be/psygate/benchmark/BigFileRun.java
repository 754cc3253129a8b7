package be.psygate.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 6, in a JVM of its own started by {@link Benchmark} with the heap capped ({@code -Xmx512m}): a gateway on
 * its own database takes in one list of a million lines, dropped in one practice's {@code in/}. Prints one
 * {@value #RESULT} line: the time from the drop to the ack, the lines stored and the highest heap use read every
 * 100 ms meanwhile.
 */
public final class BigFileRun {

    static final String RESULT = "BIGFILE-RESULT";

    public static void main(String[] args) throws Exception {
        String dbName = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath();
        int lines = Integer.parseInt(args[2]);
        Benchmark.deleteTree(dir);
        Files.createDirectories(dir);
        SyntheticCountry one = new SyntheticCountry(Long.getLong("bench.seed", 2025L), 9_000, 1, 1, lines,
                Double.parseDouble(System.getProperty("bench.invalid-share", "0.02")), 2025);
        Path registry = dir.resolve("registry.yaml");
        one.writeRegistry(registry);
        Path staged = dir.resolve("gateway/sftp/bench-staging/sessions-2025-01.csv");
        Files.createDirectories(staged.getParent());
        long invalid = one.writeOneList(staged, 9_000, lines);
        System.out.printf(Locale.ROOT, "one list of %,d lines (%,d bytes, %,d broken on purpose), heap max %d MB%n",
                lines, Files.size(staged), invalid, Runtime.getRuntime().maxMemory() >> 20);
        BenchDatabase db = BenchDatabase.named(dbName);
        try (BenchGateway gateway = BenchGateway.start(db, dir.resolve("gateway"), registry,
                Map.of("psygate.intake.read-lock-timeout", 600_000))) {
            Path in = gateway.practicesRoot().resolve(one.sftpUser(9_000)).resolve("in");
            Files.createDirectories(in);
            Path ack = gateway.practicesRoot().resolve(one.sftpUser(9_000)).resolve("out/sessions-2025-01.csv.ack.csv");
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long[] peakUsed = {0};
            long t0 = System.nanoTime();
            Files.move(staged, in.resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            // the heap in use, read every 100 ms while the list is taken in: its highest reading
            BenchGateway.await("the ack of the big list", Duration.parse(System.getProperty("bench.timeout", "PT60M")),
                    Duration.ofMillis(100), () -> {
                        peakUsed[0] = Math.max(peakUsed[0], memory.getHeapMemoryUsage().getUsed());
                        return Files.exists(ack);
                    });
            double seconds = (System.nanoTime() - t0) / 1e9;
            long stored = gateway.count("select count(*) from session_line");
            long peak = peakUsed[0];
            System.out.printf(Locale.ROOT, "%s seconds=%.1f lines=%d peakHeapMb=%d%n", RESULT, seconds, stored,
                    peak >> 20);
        } finally {
            db.dropSchemas();
        }
        System.exit(0);
    }
}
