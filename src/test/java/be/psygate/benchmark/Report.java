package be.psygate.benchmark;

import be.psygate.benchmark.Benchmark.Results;
import be.psygate.benchmark.Benchmark.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's table, in Markdown: one column per database, the target last. */
final class Report {

    private Report() {
    }

    static String table(Settings s, SyntheticCountry.Written lists, Map<String, Results> byDb) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("1. Intake end to end (sessions/s)", byDb,
                r -> f("%,.0f (%,d lines, %,d acks, %.1f s)", lists.lines() / r.intakeSeconds, r.intakeStored,
                        r.intakeAcks, r.intakeSeconds), ">= 20,000"));
        rows.add(row("2. Plain-Java baseline (sessions/s)", byDb,
                r -> f("%,.0f (%.1f s)", lists.lines() / r.baselineSeconds, r.baselineSeconds), ""));
        rows.add(row("   Intake time / baseline time", byDb,
                r -> f("%.1fx", r.intakeSeconds / r.baselineSeconds), "<= 2x"));
        rows.add(row("3. Billing run, all formats (sessions/s)", byDb,
                r -> f("%,.0f (%,d sessions, %,d batches %s, %.1f s)", r.billedSessions / r.billingSeconds,
                        r.billedSessions, r.batches, r.batchesByFormat, r.billingSeconds), ""));
        rows.add(row("4. Reconciliation with tranche 2 (return lines/s)", byDb,
                r -> f("%,.0f (%,d lines, %,d tranche 2, %,d clawbacks, %.1f s)",
                        r.returnLines / r.reconciliationSeconds, r.returnLines, r.tranche2, r.clawbacks,
                        r.reconciliationSeconds), ""));
        rows.add(row(f("5. Ack delay, %d uploads of %d lines (p50 / p95)", s.ackUploads(), s.ackLines()), byDb,
                r -> f("%.0f ms / %.0f ms (max %.0f ms)", r.ackP50, r.ackP95, r.ackMax), "p95 <= 1,000 ms"));
        rows.add(row(f("6. One list of %,d lines, -Xmx%s", s.bigLines(), s.bigHeap()), byDb,
                r -> "ok".equals(r.bigFile) ? f("%.1f s, %,d lines stored, heap peak %d MB", r.bigSeconds,
                        r.bigLines, r.bigPeakHeapMb) : r.bigFile, "within the heap"));
        StringBuilder out = new StringBuilder();
        out.append(f("Lists: %,d lines in %,d files (%,d broken on purpose), seed %d; %d cores, Java %s%n%n",
                lists.lines(), lists.files().size(), lists.invalid(), s.seed(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        out.append("| Figure |");
        byDb.keySet().forEach(db -> out.append(' ').append(BenchDatabase.named(db)
                .name()).append(" |"));
        out.append(" Target |\n|---|");
        byDb.keySet().forEach(db -> out.append("---|"));
        out.append("---|\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    private static String[] row(String figure, Map<String, Results> byDb, Function<Results, String> cell,
                                String target) {
        List<String> cells = new ArrayList<>();
        cells.add(figure);
        byDb.values().forEach(r -> cells.add(cell.apply(r)));
        cells.add(target);
        return cells.toArray(String[]::new);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
