package be.psygate.benchmark;

import be.psygate.billing.BillingRun;
import be.psygate.identity.TestIds;
import be.psygate.billing.HospitalProperties;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLedger;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.ReturnProfile;
import be.psygate.billing.returns.SimulatedReturns;
import be.psygate.ledger.SessionLedger;
import be.psygate.payments.PaymentLedger;
import be.psygate.tariff.TariffBook;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import org.apache.camel.ProducerTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The performance benchmark ({@code ./mvnw -Pbenchmark verify}, see docs/benchmarks.md): on each database, the
 * gateway as it runs, fed with a synthetic country's year, measured six ways; the table is printed and written to
 * {@code target/benchmarks/}. Sizes come from system properties ({@code bench.*}), so that a smaller run checks the
 * harness in a minute.
 */
public final class Benchmark {

    /** How many accepted sessions billing and reconciliation work on: the intake's, copied up to this many. */
    static final long BILLING_SESSIONS = Long.getLong("bench.billing-sessions", 1_000_000L);
    /** Figures left out of a run ({@code -Dbench.skip=baseline,ack,big}), e.g. to measure billing alone. */
    static final java.util.Set<String> SKIPPED = java.util.Set.of(System.getProperty("bench.skip", "none")
            .split("\\s*,\\s*"));

    private final Settings settings;
    private final Path work;
    private final SyntheticCountry country;
    private final SyntheticCountry ackCountry;
    private final Path registry;
    private final SyntheticCountry.Written lists;
    private final SyntheticCountry.Written ackLists;
    private final SyntheticCountry.Written warmUpLists;
    /** Target 1 taken again (bench.rounds): the same shape of lists from still other practices, one set a round. */
    private final List<SyntheticCountry.Written> roundLists = new ArrayList<>();
    /** Rounds of target 1's shape taken after the warm-up and before target 1, not counted (bench.warm-up-rounds). */
    private final List<SyntheticCountry.Written> warmUpRoundLists = new ArrayList<>();

    private Benchmark(Settings settings) throws IOException {
        this.settings = settings;
        this.work = settings.work;
        deleteTree(work);
        Files.createDirectories(work);
        int practices = settings.files / settings.filesPerPractice;
        this.country = new SyntheticCountry(settings.seed, practices, settings.filesPerPractice,
                (int) (settings.lines / settings.files), settings.invalidShare, 2025);
        int ackPractices = (settings.ackUploads + 9) / 10;
        // numbered apart from the intake's practices, whose patients they never share
        this.ackCountry = new SyntheticCountry(settings.seed, Math.max(practices, 100), ackPractices, 10,
                settings.ackLines, settings.invalidShare, 2025);
        // lists of still other practices, taken in before target 1 and not counted (bench.warm-up-files)
        int warmUpPractices = Math.max(1, (settings.warmUpFiles + 9) / 10);
        SyntheticCountry warmUpCountry = new SyntheticCountry(settings.seed, Math.max(practices, 100) + ackPractices,
                warmUpPractices, 10, (int) (settings.lines / settings.files), settings.invalidShare, 2025);
        List<SyntheticCountry> rounds = new ArrayList<>();
        for (int k = 1; k < settings.rounds; k++) {
            rounds.add(new SyntheticCountry(settings.seed, Math.max(practices, 100) + ackPractices + warmUpPractices
                    + (k - 1) * practices, practices, settings.filesPerPractice, (int) (settings.lines / settings.files),
                    settings.invalidShare, 2025));
        }
        List<SyntheticCountry> warmUpRounds = new ArrayList<>();
        for (int k = 0; k < settings.warmUpRoundsMax(); k++) {
            warmUpRounds.add(new SyntheticCountry(settings.seed, Math.max(practices, 100) + ackPractices
                    + warmUpPractices + (settings.rounds - 1 + k) * practices, practices, settings.filesPerPractice,
                    (int) (settings.lines / settings.files), settings.invalidShare, 2025));
        }
        List<SyntheticCountry> otherParts = new ArrayList<>(List.of(ackCountry, warmUpCountry));
        otherParts.addAll(rounds);
        otherParts.addAll(warmUpRounds);
        this.registry = work.resolve("registry.yaml");
        country.writeRegistry(registry, otherParts.toArray(SyntheticCountry[]::new));
        long t = System.nanoTime();
        this.lists = country.writeLists(work.resolve("lists"));
        this.roundLists.add(lists);
        for (int k = 1; k < settings.rounds; k++) {
            roundLists.add(rounds.get(k - 1).writeLists(work.resolve("lists-" + k)));
        }
        for (int k = 0; k < settings.warmUpRoundsMax(); k++) {
            warmUpRoundLists.add(warmUpRounds.get(k).writeLists(work.resolve("warm-up-round-" + (k + 1))));
        }
        this.ackLists = ackCountry.writeLists(work.resolve("ack-lists"));
        this.warmUpLists = warmUpCountry.writeLists(work.resolve("warm-up-lists"));
        System.out.printf(Locale.ROOT, "[bench] generated %,d lines in %,d lists for %d practices "
                        + "(%,d broken on purpose) and %d lists of %d lines for the ack delay, in %.1f s%n",
                lists.lines(), lists.files().size(), practices, lists.invalid(), settings.ackUploads,
                settings.ackLines, seconds(System.nanoTime() - t));
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Benchmark benchmark = new Benchmark(settings);
        Map<String, Results> byDatabase = new LinkedHashMap<>();
        for (String db : settings.databases) {
            byDatabase.put(db, benchmark.round(db));
        }
        String table = Report.table(settings, benchmark.lists, byDatabase);
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target/benchmarks");
        Files.createDirectories(out);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.writeString(out.resolve("results-" + stamp + ".md"), table, StandardCharsets.UTF_8);
        System.out.println("[bench] written to " + out.resolve("results-" + stamp + ".md"));
        System.exit(0);
    }

