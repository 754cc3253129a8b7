package be.psygate.benchmark;

import be.psygate.benchmark.Benchmark.AckDelays;
import be.psygate.benchmark.Benchmark.Results;
import be.psygate.benchmark.Benchmark.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one table, in Markdown: a row per target and database, with the figure measured, PASS or FAIL, the
 * machine and the database; figures that have no target (the baseline, billing) follow as "info".
 */
final class Report {

    /** Issue 13's binding targets. */
    static final double H2_LINES_PER_SECOND = 20_000;
    static final double PG_LINES_PER_SECOND = 10_000;
    static final double MAX_RATIO = 2.0;
    static final double MAX_ACK_P95_MS = 1_000;
    static final double MAX_BILLING_SECONDS = 60;
    static final double MAX_RECONCILIATION_SECONDS = 60;

    private Report() {
    }

    static String table(Settings s, SyntheticCountry.Written lists, Map<String, Results> byDb) {
        String machine = machine();
        List<String[]> rows = new ArrayList<>();
        byDb.forEach((dbName, r) -> {
            String db = BenchDatabase.named(dbName).name();
            boolean pg = BenchDatabase.named(dbName).postgres();
            double rate = lists.lines() / r.intakeSeconds;
            double floor = pg ? PG_LINES_PER_SECOND : H2_LINES_PER_SECOND;
            boolean complete = r.intakeComplete;
            if (r.warmUpFiles > 0) {
                rows.add(new String[] {"0. Warm-up before target 1: lists of other practices, not counted",
                        f("%,d lists in %.1f s; the JIT compiler's share of each round of %d lists: %s", r.warmUpFiles,
                                r.warmUpSeconds, s.warmUpRound(), r.warmUpJitShares), "info", machine, db});
            }
            if (!r.warmUpRounds.isEmpty()) {
                rows.add(new String[] {"0. Then rounds of target 1's shape (one practice's lists), not counted",
                        r.warmUpRounds, "info", machine, db});
            }
            rows.add(new String[] {f("1. Intake end to end, %,d lines in %,d lists: >= %,.0f lines/s", lists.lines(),
                    lists.files().size(), floor),
                    f("%,.0f lines/s (%.1f s; %,d stored, %,d accepted, %,d acks%s)", rate, r.intakeSeconds,
                            r.intakeStored, r.intakeAccepted, r.intakeAcks,
                            r.intakeRounds.isEmpty() ? "" : "; the median of " + r.intakeRounds),
                    verdict(complete && rate >= floor), machine, db});
            if (!r.intakeCpu.isEmpty()) {
                rows.add(new String[] {"   Processor time while target 1 ran", r.intakeCpu, "info", machine, db});
            }
            double ratio = r.intakeSeconds / r.baselineSeconds;
            if (r.baselineSeconds > 0) {
                rows.add(new String[] {pg ? "   Intake time / plain-Java baseline (target on H2 only)"
                        : f("1. Intake time / plain-Java baseline: <= %.1fx", MAX_RATIO),
                        f("%.1fx (baseline %.2f s, %,.0f lines/s%s)", ratio, r.baselineSeconds,
                                lists.lines() / r.baselineSeconds,
                                r.baselineRuns.isEmpty() ? "" : "; the median of " + r.baselineRuns),
                        pg ? "info" : verdict(ratio <= MAX_RATIO), machine, db});
            }
            if (r.tranche1Lists > 0) {
                rows.add(new String[] {"   A payment run writing out the lists' tranche 1 (before it plans)",
                        f("%,d entries of %,d lists in %.1f s (%,.0f entries/s)", r.tranche1Entries, r.tranche1Lists,
                                r.tranche1Seconds, r.tranche1Entries / r.tranche1Seconds), "info", machine, db});
            }
            if (r.ackBefore != null && r.ackAfter != null) {
                AckDelays a = r.ackAfter;
                AckDelays b = r.ackBefore;
                // flat: the idle practices add at most half again and 100 ms to the p95
                boolean flat = a.p95() <= b.p95() * 1.5 + 100;
                rows.add(new String[] {f("2. Ack of a %d-line list, p95 from its upload, %,d practices: <= %,.0f ms, "
                        + "flat in practices", s.ackLines(), r.practicesAfter, MAX_ACK_P95_MS),
                        f("p95 %.0f ms (p50 %.0f, max %.0f; %d uploads); with %,d practices: p95 %.0f ms "
                                + "(p50 %.0f; %d uploads)", a.p95(), a.p50(), a.max(), a.uploads(),
                                r.practicesBefore, b.p95(), b.p50(), b.uploads()),
                        verdict(a.p95() <= MAX_ACK_P95_MS && flat), machine, db});
            }
            if (s.bigLines() > 0) {
                rows.add(new String[] {f("3. One list of %,d lines answered under -Xmx%s", s.bigLines(), s.bigHeap()),
                        "ok".equals(r.bigFile) ? f("answered in %.1f s, %,d lines stored, heap peak %,d MB",
                                r.bigSeconds, r.bigLines, r.bigPeakHeapMb) : r.bigFile,
                        verdict("ok".equals(r.bigFile) && r.bigLines == s.bigLines()), machine, db});
            }
            if (s.billing()) {
                // the targets hold on PostgreSQL, the production database; on H2 the figures are information
                rows.add(new String[] {f("5. Billing run over %,d accepted sessions, all formats: <= %.0f s%s",
                        r.billedSessions, MAX_BILLING_SECONDS, pg ? "" : " (target on PostgreSQL)"),
                        f("%.1f s (%,.0f sessions/s, %,d batches %s)", r.billingSeconds,
                                r.billedSessions / r.billingSeconds, r.batches, r.batchesByFormat),
                        pg ? verdict(r.billingSeconds <= MAX_BILLING_SECONDS) : "info", machine, db});
                rows.add(new String[] {f("5. Reconciliation of %,d answered lines with tranche 2: <= %.0f s%s",
                        r.returnLines, MAX_RECONCILIATION_SECONDS, pg ? "" : " (target on PostgreSQL)"),
                        f("%.1f s (%,.0f lines/s, %,d tranche 2, %,d clawbacks)", r.reconciliationSeconds,
                                r.returnLines / r.reconciliationSeconds, r.tranche2, r.clawbacks),
                        pg ? verdict(r.reconciliationSeconds <= MAX_RECONCILIATION_SECONDS) : "info", machine, db});
            }
        });
        StringBuilder out = new StringBuilder();
        out.append(f("Lists: %,d lines in %,d files (%,d broken on purpose), seed %d%n%n", lists.lines(),
                lists.files().size(), lists.invalid(), s.seed()));
        out.append("| Target | Figure | Result | Machine | Database |\n|---|---|---|---|---|\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    /** Cores, processor, memory, system and Java, as this JVM sees them. */
    static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count alone
        }
        long memory = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize() >> 30;
        }
        return f("%d cores, %s%d GB, %s, Java %s", Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("os.name"), System.getProperty("java.version"));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
