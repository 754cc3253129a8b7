package be.psygate.benchmark;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the machine's processor time went while a figure was measured: the whole machine (from {@code /proc/stat}),
 * this JVM, its Java threads grouped by what they do (the gateway runs in this JVM), and the JIT compiler and the
 * garbage collector, whose threads the JVM does not list. What this JVM did not spend was spent by other processes:
 * PostgreSQL's server, on PostgreSQL.
 */
final class CpuUse {

    /** The groups of Java threads, by a part of their names, in the order they are printed. */
    private static final Map<String, String[]> GROUPS = groups();

    private final long wallNanos;
    private final long machineBusyNanos;
    private final long machineStolenNanos;
    private final long processNanos;
    private final long jitMillis;
    private final long gcMillis;
    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> threadNames;

    private CpuUse(long wallNanos, long[] machineNanos, long processNanos, long jitMillis, long gcMillis,
                   Map<Long, Long> threadNanos, Map<Long, String> threadNames) {
        this.wallNanos = wallNanos;
        this.machineBusyNanos = machineNanos[0];
        this.machineStolenNanos = machineNanos[1];
        this.processNanos = processNanos;
        this.jitMillis = jitMillis;
        this.gcMillis = gcMillis;
        this.threadNanos = threadNanos;
        this.threadNames = threadNames;
    }

    /** The counters as they stand. */
    static CpuUse now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = threads.getThreadCpuTime(info.getThreadId());
            if (t >= 0) {
                cpu.put(info.getThreadId(), t);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
        return new CpuUse(System.nanoTime(), machineNanos(), process, jitMillis, gc, cpu, names);
    }

    /** What was spent from {@code before} to this, in one line: seconds of processor time. */
    String since(CpuUse before) {
        double wall = seconds(wallNanos - before.wallNanos);
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        GROUPS.keySet().forEach(g -> byGroup.put(g, 0L));
        long javaThreads = 0;
        for (Map.Entry<Long, Long> t : threadNanos.entrySet()) {
            long spent = t.getValue() - before.threadNanos.getOrDefault(t.getKey(), 0L);
            javaThreads += spent;
            byGroup.merge(group(threadNames.get(t.getKey())), spent, Long::sum);
        }
        String groups = byGroup.entrySet().stream().filter(e -> e.getValue() >= 50_000_000L)
                .map(e -> f("%s %.1f", e.getKey(), seconds(e.getValue())))
                .collect(Collectors.joining(", "));
        long process = processNanos - before.processNanos;
        StringBuilder out = new StringBuilder(f("%d cores x %.1f s = %.1f s; machine busy %.1f s (stolen by the "
                        + "hypervisor %.1f s)", cores, wall, cores * wall, seconds(machineBusyNanos - before.machineBusyNanos),
                seconds(machineStolenNanos - before.machineStolenNanos)));
        if (process >= 0 && processNanos >= 0) {
            out.append(f("; this JVM %.1f s: Java threads %.1f s (%s), compiler and collector threads %.1f s",
                    seconds(process), seconds(javaThreads), groups, seconds(process - javaThreads)));
        }
        if (jitMillis >= 0) {
            out.append(f("; JIT compiling %.1f s", (jitMillis - before.jitMillis) / 1000.0));
        }
        out.append(f("; collector pauses %.1f s", (gcMillis - before.gcMillis) / 1000.0));
        return out.toString();
    }

    /** The JIT compiler's time from {@code before} to this, in ms; -1 if the JVM does not count it. */
    long jitMillisSince(CpuUse before) {
        return jitMillis < 0 ? -1 : jitMillis - before.jitMillis;
    }

    private static String group(String threadName) {
        if (threadName == null) {
            return "other";
        }
        if (threadName.equals("main")) {
            return "benchmark";
        }
        for (Map.Entry<String, String[]> g : GROUPS.entrySet()) {
            for (String part : g.getValue()) {
                if (threadName.contains(part)) {
                    return g.getKey();
                }
            }
        }
        return "other";
    }

    private static Map<String, String[]> groups() {
        Map<String, String[]> g = new LinkedHashMap<>();
        g.put("intake", new String[] {"psygate-sftp://", "Threads"});
        g.put("SFTP server", new String[] {"sshd-"});
        g.put("broker", new String[] {"ActiveMQ", "activemq", "JmsConsumer", "InVM"});
        g.put("H2", new String[] {"MVStore", "H2 "});
        // the thread named main alone, which runs the benchmark itself
        g.put("benchmark", new String[0]);
        g.put("other", new String[0]);
        return g;
    }

    /**
     * The machine's time, every core, from {@code /proc/stat}: busy (user, nice, system, irq, softirq) and stolen by
     * the hypervisor of a virtual machine; zeros where there is none.
     */
    private static long[] machineNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(f[i]);
            }
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            // USER_HZ is 100 on Linux
            return new long[] {busy * 10_000_000L, steal * 10_000_000L};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