    /** One database: the five in-process figures on one gateway, then the big file in a JVM of its own. */
    private Results round(String dbName) throws Exception {
        Path dataDir = work.resolve(dbName + "-gateway");
        BenchDatabase db = BenchDatabase.named(dbName);
        System.out.println("[bench] === " + db.name() + " ===");
        Results r = new Results();
        try {
            try (BenchGateway gateway = BenchGateway.start(db, dataDir, registry, Map.of())) {
                if (settings.warmUpFiles > 0) {
                    warmUp(gateway, r);
                }
                warmUpRounds(gateway, r);
                intake(gateway, r);
                if (!SKIPPED.contains("baseline")) {
                    baseline(gateway, db, dataDir, r);
                }
                if (!SKIPPED.contains("tranche1")) {
                    tranche1WrittenOut(gateway, r);
                }
                if (settings.billing) {
                    // billing and reconciliation over bench.billing-sessions accepted sessions (see SeededSessions)
                    SeededSessions.fillTo(gateway.jdbc(), db.postgres(), BILLING_SESSIONS);
                    // written in SQL, not by the ledger: it reads its patients' sessions again (H2)
                    gateway.bean(SessionLedger.class).reloadPatientDirectory();
                    billing(gateway, r);
                    reconciliation(gateway, r);
                }
                if (!SKIPPED.contains("ack")) {
                    List<Path> ackFiles = ackLists.files().subList(0, settings.ackUploads);
                    int half = ackFiles.size() / 2;
                    r.ackBefore = ackDelay(gateway, ackFiles.subList(0, half), "the registered practices alone");
                    r.practicesBefore = gateway.count("select count(*) from practice");
                    registerIdlePractices(gateway, settings.idlePractices);
                    r.practicesAfter = gateway.count("select count(*) from practice");
                    r.ackAfter = ackDelay(gateway, ackFiles.subList(half, ackFiles.size()),
                            f("%,d idle practices more", settings.idlePractices));
                }
            }
            if (settings.bigLines > 0 && !SKIPPED.contains("big")) {
                bigFile(dbName, r);
            }
        } finally {
            db.dropSchemas();
        }
        return r;
    }

