package be.psygate.benchmark;

import be.psygate.identity.TestIds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic data for a whole country: mental-health networks (two thirds for adults, one third for
 * children and adolescents), practices that each send one session list a month, and patients who each follow a care
 * path within the convention's ceilings (first session, then ordinary, video or outreach sessions; now and then a
 * group session), insured with the six national unions in roughly their real proportions, a fifth of them with the
 * preferential regime. Every NISS and INAMI number carries valid check digits; no real person's number is used.
 *
 * <p>A small share of lines is broken on purpose, each in one of several ways a practice's software gets wrong
 * (check digit, unknown code, future date, missing field, date written the wrong way, too many group lines); the
 * generator counts them, so that a run knows how many lines the gateway must refuse.
 *
 * <p>Everything follows from the seed: the same arguments write the same files, byte for byte.
 */
public final class SyntheticCountry {

    /** The list header every practice's software writes (README.md). */
    public static final String HEADER = "line_ref;psychologist_inami;patient_niss;insurer_code;preferential_regime;"
            + "session_date;pseudocode;group_participants;referral_date;prescriber_inami";

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    /** Mutuality codes by union, weighted by a rough share of the insured population. */
    private static final String[][] MUTUALITIES = {
            {"116", "117", "126", "131", "134"}, {"203", "216", "228"}, {"306", "311", "319", "325"},
            {"403", "407", "418"}, {"501", "506", "509", "526"}, {"600"}};
    private static final int[] UNION_WEIGHTS = {40, 8, 28, 6, 14, 4};

    private final long seed;
    private final int firstPractice;
    private final int practiceCount;
    private final int filesPerPractice;
    private final int linesPerFile;
    private final double invalidShare;
    private final int year;

    /**
     * @param practiceCount    practices (each with its own INAMI number and SFTP account)
     * @param filesPerPractice lists per practice, one a month from January (at most 12)
     * @param linesPerFile     lines of each list
     * @param invalidShare     share of lines broken on purpose, e.g. 0.02
     * @param year             the year of the sessions
     */
    public SyntheticCountry(long seed, int practiceCount, int filesPerPractice, int linesPerFile,
                            double invalidShare, int year) {
        this(seed, 0, practiceCount, filesPerPractice, linesPerFile, invalidShare, year);
    }

    /** The same, for the practices numbered from {@code firstPractice}: another part of the same country. */
    public SyntheticCountry(long seed, int firstPractice, int practiceCount, int filesPerPractice, int linesPerFile,
                            double invalidShare, int year) {
        if (filesPerPractice < 1 || filesPerPractice > MAX_LISTS_PER_PRACTICE) {
            throw new IllegalArgumentException("1 to " + MAX_LISTS_PER_PRACTICE + " lists per practice, not "
                    + filesPerPractice);
        }
        this.seed = seed;
        this.firstPractice = firstPractice;
        this.practiceCount = practiceCount;
        this.filesPerPractice = filesPerPractice;
        this.linesPerFile = linesPerFile;
        this.invalidShare = invalidShare;
        this.year = year;
    }

    /** Lists of one practice: one a month, or several a month for a large practice (list n in month n mod 12). */
    static final int MAX_LISTS_PER_PRACTICE = 1200;

    public int practiceCount() {
        return practiceCount;
    }

    /** The practices' numbers, from the first. */
    public java.util.stream.IntStream practices() {
        return java.util.stream.IntStream.range(firstPractice, firstPractice + practiceCount);
    }

    public long totalLines() {
        return (long) practiceCount * filesPerPractice * linesPerFile;
    }

    public int fileCount() {
        return practiceCount * filesPerPractice;
    }

    /** Networks: one for six practices, at least three and at most 32 as in Belgium; one in three for children. */
    public int networkCount() {
        return Math.min(practiceCount, Math.min(32, Math.max(3, practiceCount / 6)));
    }

    public String networkId(int network) {
        return "net-%02d".formatted(network);
    }

    public boolean childrenNetwork(int network) {
        return network % 3 == 2;
    }

