package be.psygate.ops;

import be.psygate.support.Drop;
import be.psygate.support.TestPractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a crash test sends and what it must find afterwards: a few practices of one network (capacity and contingent
 * far above what is sent), and many session lists for them, every line with a reference of its own and a patient
 * of its own, so that each line is accepted, except one line in some lists whose NISS has wrong check digits
 * ({@code PATIENT_NISS_INVALID}): no line's fate depends on the order the lists are taken in.
 *
 * <p>The checks report every problem they find, by file and line, rather than stop at the first.
 */
final class CrashWorkload {

    static final String NETWORK = "crash-network";
    static final String PSEUDOCODE = "792691";
    /** One mutuality of each of insurers 100 (SFTP, eFact), 200 (Artemis, XML) and 300 (SFTP, CSV). */
    static final String[] MUTUALITIES = {"116", "228", "319"};

    /** A practice of the run and its SFTP password. */
    record CrashPractice(TestPractice practice, String password) {
        String sftpUser() {
            return practice.sftpUser();
        }
    }

    /** One list: where it is dropped, and the fate of each of its lines (reference to ACCEPTED or a reason code). */
    record CrashList(CrashPractice practice, String fileName, byte[] content, Map<String, String> expected) {
        String remotePath() {
            return practice.sftpUser() + "/in/" + fileName;
        }

        long accepted() {
            return expected.values().stream().filter("ACCEPTED"::equals).count();
        }
    }

    private final List<CrashPractice> practices = new ArrayList<>();
    private final List<CrashList> lists = new ArrayList<>();