    /**
     * 0. Lists of other practices taken in first, not counted: target 1 measures a gateway that has been taking lists
     * in, its code compiled, as the baseline that runs after it in the same JVM is, not one in its first minute. On
     * two cores the JIT compiler, one thread of its own, is still compiling the gateway's code (Spring, Camel, H2,
     * Artemis, Netty, Apache MINA SSHD) minutes after the start, and takes one core of two from the intake while it
     * does: the lists, uploaded over SFTP as target 1's are, are taken in rounds of {@code bench.warm-up-round} until
     * {@code bench.warm-up-quiet-rounds} rounds in a row in which the compiler worked less than
     * {@code bench.warm-up-until-jit} of the round's time, at most {@code bench.warm-up-files} lists.
     */
    private void warmUp(BenchGateway gateway, Results r) throws Exception {
        List<Path> all = warmUpLists.files().subList(0, Math.min(settings.warmUpFiles, warmUpLists.files().size()));
        List<Path[]> moves = stage(all, work.resolve("warm-up-lists"), gateway.practicesRoot(), "in");
        int round = Math.max(1, settings.warmUpRound);
        List<String> shares = new ArrayList<>();
        int quietInARow = 0;
        for (int from = 0; from < moves.size(); from += round) {
            Dropped dropped = uploadAllAndAwaitAcks(gateway, moves.subList(from, Math.min(moves.size(), from + round)),
                    "every warm-up list answered");
            double seconds = dropped.seconds();
            long jit = CpuUse.now().jitMillisSince(dropped.start());
            double share = jit / 1000.0 / seconds;
            shares.add(f("%.0f%%", share * 100));
            r.warmUpSeconds += seconds;
            r.warmUpFiles = Math.min(moves.size(), from + round);
            // one quiet round is not the end of the compiler's work: a round of 40 lists happened to be quiet after
            // 1,200 lists while the next rounds still had it at work for most of their time (docs/benchmarks.md)
            quietInARow = jit >= 0 && share < settings.warmUpUntilJit ? quietInARow + 1 : 0;
            if (quietInARow >= settings.warmUpQuietRounds) {
                break;
            }
        }
        r.warmUpJitShares = String.join(" ", shares);
        System.out.printf(Locale.ROOT, "[bench] 0. warm-up: %,d lists of other practices in %.1f s (not counted); "
                + "the JIT compiler's share of each round of %d: %s%n", r.warmUpFiles, r.warmUpSeconds, round,
                r.warmUpJitShares);
    }

    /**
     * 0. Then rounds of target 1's own shape, not counted: one practice's {@code bench.files} lists at once, queued on
     * one network, its patients on several of its lists. The warm-up's ten lists a practice do not run that shape, and
     * the first round of it had the JIT compiler at work for 2.1 to 2.9 s of 3.6 to 4.8 s (docs/benchmarks.md): its
     * code is compiled here, as the baseline's first run is not counted either. At least {@code bench.warm-up-rounds}
     * of them, then more until {@link #QUIET_SHAPE_ROUNDS} in a row in which the compiler worked less than
     * {@code bench.warm-up-until-jit} of the round's time, at most {@code bench.warm-up-rounds-max}: two rounds left
     * it at work for 0.5 to 1.4 s of each counted round of 2 s in most runs on two cores (docs/benchmarks.md).
     */
    private void warmUpRounds(BenchGateway gateway, Results r) throws Exception {
        List<String> rounds = new ArrayList<>();
        int quietInARow = 0;
        for (int k = 0; k < warmUpRoundLists.size(); k++) {
            if (k >= settings.warmUpRounds && quietInARow >= QUIET_SHAPE_ROUNDS) {
                break;
            }
            Round round = intakeRound(gateway, warmUpRoundLists.get(k), "warm-up-round-" + (k + 1), true);
            rounds.add(f("%.1f s (the JIT compiler %.1f s)", round.seconds(), round.jitSeconds()));
            boolean quiet = round.jitSeconds() >= 0 && round.jitSeconds() < settings.warmUpUntilJit * round.seconds();
            quietInARow = quiet ? quietInARow + 1 : 0;
        }
        r.warmUpRounds = String.join(", ", rounds);
    }

    /** How many rounds of target 1's shape in a row must find the JIT compiler quiet before target 1 is measured. */
    static final int QUIET_SHAPE_ROUNDS = 2;

    /**
     * 1. Every list renamed into its practice's in/ over SFTP, one after the other, as at the end of its upload; done
     * when every answer is out. With {@code bench.rounds} above 1, taken again that many times with as many lists of
     * other practices, one round after the other: the figure is the round of the median time, every round's time is
     * shown (to compare two versions of the code on a machine whose runs spread).
     */
    private void intake(BenchGateway gateway, Results r) throws Exception {
        List<Round> rounds = new ArrayList<>();
        for (int k = 0; k < roundLists.size(); k++) {
            rounds.add(intakeRound(gateway, roundLists.get(k), k == 0 ? "lists" : "lists-" + k, false));
        }
        Round median = median(rounds, Comparator.comparingDouble(Round::seconds));
        r.intakeSeconds = median.seconds();
        r.intakeCpu = median.cpu();
        r.intakeStored = median.stored();
        r.intakeAccepted = median.accepted();
        r.intakeAcks = median.acks();
        r.intakeComplete = rounds.stream().allMatch(Round::complete);
        r.intakeRounds = rounds.size() < 2 ? "" : rounds.stream().map(x -> f("%.1f", x.seconds()))
                .collect(java.util.stream.Collectors.joining(", ", "rounds of ", " s"));
        if (rounds.size() > 1) {
            System.out.printf(Locale.ROOT, "[bench] 1. intake, the median of %d rounds: %.1f s (%s)%n", rounds.size(),
                    r.intakeSeconds, r.intakeRounds);
        }
    }