    public int networkOf(int practice) {
        return practice % networkCount();
    }

    public String inami(int practice) {
        return TestIds.inami(String.valueOf(100_000 + practice), "770");
    }

    public String sftpUser(int practice) {
        return "p%05d".formatted(practice);
    }

    public String sftpPassword(int practice) {
        return "bench-" + sftpUser(practice);
    }

    /**
     * The lists' names, in the order they are dropped: practice by practice, month by month; with more than twelve
     * lists a practice, the list's number too.
     */
    public String fileName(int practice, int list) {
        return filesPerPractice <= 12 ? "sessions-%d-%02d.csv".formatted(year, list)
                : "sessions-%d-%02d-%04d.csv".formatted(year, monthOf(list), list);
    }

    /** The month of a practice's list {@code list} (from 1): January to December, then January again. */
    private static int monthOf(int list) {
        return (list - 1) % 12 + 1;
    }

    /** The networks the registry holds: as many as this part of the country or any other part needs. */
    private int networksWith(SyntheticCountry... otherParts) {
        int n = networkCount();
        for (SyntheticCountry part : otherParts) {
            n = Math.max(n, part.networkCount());
        }
        return n;
    }

    /**
     * The reference data in the shape of {@code test-fixtures/demo/demo.yaml}, loaded by the gateway's demo loader:
     * networks with room for every session, practices whose capacity holds their year.
     */
    public void writeRegistry(Path yaml, SyntheticCountry... otherParts) {
        StringBuilder y = new StringBuilder("networks:\n");
        for (int n = 0; n < networksWith(otherParts); n++) {
            y.append("  - id: ").append(networkId(n)).append('\n')
                    .append("    name: \"Network ").append(n).append("\"\n")
                    .append("    publicKind: ").append(childrenNetwork(n) ? "CHILDREN" : "ADULTS").append('\n')
                    .append("    yearlyContingent: 100000000\n");
        }
        y.append("practices:\n");
        appendPractices(y);
        for (SyntheticCountry part : otherParts) {
            part.appendPractices(y);
        }
        try {
            Files.createDirectories(yaml.toAbsolutePath().getParent());
            Files.writeString(yaml, y, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void appendPractices(StringBuilder y) {
        for (int p = firstPractice; p < firstPractice + practiceCount; p++) {
            y.append("  - inami: \"").append(inami(p)).append("\"\n")
                    .append("    name: \"Practice ").append(p).append("\"\n")
                    .append("    bce: \"").append(TestIds.bce(String.valueOf(20_000_000 + p))).append("\"\n")
                    .append("    iban: \"").append(TestIds.iban("BE", "%012d".formatted(63_000_000_000L + p * 97L)))
                    .append("\"\n")
                    .append("    networkId: ").append(networkId(networkOf(p))).append('\n')
                    .append("    agreementStart: \"2022-01-01\"\n")
                    .append("    yearlyCapacity: ").append(filesPerPractice * linesPerFile + 1000).append('\n')
                    .append("    sftpUser: ").append(sftpUser(p)).append('\n')
                    .append("    sftpPassword: ").append(sftpPassword(p)).append('\n')
                    .append("    language: ").append(p % 2 == 0 ? "fr" : "nl").append('\n');
        }
    }

    /**
     * Writes every list as {@code <root>/<sftpUser>/<fileName>}; returns what was written.
     */
    public Written writeLists(Path root) {
        long invalid = 0;
        List<Path> files = new ArrayList<>();
        try {
            for (int p = firstPractice; p < firstPractice + practiceCount; p++) {
                Path dir = root.resolve(sftpUser(p));
                Files.createDirectories(dir);
                PracticeYear practice = new PracticeYear(p);
                for (int m = 1; m <= filesPerPractice; m++) {
                    Path file = dir.resolve(fileName(p, m));
                    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        invalid += practice.writeMonth(monthOf(m), linesPerFile, out);
                    }
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(files, totalLines(), invalid);
    }

    /**
     * One list of {@code lines} lines for practice 0 in January, written as it comes (nothing held in memory): the
     * one-million-line file.
     */
    public long writeOneList(Path file, int practice, int lines) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return new PracticeYear(practice).writeMonth(1, lines, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lists written, their lines, and how many of those are broken on purpose. */
    public record Written(List<Path> files, long lines, long invalid) {
    }

    /** One practice's year: its patients, each with what remains of their ceilings. */
    private final class PracticeYear {

        private final int practice;
        private final String inami;
        private final boolean children;
        private final Random random;
        private final List<Patient> patients = new ArrayList<>();
        private int nextPatient;
        private long nextRef;
        /** The days of each month (index 1 to 12) that have a group session already. */
        private final long[] groupDays = new long[13];

        PracticeYear(int practice) {
            this.practice = practice;
            this.inami = inami(practice);
            this.children = childrenNetwork(networkOf(practice));
            this.random = new Random(seed * 1_000_003L + practice);
        }

        /** Writes one month's list; returns how many of its lines are broken on purpose. */
        long writeMonth(int month, int lines, BufferedWriter out) throws IOException {
            out.write(HEADER);
            out.write('\n');
            YearMonth ym = YearMonth.of(year, month);
            patients.forEach(p -> p.newMonth(month));
            long broken = 0;
            int written = 0;
            while (written < lines) {
                if (lines - written >= 4 && random.nextInt(100) < 3) {
                    written += group(ym, Math.min(lines - written, 4 + random.nextInt(5)), out);
                    continue;
                }
                Patient patient = individualPatient(month);
                LocalDate date = patient.freeDay(ym, random);
                String code = patient.nextCode(random);
                String line = line(patient, date, code, "");
                if (random.nextDouble() < invalidShare) {
                    line = broken(line, patient, date, code);
                    broken++;
                }
                out.write(line);
                out.write('\n');
                written++;
            }
            return broken;
        }

        /** A group session of {@code size} participants, each on a line of their own; all lines valid. */
        private int group(YearMonth ym, int size, BufferedWriter out) throws IOException {
            // one group a day at most: two groups of one code, day and size would read as one too many lines
            int day = 1 + random.nextInt(ym.lengthOfMonth());
            int m = ym.getMonthValue();
            for (int i = 0; i < ym.lengthOfMonth() && (groupDays[m] & (1L << day)) != 0; i++) {
                day = day % ym.lengthOfMonth() + 1;
            }
            if ((groupDays[m] & (1L << day)) != 0) {
                return 0;
            }
            groupDays[m] |= 1L << day;
            LocalDate date = ym.atDay(day);
            String code = children ? "792735" : "792514";
            List<Patient> chosen = new ArrayList<>();
            for (Patient p : patients) {
                if (chosen.size() < size && p.groupsLeft > 0 && p.free(date)) {
                    chosen.add(p);
                }
            }
            while (chosen.size() < size) {
                Patient p = newPatient();
                p.newMonth(ym.getMonthValue());
                chosen.add(p);
            }
            for (Patient p : chosen) {
                p.groupsLeft--;
                p.take(date);
                out.write(line(p, date, code, String.valueOf(size)));
                out.write('\n');
            }
            return size;
        }

        private Patient individualPatient(int month) {
            // mostly a patient already in care; a new one when none has sessions left this month
            for (int attempt = 0; attempt < 4 && !patients.isEmpty(); attempt++) {
                Patient p = patients.get(random.nextInt(patients.size()));
                if (p.sessionsLeft > 0 && p.daysThisMonth < 4) {
                    return p;
                }
            }
            Patient p = newPatient();
            p.newMonth(month);
            return p;
        }

        private Patient newPatient() {
            int n = nextPatient++;
            Patient p = new Patient(niss(n), mutuality(), random.nextInt(5) == 0,
                    random.nextInt(4) == 0 ? Care.SPS : Care.SPPL, random);
            patients.add(p);
            if (patients.size() > 800) {
                // patients who finished their path, or are seen enough this month, leave the working set
                patients.removeIf(q -> q.sessionsLeft == 0 || q.daysThisMonth >= 4);
            }
            return p;
        }

        /** A NISS no other practice uses: the practice and the patient's number spread over birth dates. */
        private String niss(int n) {
            long id = (long) practice * 20_000 + n;
            int span = children ? 365 * 16 : 365 * 55;
            LocalDate first = children ? LocalDate.of(year - 18, 1, 1) : LocalDate.of(year - 70, 1, 1);
            LocalDate birth = first.plusDays(id % span);
            int sequence = 1 + (int) (id / span % 997);
            return TestIds.niss(birth.format(YYMMDD), sequence, birth.getYear() >= 2000);
        }

        private String mutuality() {
            int r = random.nextInt(100);
            int union = 0;
            while (r >= UNION_WEIGHTS[union]) {
                r -= UNION_WEIGHTS[union];
                union++;
            }
            String[] codes = MUTUALITIES[union];
            return codes[random.nextInt(codes.length)];
        }

        private String line(Patient p, LocalDate date, String code, String participants) {
            return practice + "-" + (++nextRef) + ";" + inami + ";" + p.niss + ";" + p.mutuality + ";"
                    + (p.preferential ? "Y" : "N") + ";" + date + ";" + code + ";" + participants + ";;";
        }

        /** The line broken in one of the ways practices' software gets it wrong. */
        private String broken(String line, Patient p, LocalDate date, String code) {
            String[] f = line.split(";", -1);
            switch (random.nextInt(6)) {
                case 0 -> f[2] = f[2].substring(0, 9) + (f[2].charAt(9) == '9' ? "0" : "9") + f[2].charAt(10);
                case 1 -> f[6] = "799999";
                case 2 -> f[5] = LocalDate.of(year + 5, 1, 1).toString();
                case 3 -> f[3] = "";
                case 4 -> f[5] = "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
                default -> f[1] = f[1].substring(0, 9) + "7";
            }
            return String.join(";", f);
        }
    }

    private enum Care { SPPL, SPS }

    /** A patient and what remains of their ceilings this year (kept under the convention's). */
    private static final class Patient {
        final String niss;
        final String mutuality;
        final boolean preferential;
        final Care care;
        int sessionsLeft;
        int groupsLeft;
        boolean first = true;
        int daysThisMonth;
        /** The days taken in each month (index 1 to 12), kept when a month comes back in another list. */
        final long[] usedDays = new long[13];
        int month = 1;

        Patient(String niss, String mutuality, boolean preferential, Care care, Random random) {
            this.niss = niss;
            this.mutuality = mutuality;
            this.preferential = preferential;
            this.care = care;
            this.sessionsLeft = care == Care.SPPL ? 1 + random.nextInt(8) : 2 + random.nextInt(19);
            this.groupsLeft = 1 + random.nextInt(4);
        }

        void newMonth(int month) {
            this.month = month;
            daysThisMonth = Long.bitCount(usedDays[month]);
        }

        boolean free(LocalDate date) {
            return (usedDays[date.getMonthValue()] & (1L << date.getDayOfMonth())) == 0;
        }

        void take(LocalDate date) {
            usedDays[date.getMonthValue()] |= 1L << date.getDayOfMonth();
            daysThisMonth++;
        }

        LocalDate freeDay(YearMonth ym, Random random) {
            sessionsLeft--;
            int start = random.nextInt(ym.lengthOfMonth());
            for (int i = 0; i < ym.lengthOfMonth(); i++) {
                LocalDate d = ym.atDay(1 + (start + i) % ym.lengthOfMonth());
                if (free(d)) {
                    take(d);
                    return d;
                }
            }
            throw new IllegalStateException("no free day left in " + ym);
        }

        String nextCode(Random random) {
            if (first) {
                first = false;
                return care == Care.SPPL ? "792632" : "792934";
            }
            int r = random.nextInt(100);
            if (care == Care.SPPL) {
                return r < 70 ? "792691" : r < 90 ? "792713" : r < 95 ? "792654" : "792676";
            }
            return r < 70 ? "792890" : r < 90 ? "792912" : "792853";
        }
    }
}