    /**
     * @param tag    a few letters naming the run, in the SFTP users and file names
     * @param random the run's random (seeded: the same seed makes the same lists)
     */
    CrashWorkload(String tag, Random random, int practiceCount, int listCount, int minLines, int maxLines) {
        for (int p = 0; p < practiceCount; p++) {
            practices.add(new CrashPractice(TestPractice.newOne(tag + "-" + (char) ('a' + p)),
                    "crash-password-" + p));
        }
        for (int f = 1; f <= listCount; f++) {
            CrashPractice practice = practices.get(f % practiceCount);
            String fileName = "%s-%04d.csv".formatted(tag, f);
            int lines = minLines + random.nextInt(maxLines - minLines + 1);
            int badLine = f % 4 == 0 ? 1 + random.nextInt(lines) : -1;
            List<String> csv = new ArrayList<>();
            csv.add(TestPractice.HEADER);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 1; i <= lines; i++) {
                String ref = "%s%04d-%03d".formatted(tag.toUpperCase(), f, i);
                String niss = TestPractice.nextPatient();
                String fate = "ACCEPTED";
                if (i == badLine) {
                    niss = wrongCheckDigits(niss);
                    fate = "PATIENT_NISS_INVALID";
                }
                String date = "2025-%02d-%02d".formatted(1 + random.nextInt(5), 1 + random.nextInt(28));
                csv.add(String.join(";", ref, practice.practice().inami(), niss,
                        MUTUALITIES[random.nextInt(MUTUALITIES.length)], "N", date, PSEUDOCODE, "", "", ""));
                expected.put(ref, fate);
            }
            lists.add(new CrashList(practice, fileName,
                    (String.join("\n", csv) + "\n").getBytes(StandardCharsets.UTF_8), expected));
        }
    }

    List<CrashList> lists() {
        return lists;
    }

    List<CrashPractice> practices() {
        return practices;
    }

    int lineCount() {
        return lists.stream().mapToInt(l -> l.expected().size()).sum();
    }

    long acceptedCount() {
        return lists.stream().mapToLong(CrashList::accepted).sum();
    }

    /** The lists with an accepted session: each is announced once on psygate.sessions.accepted. */
    long billableLists() {
        return lists.stream().filter(l -> l.accepted() > 0).count();
    }

    /** The network and the practices, in the shape of {@code test-fixtures/demo/demo.yaml} ({@code psygate.demo.data}). */
    Path writePracticesYaml(Path file) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("networks:\n  - id: ").append(NETWORK).append("\n    name: \"Crash test network\"\n")
                .append("    publicKind: ADULTS\n    yearlyContingent: 10000000\n");
        yaml.append("practices:\n");
        for (CrashPractice p : practices) {
            yaml.append("  - inami: \"").append(p.practice().inami()).append("\"\n")
                    .append("    name: \"Crash practice ").append(p.sftpUser()).append("\"\n")
                    .append("    bce: \"0812345603\"\n    iban: \"BE14063123456783\"\n")
                    .append("    networkId: ").append(NETWORK).append("\n")
                    .append("    agreementStart: \"2022-01-01\"\n    yearlyCapacity: 1000000\n")
                    .append("    sftpUser: ").append(p.sftpUser()).append("\n")
                    .append("    sftpPassword: ").append(p.password()).append("\n")
                    .append("    language: en\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** Drops lists {@code from} (inclusive) to {@code to} (exclusive) in their practice's in/, whole (renamed in). */
    void drop(Path practicesRoot, int from, int to) {
        try {
            for (CrashList list : lists.subList(from, to)) {
                Drop.file(practicesRoot.resolve(list.practice().sftpUser()).resolve("in"), list.fileName(),
                        list.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lists have their answer in out/ (of either kind). */
    long answered(Path practicesRoot) {
        return lists.stream().filter(l -> {
            Path out = practicesRoot.resolve(l.practice().sftpUser()).resolve("out");
            return Files.exists(out.resolve(l.fileName() + ".ack.csv"))
                    || Files.exists(out.resolve(l.fileName() + ".error.txt"));
        }).count();
    }

    /** How many files wait in the practices' in/ folders. */
    long waiting(Path practicesRoot) {
        return practices.stream().mapToLong(p -> count(practicesRoot.resolve(p.sftpUser()).resolve("in"))).sum();
    }

    /**
     * Whether some list is answered but still in {@code in/}: the intake stored it and wrote its answer, and has not
     * moved it to the archive yet. A crash now leaves a list that is stored, answered, and taken again.
     */
    boolean answeredButNotGone(Path practicesRoot) {
        for (CrashPractice p : practices) {
            Path home = practicesRoot.resolve(p.sftpUser());
            for (Path waiting : list(home.resolve("in"))) {
                if (Files.exists(home.resolve("out").resolve(waiting.getFileName() + ".ack.csv"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every list left in/ and has an answer: the intake is done with all of them. */
    boolean allDone(Path practicesRoot) {
        return waiting(practicesRoot) == 0 && answered(practicesRoot) == lists.size();
    }

    /**
     * The practices' folders: in/ empty; in out/ exactly one answer per list, an ack (no error report, nothing else),
     * holding each line of the list once, with the fate expected.
     */
    List<String> fileSystemProblems(Path practicesRoot) throws IOException {
        List<String> problems = new ArrayList<>();
        for (CrashPractice p : practices) {
            Path home = practicesRoot.resolve(p.sftpUser());
            for (Path left : list(home.resolve("in"))) {
                problems.add("still in in/: " + p.sftpUser() + "/in/" + left.getFileName());
            }
            Set<String> expectedAnswers = new TreeSet<>();
            lists.stream().filter(l -> l.practice() == p).forEach(l -> expectedAnswers.add(l.fileName() + ".ack.csv"));
            for (Path answer : list(home.resolve("out"))) {
                String name = answer.getFileName().toString();
                if (!expectedAnswers.contains(name)) {
                    problems.add("unexpected answer " + p.sftpUser() + "/out/" + name
                            + (name.endsWith(".error.txt") ? ": " + firstLines(answer, 12) : ""));
                }
            }
        }
        for (CrashList list : lists) {
            Path ack = practicesRoot.resolve(list.practice().sftpUser()).resolve("out")
                    .resolve(list.fileName() + ".ack.csv");
            if (!Files.exists(ack)) {
                problems.add("no answer for " + list.remotePath());
                continue;
            }
            List<String> lines = Files.readAllLines(ack, StandardCharsets.UTF_8);
            if (lines.size() != list.expected().size() + 1) {
                problems.add("ack of " + list.remotePath() + " has " + (lines.size() - 1) + " lines, the list "
                        + list.expected().size());
            }
            Map<String, Integer> seen = new HashMap<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.split(";", -1);
                String ref = fields[0];
                seen.merge(ref, 1, Integer::sum);
                String fate = "ACCEPTED".equals(fields[1]) ? "ACCEPTED" : fields[2];
                String expected = list.expected().get(ref);
                if (expected == null) {
                    problems.add("ack of " + list.remotePath() + " answers a line it does not hold: " + ref);
                } else if (!expected.equals(fate)) {
                    problems.add("ack of " + list.remotePath() + ": " + ref + " is " + fate + ", expected " + expected);
                }
            }
            seen.forEach((ref, n) -> {
                if (n > 1) {
                    problems.add("ack of " + list.remotePath() + " answers " + ref + " " + n + " times");
                }
            });
        }
        return problems;
    }

    /**
     * The ledger: every list recorded once, {@code PROCESSED}, answered, with its line count and its fingerprint;
     * every line stored once (by file and reference) with the fate expected; one tranche 1 per accepted session.
     */
    List<String> ledgerProblems(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, CrashList> byPath = new HashMap<>();
        lists.forEach(l -> byPath.put(l.remotePath(), l));

        Map<String, List<String>> records = new TreeMap<>();
        for (Map<String, Object> row : rows(db, "select id, remote_path, status, line_count, answered_at "
                + "from received_file order by id")) {
            records.computeIfAbsent((String) row.get("remote_path"), k -> new ArrayList<>())
                    .add(row.get("status") + "(id " + row.get("id") + ", " + row.get("line_count") + " lines"
                            + (row.get("answered_at") == null ? ", never answered" : "") + ")");
            CrashList list = byPath.get((String) row.get("remote_path"));
            if (list != null && "PROCESSED".equals(row.get("status"))) {
                if (((Number) row.get("line_count")).intValue() != list.expected().size()) {
                    problems.add(list.remotePath() + " recorded with " + row.get("line_count") + " lines, it has "
                            + list.expected().size());
                }
                if (row.get("answered_at") == null) {
                    problems.add(list.remotePath() + " recorded as never answered");
                }
            }
        }
        for (CrashList list : lists) {
            List<String> found = records.getOrDefault(list.remotePath(), List.of());
            if (found.size() != 1 || !found.get(0).startsWith("PROCESSED(")) {
                problems.add(list.remotePath() + " recorded as " + found + ", expected one PROCESSED record");
            }
        }
        records.keySet().stream().filter(path -> !byPath.containsKey(path))
                .forEach(path -> problems.add("a file nobody sent is recorded: " + path + " " + records.get(path)));

        Map<String, Map<String, List<String>>> stored = new HashMap<>();
        for (Map<String, Object> row : rows(db, "select f.remote_path, s.line_ref, s.status, s.reason_code "
                + "from session_line s join received_file f on f.id = s.file_id")) {
            String fate = "ACCEPTED".equals(row.get("status")) ? "ACCEPTED" : (String) row.get("reason_code");
            stored.computeIfAbsent((String) row.get("remote_path"), k -> new HashMap<>())
                    .computeIfAbsent((String) row.get("line_ref"), k -> new ArrayList<>()).add(fate);
        }
        for (CrashList list : lists) {
            Map<String, List<String>> lines = stored.getOrDefault(list.remotePath(), Map.of());
            list.expected().forEach((ref, fate) -> {
                List<String> found = lines.getOrDefault(ref, List.of());
                if (found.size() != 1) {
                    problems.add(list.remotePath() + " line " + ref + " stored " + found.size() + " times " + found);
                } else if (!found.get(0).equals(fate)) {
                    problems.add(list.remotePath() + " line " + ref + " stored as " + found.get(0) + ", expected "
                            + fate);
                }
            });
            lines.keySet().stream().filter(ref -> !list.expected().containsKey(ref))
                    .forEach(ref -> problems.add(list.remotePath() + " has a stored line it does not hold: " + ref));
        }
        int fingerprints = single(db, "select count(*) from file_fingerprint");
        if (fingerprints != lists.size()) {
            problems.add(fingerprints + " fingerprints for " + lists.size() + " lists");
        }
        int waiting = single(db, "select count(*) from list_notice");
        if (waiting != 0) {
            problems.add(waiting + " notices of lists still wait to be handed to the broker");
        }
        // tranche 1 of each accepted session, once: an entry, or owed by its list as one not written out yet
        String owed = "select session_id from practice_entry where kind = 'TRANCHE_1' union all select l.id "
                + "from tranche1_pending p join session_line l on l.file_id = p.file_id where l.status = 'ACCEPTED'";
        int tranches = single(db, "select count(*) from (" + owed + ") t");
        int tranchedSessions = single(db, "select count(distinct session_id) from (" + owed + ") t");
        if (tranches != acceptedCount() || tranchedSessions != acceptedCount()) {
            problems.add(tranches + " tranche 1 entries for " + tranchedSessions + " sessions; " + acceptedCount()
                    + " sessions were accepted");
        }
        return problems;
    }

    /** The file id of each list in the ledger (its PROCESSED record). */
    Map<Long, CrashList> fileIds(Connection db) throws SQLException {
        Map<String, CrashList> byPath = new HashMap<>();
        lists.forEach(l -> byPath.put(l.remotePath(), l));
        Map<Long, CrashList> ids = new HashMap<>();
        for (Map<String, Object> row : rows(db, "select id, remote_path from received_file where status = 'PROCESSED'")) {
            CrashList list = byPath.get((String) row.get("remote_path"));
            if (list != null) {
                ids.put(((Number) row.get("id")).longValue(), list);
            }
        }
        return ids;
    }

    static List<Map<String, Object>> rows(Connection db, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(), rs.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static int single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The same NISS with check digits that do not match (the 9 first digits kept). */
    private static String wrongCheckDigits(String niss) {
        int check = Integer.parseInt(niss.substring(9));
        return niss.substring(0, 9) + "%02d".formatted((check + 1) % 100);
    }

    private static long count(Path dir) {
        return list(dir).size();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            // a file renamed or moved while listed: look again at the next poll
            return List.of(dir.resolve("(listing failed)"));
        }
    }

    private static String firstLines(Path file, int n) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(0, Math.min(n, lines.size())));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