    /** One round of target 1: its lists uploaded one after the other, timed until every one is answered. */
    private Round intakeRound(BenchGateway gateway, SyntheticCountry.Written written, String folder,
                              boolean warmUp) throws Exception {
        String accepted = "select count(*) from session_line where status = 'ACCEPTED'";
        String stored = "select count(*) from session_line";
        long acceptedBefore = gateway.count(accepted);
        long storedBefore = gateway.count(stored);
        long acksBefore = acks(gateway);
        List<Path[]> moves = stage(written.files(), work.resolve(folder), gateway.practicesRoot(), "in");
        Dropped dropped = uploadAllAndAwaitAcks(gateway, moves, "every list answered");
        double seconds = dropped.seconds();
        CpuUse now = CpuUse.now();
        String cpu = now.since(dropped.start());
        double jitSeconds = now.jitMillisSince(dropped.start()) / 1000.0;
        long acceptedNow = gateway.count(accepted) - acceptedBefore;
        long storedNow = gateway.count(stored) - storedBefore;
        long acksNow = acks(gateway) - acksBefore;
        System.out.printf(Locale.ROOT, "[bench] %s: %,d lines (%,d accepted, %,d expected) in %,d lists, "
                        + "%,d acks, %.1f s: %,.0f sessions/s%n", warmUp ? "0. a round of target 1's shape (not counted)"
                        : "1. intake", storedNow, acceptedNow,
                written.lines() - written.invalid(), moves.size(), acksNow, seconds, written.lines() / seconds);
        System.out.println("[bench]    processor time: " + cpu);
        return new Round(seconds, cpu, jitSeconds, storedNow, acceptedNow, acksNow,
                acksNow >= written.files().size() && storedNow == written.lines());
    }

    /** What one round of target 1 measured. */
    private record Round(double seconds, String cpu, double jitSeconds, long stored, long accepted, long acks,
                         boolean complete) {
    }

    /** The answers in the practices' out/ folders. */
    private static long acks(BenchGateway gateway) throws IOException {
        try (Stream<Path> s = Files.walk(gateway.practicesRoot())) {
            return s.filter(p -> p.toString().endsWith(".ack.csv")).count();
        }
    }

    /** 2. The plain-Java floor on the same lists and the same database engine. */
    private void baseline(BenchGateway gateway, BenchDatabase db, Path dataDir, Results r) throws Exception {
        Baseline baseline = new Baseline(gateway.bean(TariffBook.class), 1000);
        // run as often as target 1 has rounds, its figure the median too: one run of a second moves with the machine.
        // A first run is not counted, as target 1 is measured after a warm-up: the first run of the baseline's own
        // code, on a new database file, was the slowest of five in five benchmarks of six (docs/benchmarks.md), and
        // it was one of the three runs of the default median
        List<Double> runs = new ArrayList<>();
        try (Connection c = db.baselineConnection(dataDir)) {
            for (int k = -1; k < settings.rounds; k++) {
                long t0 = System.nanoTime();
                long[] counts = baseline.run(c, lists.files(), dataDir.resolve("baseline-acks"));
                double seconds = seconds(System.nanoTime() - t0);
                if (k >= 0) {
                    runs.add(seconds);
                }
                System.out.printf(Locale.ROOT, "[bench] 2. baseline%s: %,d lines (%,d priced) in %.2f s: "
                        + "%,.0f sessions/s%n", k < 0 ? " (its warm-up, not counted)" : "", counts[0], counts[1],
                        seconds, counts[0] / seconds);
            }
        }
        r.baselineSeconds = median(runs, Comparator.naturalOrder());
        r.baselineRuns = runs.size() < 2 ? "" : runs.stream().map(x -> f("%.2f", x))
                .collect(java.util.stream.Collectors.joining(", ", "runs of ", " s"));
    }

