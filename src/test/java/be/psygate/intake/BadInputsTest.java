package be.psygate.intake;

import be.psygate.identity.TestIds;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The corpus of broken and hostile inputs ({@code test-fixtures/bad/}, described by {@code expected.csv}) dropped on
 * the running gateway, all at once, by one practice: every file gets the answer the manifest expects, its original
 * is kept byte for byte (in quarantine, or in the archive), a quarantined file stores nothing, no file is taken
 * twice, temporary and dot-file names are never taken, and after the whole corpus the gateway still answers a good
 * list. A few cases are generated here rather than kept in the repository: files too big to commit and a name too
 * long for some checkouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputsTest extends GatewayTest {

    static final Path CORPUS = Path.of("test-fixtures/bad");
    static final String USER = "badinputs";
    /** The psychologist of every line of the corpus, registered as the practice that drops it. */
    static final String INAMI = "68101225770";
    /** Every NISS of the corpus and of the generated files starts with one of these birth dates. */
    static final List<String> PATIENT_BIRTHS = List.of("830815", "830816");
    static final String HUGE_TEXT_NODE = "huge-text-node.xml";
    static final String TOO_BIG = "too-big.csv";
    static final String LONG_NAME = "long-name-" + "n".repeat(241) + ".csv";
    static final Duration WAIT = Duration.ofMinutes(2);
    static final Pattern ARCHIVE_SUFFIX = Pattern.compile("\\.\\d{8}-\\d{9}");

    @TempDir
    static Path generated;

    private final TestPractice practice = new TestPractice(INAMI, USER);
    private final Map<Case, Path> sources = new LinkedHashMap<>();

    @BeforeAll
    void dropTheWholeCorpus() throws IOException {
        ResponseEntity<Map> registered = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-" + USER, null), Map.class);
        assertThat(registered.getStatusCode()).as("registration: %s", registered.getBody()).isEqualTo(HttpStatus.OK);

        for (Case c : cases()) {
            Path source = CORPUS.resolve(c.file());
            if (!Files.isRegularFile(source)) {
                source = generate(c.file());
            }
            sources.put(c, source);
        }
        for (Map.Entry<Case, Path> drop : sources.entrySet()) {
            Drop.file(folder(drop.getKey()), drop.getKey().file(), drop.getValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    void answersEachFileAndKeepsItsOriginal(Case c) throws IOException {
        if (c.ignored()) {
            assertThat(folder(c).resolve(c.file())).as("an ignored name stays where it was dropped").exists();
            assertThat(receivedFiles(c)).isEmpty();
            return;
        }
        Path answer = out().resolve(c.file() + (c.errorCode().isPresent() ? ".error.txt" : ".ack.csv"));
        await().atMost(WAIT).until(() -> Files.exists(answer));
        String text = Files.readString(answer, StandardCharsets.UTF_8);
        assertNoLeak(text);
        // taken once, and gone from the practice's folder
        List<Map<String, Object>> rows = receivedFiles(c);
        assertThat(rows).as("files received as %s", c.file()).hasSize(1);
        long fileId = ((Number) rows.get(0).get("ID")).longValue();
        await().atMost(WAIT).until(() -> !Files.exists(folder(c).resolve(c.file())));
        Path source = sources.get(c);

        if (c.errorCode().isPresent()) {
            if (c.errorCode().get().equals("FILE_TOO_LARGE")) {
                assertThat(DATA_DIR.resolve("quarantine").resolve(USER).resolve(fileId + "-" + c.file()))
                        .as("a file too large to be read is not copied to the quarantine").doesNotExist();
            }
            String code = c.errorCode().get();
            assertThat(text).contains("(" + code + "): ");
            assertThat(out().resolve(c.file() + ".ack.csv")).doesNotExist();
            assertThat(rows.get(0)).containsEntry("STATUS", "QUARANTINED").containsEntry("REASON_CODE", code);
            // a file too large to be read is not copied anywhere: its original is the archived upload
            Path kept = code.equals("FILE_TOO_LARGE")
                    ? await().atMost(WAIT).until(() -> archived(c), Optional::isPresent).orElseThrow()
                    : DATA_DIR.resolve("quarantine").resolve(USER).resolve(fileId + "-" + c.file());
            assertThat(kept).exists();
            assertThat(Files.mismatch(kept, source)).as("quarantined copy differs from the original").isEqualTo(-1L);
            assertThat(sessionLines(fileId)).as("lines stored from a quarantined file").isZero();
        } else {
            assertThat(ackItems(text)).containsExactlyInAnyOrderElementsOf(c.ackItems());
            assertThat(rows.get(0)).containsEntry("STATUS", c.folder().equals("in") ? "PROCESSED" : "CHECKED");
            assertThat(sessionLines(fileId)).as("lines stored")
                    .isEqualTo(c.folder().equals("in") ? c.ackItems().size() : 0);
            await().atMost(WAIT).until(() -> archived(c).isPresent());
            assertThat(Files.mismatch(archived(c).orElseThrow(), source)).as("archived copy differs from the original")
                    .isEqualTo(-1L);
        }
    }

    @Test
    @Order(2)
    void afterTheCorpusAGoodListIsAnsweredAndIgnoredNamesWereNeverTaken() throws IOException {
        String good = TestPractice.HEADER + "\n"
                + practice.line("AFTER-1", patient(101), "2025-05-05", "792691") + "\n"
                + practice.line("AFTER-2", patient(102), "2025-05-05", "792691") + "\n";
        drop(USER, "after-the-corpus.csv", good);
        Path ack = out().resolve("after-the-corpus.csv.ack.csv");
        await().atMost(WAIT).until(() -> Files.exists(ack));
        assertThat(ackItems(Files.readString(ack))).containsExactly("2:ACCEPTED:", "3:ACCEPTED:");
        // archived once the answer is written
        await().atMost(WAIT).until(() -> !Files.exists(practiceHome(USER).resolve("in/after-the-corpus.csv")));

        // the gateway polled many times since the ignored names were dropped: they are still there, untouched
        for (Case c : cases().stream().filter(Case::ignored).toList()) {
            Path left = folder(c).resolve(c.file());
            assertThat(left).as("%s/%s", c.folder(), c.file()).exists();
            assertThat(Files.mismatch(left, sources.get(c))).isEqualTo(-1L);
            assertThat(leftIn("out")).noneMatch(answer -> answer.startsWith("out/" + c.file()));
            assertThat(receivedFiles(c)).isEmpty();
        }
        // nothing else was left behind, and no file was taken twice
        Set<String> ignored = cases().stream().filter(Case::ignored).map(c -> c.folder() + "/" + c.file())
                .collect(Collectors.toSet());
        assertThat(leftIn("in")).allMatch(ignored::contains);
        assertThat(leftIn("check")).allMatch(ignored::contains);
        int taken = jdbc.sql("select count(*) from received_file where practice_inami = ?").param(INAMI)
                .query(Integer.class).single();
        assertThat(taken).isEqualTo(cases().stream().filter(c -> !c.ignored()).count() + 1);
    }

    /** One row of {@code expected.csv}. */
    record Case(String file, String folder, String expected, String description) {

        static Case parse(String row) {
            String[] f = row.split(";", 4);
            assertThat(f).as("manifest row %s", row).hasSize(4);
            assertThat(f[1]).as("folder of %s", f[0]).isIn("in", "check");
            assertThat(f[2]).as("expected answer of %s", f[0]).matches("ignored|error:[A-Z0-9_]+|ack:.+");
            return new Case(f[0], f[1], f[2], f[3]);
        }

        boolean ignored() {
            return expected.equals("ignored");
        }

        Optional<String> errorCode() {
            return expected.startsWith("error:") ? Optional.of(expected.substring("error:".length()))
                    : Optional.empty();
        }

        /** {@code <line>:<status>:<reason code>} for each line of the acknowledgement. */
        List<String> ackItems() {
            return Stream.of(expected.split("\\|")).map(item -> item.substring("ack:".length())).toList();
        }

        @Override
        public String toString() {
            String name = file.length() > 60 ? file.substring(0, 40) + "..." + file.substring(file.length() - 10)
                    : file;
            return folder + "/" + name + " -> " + expected;
        }
    }

    List<Case> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(row -> !row.isBlank()).map(Case::parse).toList();
    }

    /** The files the corpus does not keep: too big to commit, or named too long for some checkouts. */
    private Path generate(String name) throws IOException {
        Path file = generated.resolve(name.equals(LONG_NAME) ? "long-name.csv" : name);
        if (name.equals(HUGE_TEXT_NODE)) {
            try (Writer w = writer(file)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sessionList xmlns=\"urn:psygate:session-list:1\">"
                        + "<session><lineRef>");
                char[] block = "x".repeat(64 * 1024).toCharArray();
                for (int i = 0; i < 50 * 16; i++) {
                    w.write(block);
                }
                w.write("</lineRef></session></sessionList>\n");
            }
        } else if (name.equals(TOO_BIG)) {
            try (Writer w = writer(file)) {
                w.write(TestPractice.HEADER + "\n");
                String line = practice.line("BIG", patient(1), "2025-03-03", "792691") + "\n";
                for (long written = 0; written <= MAX_FILE_BYTES; written += line.length()) {
                    w.write(line);
                }
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(MAX_FILE_BYTES + 1);
            }
        } else if (name.equals(LONG_NAME)) {
            Files.writeString(file, TestPractice.HEADER + "\n"
                    + practice.line("LONGNAME-1", patient(2), "2025-04-01", "792691") + "\n");
        } else {
            throw new IllegalStateException("the manifest names " + name
                    + ", which is neither in test-fixtures/bad/ nor generated by this test");
        }
        return file;
    }

    /** A patient of the generated files (the committed ones use the other birth date). */
    private static String patient(int sequence) {
        return TestIds.niss(PATIENT_BIRTHS.get(1), sequence, false);
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Path folder(Case c) {
        return practiceHome(USER).resolve(c.folder());
    }

    private static Path out() {
        return practiceHome(USER).resolve("out");
    }

    private List<Map<String, Object>> receivedFiles(Case c) {
        return jdbc.sql("select id, status, reason_code from received_file "
                        + "where practice_inami = ? and remote_path = ?")
                .params(INAMI, USER + "/" + c.folder() + "/" + c.file()).query().listOfRows();
    }

    private int sessionLines(long fileId) {
        return jdbc.sql("select count(*) from session_line where file_id = ?").param(fileId).query(Integer.class)
                .single();
    }

    /** The archived original: {@code archive/<yyyy>/<MM>/<user>/<folder>/<name>.<yyyyMMdd-HHmmssSSS>}. */
    private static Optional<Path> archived(Case c) throws IOException {
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("sftp/archive"))) {
            return files.filter(p -> p.getParent().endsWith(Path.of(USER, c.folder()))).filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(c.file()) && ARCHIVE_SUFFIX.matcher(name.substring(c.file().length())).matches();
            }).findFirst();
        }
    }

    private static List<String> leftIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(practiceHome(USER).resolve(folder))) {
            return files.map(p -> folder + "/" + p.getFileName()).toList();
        }
    }

    /** No answer quotes a patient's national number, nor anything of a file an entity or an include pointed at. */
    private static void assertNoLeak(String answer) {
        for (String birth : PATIENT_BIRTHS) {
            assertThat(answer).doesNotContain(birth);
        }
        assertThat(answer).doesNotContain("root:");
    }

    /** {@code <line_number>:<status>:<reason_code>} of each line of an acknowledgement (quoted fields allowed). */
    static List<String> ackItems(String ack) {
        List<List<String>> rows = csvRows(ack);
        assertThat(String.join(";", rows.get(0))).isEqualTo(AckWriter.HEADER);
        List<String> items = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as("fields of %s", row).hasSize(9);
            items.add(row.get(8) + ":" + row.get(1) + ":" + row.get(2));
        }
        return items;
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return rows;
    }
}
