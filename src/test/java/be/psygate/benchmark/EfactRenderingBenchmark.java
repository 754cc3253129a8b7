package be.psygate.benchmark;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.identity.Niss;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How fast the {@code efact} format renders a sending, alone, with nothing else in the JVM: a batch of
 * {@code bench.efact-lines} sessions (100,000) of 2,000 patients in three mutualities, written {@code
 * bench.efact-rounds} times (10) after as many warm-up rounds; prints the median round's time and the records per
 * sessions per second. The billing run's CPU is mostly this rendering.
 *
 * <p>{@code ./mvnw -B -o -Pbenchmark verify -Dbench.main=be.psygate.benchmark.EfactRenderingBenchmark}; a Flight
 * Recorder profile with {@code -Dbench.jvm-flag=-XX:StartFlightRecording=filename=target/efact.jfr}.
 */
public final class EfactRenderingBenchmark {

    private EfactRenderingBenchmark() {
    }

    public static void main(String[] args) {
        int lines = Integer.getInteger("bench.efact-lines", 100_000);
        int rounds = Integer.getInteger("bench.efact-rounds", 10);
        InvoiceBatch batch = batchOf(lines);
        EfactFormat format = new EfactFormat();
        for (int i = 0; i < rounds; i++) {
            format.write(batch, OutputStream.nullOutputStream());
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            format.write(batch, OutputStream.nullOutputStream());
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        double median = times[rounds / 2] / 1e9;
        System.out.printf(Locale.ROOT, "efact rendering: %,d sessions, median of %d rounds %.3f s, %,.0f sessions/s%n",
                lines, rounds, median, lines / median);
    }

    private static InvoiceBatch batchOf(int size) {
        Niss[] patients = {TestBatches.MAN_1985, TestBatches.WOMAN_1992, TestBatches.PATIENT_2005,
                TestBatches.PATIENT_2001, TestBatches.PATIENT_1999, TestBatches.PATIENT_1964,
                TestBatches.PATIENT_2011, TestBatches.PATIENT_1978};
        String[] mutualities = {"134", "101", "116"};
        List<InvoiceLine> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int patient = i % patients.length;
            LocalDate day = LocalDate.of(2025, 3, 1 + i % 28);
            lines.add(TestBatches.line(1_000_000L + i, "L" + i, TestBatches.PSYCHOLOGIST_A, patients[patient],
                    mutualities[patient % mutualities.length], day.toString(), "792691", "66.10", "11.00"));
        }
        return TestBatches.withLines(TestBatches.large(), lines);
    }
}