    /**
     * What a payment run pays for the tranche 1 the lists owe as one row each: the writing out of every list taken in
     * so far (warm-up and target 1), entry by entry, in one transaction, as the run does it before it plans.
     */
    private void tranche1WrittenOut(BenchGateway gateway, Results r) {
        TransactionTemplate tx = new TransactionTemplate(gateway.bean(PlatformTransactionManager.class));
        PaymentLedger payments = gateway.bean(PaymentLedger.class);
        long lists = gateway.count("select count(*) from tranche1_pending");
        long t0 = System.nanoTime();
        Integer entries = tx.execute(status -> {
            payments.lockPaymentRun();
            return payments.postOwedTranche1();
        });
        r.tranche1Seconds = seconds(System.nanoTime() - t0);
        r.tranche1Lists = lists;
        r.tranche1Entries = gateway.count("select count(*) from practice_entry where kind = 'TRANCHE_1'");
        System.out.printf(Locale.ROOT, "[bench] tranche 1 of %,d lists written out (%,d entries, %,d counted by the "
                + "statement) in %.1f s%n", lists, r.tranche1Entries, entries, r.tranche1Seconds);
    }

    /** 3. One billing run over every accepted session: batches made, rendered and delivered in every format. */
    private void billing(BenchGateway gateway, Results r) {
        ProducerTemplate camel = gateway.bean(ProducerTemplate.class);
        long t0 = System.nanoTime();
        BillingRun run = camel.requestBodyAndHeader("direct:billing-run", null, "PsyGateTrigger", "BENCHMARK",
                BillingRun.class);
        r.billingSeconds = seconds(System.nanoTime() - t0);
        r.billingRunId = run.runId();
        r.billedSessions = run.sessions();
        r.batches = run.newBatches();
        long delivered = gateway.count("select count(*) from invoice_batch where status = 'DELIVERED'");
        Map<String, Long> byFormat = new TreeMap<>();
        gateway.jdbc().sql("select format, count(*) from invoice_batch group by format")
                .query((rs, n) -> byFormat.put(rs.getString(1), rs.getLong(2))).list();
        r.batchesByFormat = byFormat.toString();
        System.out.printf(Locale.ROOT, "[bench] 3. billing: %,d sessions in %,d batches %s (%,d delivered) in "
                        + "%.1f s: %,.0f sessions/s%n", run.sessions(), run.newBatches(), byFormat, delivered,
                r.billingSeconds, run.sessions() / r.billingSeconds);
    }

    /**
     * 4. Every batch answered by its insurer (a receipt, then a settlement with about 5% refused and 5% paid in
     * part), dropped at once in the insurers' out/ folders; done when every answer is reconciled.
     */
    private void reconciliation(BenchGateway gateway, Results r) throws IOException {
        InvoiceLedger ledger = gateway.bean(InvoiceLedger.class);
        HospitalProperties hospital = gateway.bean(HospitalProperties.class);
        SimulatedReturns simulated = SimulatedReturns.withCodesFromClasspath();
        ReturnProfile profile = new ReturnProfile(0.05, 0.05, new BigDecimal("0.5"), false);
        Random random = new Random(settings.seed);
        LocalDate today = LocalDate.of(2025, 12, 31);
        Path staging = gateway.insurersRoot().resolveSibling("bench-staging");
        Files.createDirectories(staging);
        List<Path[]> moves = new ArrayList<>();
        long lines = 0;
        long t = System.nanoTime();
        for (BatchRecord batch : ledger.batchesOfRun(r.billingRunId)) {
            InvoiceBatch invoice = new InvoiceBatch(batch.id(), batch.insurerId(), batch.serviceMonth(), today,
                    hospital.sender(), ledger.linesOf(batch.id()), true);
            ReturnFormat format = Formats.ANSWERS.named(batch.format());
            for (InsurerReturn answer : simulated.answers(invoice, profile, today, today, random)) {
                String name = "ANSWER-%s-%08d-%s.%s".formatted(answer.insurerId(), answer.batchNumber(),
                        answer.kind().messageType(), format.fileExtension());
                Path file = staging.resolve(name);
                try (OutputStream out = Files.newOutputStream(file)) {
                    format.write(answer, out);
                }
                lines += answer.lines().size();
                Path target = gateway.insurersRoot().resolve(batch.insurerId()).resolve("out");
                Files.createDirectories(target);
                moves.add(new Path[] {file, target.resolve(name)});
            }
        }
        System.out.printf(Locale.ROOT, "[bench]    %,d answers holding %,d lines written in %.1f s%n", moves.size(),
                lines, seconds(System.nanoTime() - t));
        int answers = moves.size();
        r.reconciliationSeconds = moveAllAndAwait(moves, gateway, "every answer reconciled",
                "select count(*) from insurer_return");
        r.returnLines = lines;
        r.tranche2 = gateway.count("select count(*) from practice_entry where kind = 'TRANCHE_2'");
        r.clawbacks = gateway.count("select count(*) from practice_entry where kind = 'CLAWBACK'");
        System.out.printf(Locale.ROOT, "[bench] 4. reconciliation: %,d answers, %,d lines, %,d tranche-2 and %,d "
                        + "clawback entries in %.1f s: %,.0f lines/s%n", answers, lines, r.tranche2, r.clawbacks,
                r.reconciliationSeconds, lines / r.reconciliationSeconds);
    }

    /** The middle one of {@code values} in {@code order} (the later of the two middle ones of an even number). */
    private static <T> T median(List<T> values, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Puts each list in its practice's {@code in/} under its upload's temporary name ({@code .part}, never taken: the
     * upload itself is not timed), logs in over SFTP as each practice, then renames every list to its own name one
     * after the other, as a practice's client does at the end of its upload, and waits until every ack is in
     * {@code out/}. The embedded server tells the intake of each rename at once; a list moved on its disk instead
     * would wait for the server's next sweep of its disk ({@code EmbeddedSftpServer.SWEEP_MIN_PAUSE}, half a second
     * at least), which no practice's upload waits for.
     *
     * @return the seconds from the first rename to the last ack, and the processor's use when the first rename went
     */
    private Dropped uploadAllAndAwaitAcks(BenchGateway gateway, List<Path[]> moves, String what) throws Exception {
        Set<Path> acks = new HashSet<>();
        for (Path[] m : moves) {
            Path in = m[1];
            acks.add(in.getParent().resolveSibling("out").resolve(in.getFileName() + ".ack.csv"));
            Files.move(m[0], in.resolveSibling(in.getFileName() + ".part"), StandardCopyOption.ATOMIC_MOVE);
        }
        JSch jsch = new JSch();
        jsch.setKnownHosts(gateway.knownHosts().toString());
        Map<String, Session> sessions = new LinkedHashMap<>();
        Map<String, ChannelSftp> channels = new LinkedHashMap<>();
        try {
            for (Path[] m : moves) {
                String user = practiceOf(m[1]);
                if (!channels.containsKey(user)) {
                    Session session = connect(jsch, gateway.sftpPort(), user);
                    sessions.put(user, session);
                    ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
                    sftp.connect(10_000);
                    channels.put(user, sftp);
                }
            }
            CpuUse start = CpuUse.now();
            long t0 = System.nanoTime();
            for (Path[] m : moves) {
                String name = m[1].getFileName().toString();
                channels.get(practiceOf(m[1])).rename("in/" + name + ".part", "in/" + name);
            }
            BenchGateway.await(what, settings.timeout, Duration.ofMillis(20), () -> {
                acks.removeIf(Files::exists);
                return acks.isEmpty();
            });
            return new Dropped(seconds(System.nanoTime() - t0), start);
        } finally {
            channels.values().forEach(ChannelSftp::disconnect);
            sessions.values().forEach(Session::disconnect);
        }
    }

    /** The SFTP user of the practice whose home holds {@code list} ({@code <user>/in/<name>}). */
    private static String practiceOf(Path list) {
        return list.getParent().getParent().getFileName().toString();
    }

    /** Lists uploaded over SFTP: how long until the last was answered, and the processor's use at the start. */
    private record Dropped(double seconds, CpuUse start) {
    }

    /**
     * Moves every staged file into place at once and waits until the count the query gives reaches their number;
     * returns the seconds from the first move.
     */
    private double moveAllAndAwait(List<Path[]> moves, BenchGateway gateway, String what, String countQuery)
            throws IOException {
        long before = gateway.count(countQuery);
        long t0 = System.nanoTime();
        for (Path[] m : moves) {
            Files.move(m[0], m[1], StandardCopyOption.ATOMIC_MOVE);
        }
        long expected = before + moves.size();
        BenchGateway.await(what, settings.timeout, Duration.ofMillis(50), () -> gateway.count(countQuery) >= expected);
        return seconds(System.nanoTime() - t0);
    }

    /**
     * 2. One list at a time uploaded over SFTP (JSch, as a practice's client); the delay from the end of the upload
     * (its handle closed) to its ack in out/.
     */
    private AckDelays ackDelay(BenchGateway gateway, List<Path> files, String what) throws Exception {
        long[] delays = new long[files.size()];
        JSch jsch = new JSch();
        jsch.setKnownHosts(gateway.knownHosts().toString());
        Map<String, Session> sessions = new LinkedHashMap<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String user = file.getParent().getFileName().toString();
                Session session = sessions.computeIfAbsent(user, u -> connect(jsch, gateway.sftpPort(), u));
                ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
                sftp.connect(10_000);
                Path ack = gateway.practicesRoot().resolve(user).resolve("out")
                        .resolve(file.getFileName() + ".ack.csv");
                try {
                    sftp.put(file.toString(), "in/" + file.getFileName());
                } finally {
                    sftp.disconnect();
                }
                long uploaded = System.nanoTime();
                BenchGateway.await("the ack of " + file.getFileName(), Duration.ofMinutes(2), Duration.ofMillis(2),
                        () -> Files.exists(ack));
                delays[i] = System.nanoTime() - uploaded;
            }
        } finally {
            sessions.values().forEach(Session::disconnect);
        }
        Arrays.sort(delays);
        AckDelays d = new AckDelays(delays.length, millis(percentile(delays, 50)), millis(percentile(delays, 95)),
                millis(delays[delays.length - 1]));
        System.out.printf(Locale.ROOT, "[bench] ack delay over %d uploads of %d lines, %s: p50 %.0f ms, p95 %.0f ms, "
                + "max %.0f ms%n", d.uploads(), settings.ackLines, what, d.p50(), d.p95(), d.max());
        return d;
    }

    /**
     * Registers {@code count} practices that never upload (each with the same public key: no password to hash), as
     * an administrator does: their homes are made with their folders, which the intake's poll may list.
     */
    private void registerIdlePractices(BenchGateway gateway, int count) throws Exception {
        if (count <= 0) {
            return;
        }
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        String key = org.apache.sshd.common.config.keys.PublicKeyEntry.toString(generator.generateKeyPair()
                .getPublic());
        be.psygate.practice.PracticeService service = gateway.bean(be.psygate.practice.PracticeService.class);
        SyntheticCountry idle = new SyntheticCountry(settings.seed, 20_000, count, 1, 1, 0, 2025);
        long t = System.nanoTime();
        idle.practices().forEach(p -> service.register(new be.psygate.practice.PracticeRegistration(idle.inami(p),
                "Idle practice " + p, TestIds.bce(String.valueOf(20_000_000 + p)),
                TestIds.iban("BE", "%012d".formatted(63_000_000_000L + p * 97L)), country.networkId(0), LocalDate.of(2022, 1, 1), null, 1000,
                idle.sftpUser(p), null, List.of(key), p % 2 == 0 ? "fr" : "nl")));
        System.out.printf(Locale.ROOT, "[bench] %,d idle practices registered in %.1f s%n", count,
                seconds(System.nanoTime() - t));
    }

    /** The ack delays of a series of uploads, in milliseconds. */
    record AckDelays(int uploads, double p50, double p95, double max) {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static Session connect(JSch jsch, int port, String user) {
        try {
            Session session = jsch.getSession(user, "127.0.0.1", port);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "password");
            session.setPassword("bench-" + user);
            session.connect(10_000);
            return session;
        } catch (Exception e) {
            throw new IllegalStateException("cannot log in as " + user, e);
        }
    }

    /** 6. One list of a million lines, in a JVM whose heap is capped, on a gateway of its own. */
    private void bigFile(String db, Results r) throws Exception {
        Path dir = work.resolve(db + "-bigfile");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.bigHeap, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("bench.") || k.equals("logback.configurationFile") || k.equals("logging.config"))
                .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        command.addAll(List.of(BigFileRun.class.getName(), db, dir.toString(), String.valueOf(settings.bigLines)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  | " + line);
                if (line.startsWith(BigFileRun.RESULT)) {
                    result = line;
                }
            }
        }
        int exit = child.waitFor();
        if (result == null || exit != 0) {
            r.bigFile = "failed (exit " + exit + ")";
            return;
        }
        Map<String, String> values = new TreeMap<>();
        for (String kv : result.substring(BigFileRun.RESULT.length()).trim().split(" ")) {
            String[] p = kv.split("=", 2);
            values.put(p[0], p[1]);
        }
        r.bigSeconds = Double.parseDouble(values.get("seconds"));
        r.bigLines = Long.parseLong(values.get("lines"));
        r.bigPeakHeapMb = Long.parseLong(values.get("peakHeapMb"));
        r.bigFile = "ok";
    }

    /** Copies the lists next to the folder they are dropped in (same file system: the drop is a rename). */
    private static List<Path[]> stage(List<Path> files, Path from, Path root, String folder) throws IOException {
        Path staging = root.resolveSibling("bench-staging");
        List<Path[]> moves = new ArrayList<>();
        for (Path f : files) {
            Path rel = from.relativize(f);
            Path staged = staging.resolve(rel);
            Files.createDirectories(staged.getParent());
            Files.copy(f, staged, StandardCopyOption.REPLACE_EXISTING);
            Path target = root.resolve(rel.getParent()).resolve(folder).resolve(rel.getFileName());
            Files.createDirectories(target.getParent());
            moves.add(new Path[] {staged, target});
        }
        return moves;
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What one database's round measured. */
    static final class Results {
        int warmUpFiles;
        double warmUpSeconds;
        String warmUpJitShares = "";
        String warmUpRounds = "";
        String intakeCpu = "";
        String intakeRounds = "";
        boolean intakeComplete;
        double intakeSeconds;
        long intakeStored;
        long intakeAccepted;
        long intakeAcks;
        double baselineSeconds;
        String baselineRuns = "";
        double tranche1Seconds;
        long tranche1Lists;
        long tranche1Entries;
        double billingSeconds;
        long billingRunId;
        int billedSessions;
        int batches;
        String batchesByFormat = "";
        double reconciliationSeconds;
        long returnLines;
        long tranche2;
        long clawbacks;
        AckDelays ackBefore;
        AckDelays ackAfter;
        long practicesBefore;
        long practicesAfter;
        String bigFile = "not run";
        double bigSeconds;
        long bigLines;
        long bigPeakHeapMb;
    }

    /** The sizes and places of a run, from {@code bench.*} system properties. */
    record Settings(List<String> databases, int files, int filesPerPractice, long lines, double invalidShare,
                    int ackUploads, int ackLines, int idlePractices, boolean billing, int bigLines, String bigHeap,
                    long seed, Duration timeout, Path work, int warmUpFiles, int warmUpRound, double warmUpUntilJit,
                    int warmUpQuietRounds, int warmUpRounds, int warmUpRoundsMax, int rounds) {

        static Settings fromSystemProperties() {
            return new Settings(
                    List.of(System.getProperty("bench.databases", "h2,postgres").split("\\s*,\\s*")),
                    Integer.getInteger("bench.files", 200),
                    Integer.getInteger("bench.files-per-practice", 200),
                    Long.getLong("bench.lines", 100_000L),
                    Double.parseDouble(System.getProperty("bench.invalid-share", "0.02")),
                    Integer.getInteger("bench.ack-uploads", 50),
                    Integer.getInteger("bench.ack-lines", 50),
                    Integer.getInteger("bench.idle-practices", 2000),
                    Boolean.parseBoolean(System.getProperty("bench.billing", "true")),
                    Integer.getInteger("bench.big-lines", 1_000_000),
                    System.getProperty("bench.big-heap", "512m"),
                    Long.getLong("bench.seed", 2025L),
                    Duration.parse(System.getProperty("bench.timeout", "PT60M")),
                    Path.of(System.getProperty("bench.work", "target/benchmark-work")).toAbsolutePath(),
                    Integer.getInteger("bench.warm-up-files", 3000),
                    Integer.getInteger("bench.warm-up-round", 40),
                    Double.parseDouble(System.getProperty("bench.warm-up-until-jit", "0.2")),
                    Math.max(1, Integer.getInteger("bench.warm-up-quiet-rounds", 3)),
                    Math.max(0, Integer.getInteger("bench.warm-up-rounds", 2)),
                    // never fewer than the rounds always run
                    Math.max(Math.max(0, Integer.getInteger("bench.warm-up-rounds", 2)),
                            Integer.getInteger("bench.warm-up-rounds-max", 8)),
                    Math.max(1, Integer.getInteger("bench.rounds", 3)));
        }
    }
}
