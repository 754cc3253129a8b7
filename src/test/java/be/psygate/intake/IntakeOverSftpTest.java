package be.psygate.intake;

import be.psygate.support.Drop;
import be.psygate.support.DemoMixedList;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpenSsh;
import be.psygate.support.TestPractice;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake as a practice lives it: a list uploaded over SFTP into {@code in/} is answered line by line in
 * {@code out/}, stored in the ledger and archived; a repeated, a broken and a checked list get their own answers.
 */
class IntakeOverSftpTest extends GatewayTest {

    @Autowired
    JmsTemplate jms;

    @Test
    void answersEveryLineOfAListUploadedWithTheOpenSshClient() throws Exception {
        // the administrator gives the demo practice a public key; no restart
        Path key = OpenSsh.newKey(tmp, "demo-key");
        Map<String, Object> demo = Map.of("inami", "91234537770", "name", "Cabinet Demo - Dr. A. Example",
                "bce", "0812345603", "iban", "BE14063123456783", "agreementStart", "2022-01-01",
                "yearlyCapacity", 600, "sftpUser", "demo", "sftpPublicKeys", List.of(OpenSsh.publicKeyOf(key)),
                "language", "fr");
        assertThat(admin().postForEntity("/api/practices", demo, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        DemoMixedList.assertTheAck(DemoMixedList.uploadAndFetchTheAck(SFTP_PORT, "demo", key, knownHosts(),
                practiceHome("demo"), tmp, WAIT));

        // the list left in/ for the archive (moved once its answer is out), and the ledger holds every line with
        // its amounts
        await().atMost(WAIT).until(() -> !Files.exists(practiceHome("demo").resolve("in/demo-mixed.csv")));
        assertThat(archived("demo-mixed.csv")).hasSize(1);
        Map<String, Object> totals = jdbc.sql("select count(*) as n_lines, sum(l.fee) as total_fee, "
                        + "sum(case when l.status = 'ACCEPTED' then 1 else 0 end) as n_accepted from session_line l "
                        + "join received_file f on f.id = l.file_id where f.file_name = 'demo-mixed.csv'")
                .query().singleRow();
        assertThat(((Number) totals.get("N_LINES")).intValue()).isEqualTo(14);
        assertThat(((Number) totals.get("N_ACCEPTED")).intValue()).isEqualTo(9);
        assertThat(totals.get("TOTAL_FEE").toString()).isEqualTo("566.45"); // 3 x 77.10 + 335.15

        // billing is told, through the broker, that this file holds 9 new accepted sessions
        long fileId = jdbc.sql("select id from received_file where file_name = 'demo-mixed.csv'").query(Long.class)
                .single();
        jms.setReceiveTimeout(10_000);
        Message notice = jms.receiveSelected("psygate.sessions.accepted", "PsyGateFileId = " + fileId);
        assertThat(notice).as("accepted-sessions notice").isNotNull();
        assertThat(((TextMessage) notice).getText()).contains("\"acceptedSessions\":9").doesNotContain("85071212390");
    }

    @Test
    void theSameContentSentAgainUnderAnotherNameIsAnsweredAsADuplicateAndStoredOnce() throws Exception {
        TestPractice practice = registeredPractice("dup");
        byte[] list = practice.listOf("DUP", 3).getBytes(StandardCharsets.UTF_8);
        Drop.file(practiceHome("dup").resolve("in"), "march.csv", list);
        await().atMost(WAIT).until(() -> Files.exists(practiceHome("dup").resolve("out/march.csv.ack.csv")));

        Drop.file(practiceHome("dup").resolve("in"), "march-again.csv", list);
        Path error = practiceHome("dup").resolve("out/march-again.csv.error.txt");
        await().atMost(WAIT).until(() -> Files.exists(error));

        assertThat(Files.readString(error)).contains("FILE_DUPLICATE").contains("march.csv");
        assertThat(practiceHome("dup").resolve("out/march-again.csv.ack.csv")).doesNotExist();
        assertThat(sessionCount(practice)).isEqualTo(3);
        assertThat(fileStatuses(practice)).containsExactly("PROCESSED", "DUPLICATE");
    }

    @Test
    void aFileThatCannotBeReadIsQuarantinedWithAnErrorReportAndKept() throws Exception {
        TestPractice practice = registeredPractice("broken");
        // Latin-1, not UTF-8: "Séance" with a single byte for the é
        byte[] latin1 = (TestPractice.HEADER + "\n" + practice.line("S\u00e9ance-1", "85071212390", "2025-03-03",
                "792691") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Drop.file(practiceHome("broken").resolve("in"), "latin1.csv", latin1);

        Path error = practiceHome("broken").resolve("out/latin1.csv.error.txt");
        await().atMost(WAIT).until(() -> Files.exists(error));
        assertThat(Files.readString(error)).contains("FILE_NOT_UTF8");
        assertThat(fileStatuses(practice)).containsExactly("QUARANTINED");
        assertThat(sessionCount(practice)).isZero();
        // the original is kept byte for byte, and it left in/
        try (Stream<Path> kept = Files.walk(DATA_DIR.resolve("quarantine").resolve("broken"))) {
            List<Path> copies = kept.filter(p -> p.getFileName().toString().endsWith("latin1.csv")).toList();
            assertThat(copies).hasSize(1);
            assertThat(Files.readAllBytes(copies.get(0))).isEqualTo(latin1);
        }
        await().atMost(WAIT).until(() -> !Files.exists(practiceHome("broken").resolve("in/latin1.csv")));
    }

    @Test
    void aListDroppedInCheckIsAnsweredAsInWouldAnswerItButNothingIsStored() throws Exception {
        TestPractice practice = registeredPractice("checker");
        String list = practice.listOf("CHK", 4) + practice.line("CHK-1", TestPractice.nextPatient(), "2025-04-01", "792691") + "\n";
        Drop.file(practiceHome("checker").resolve("check"), "april.csv", list.getBytes(StandardCharsets.UTF_8));
        Path checked = practiceHome("checker").resolve("out/april.csv.ack.csv");
        await().atMost(WAIT).until(() -> Files.exists(checked));
        String checkAnswer = Files.readString(checked);
        assertThat(sessionCount(practice)).isZero();
        assertThat(fileStatuses(practice)).containsExactly("CHECKED");
        // a checked list stores nothing: it takes no number among its network's judged lists
        assertThat(judgedNumbers(practice)).containsExactly((Long) null);
        // the repeated reference is caught within the list
        assertThat(checkAnswer).contains("CHK-1;REJECTED;LINE_REF_DUPLICATE;");

        Files.move(checked, tmp.resolve("checked.csv"));
        Path billed = sendList("checker", "april.csv", list);
        assertThat(Files.readString(billed)).isEqualTo(checkAnswer);
        assertThat(sessionCount(practice)).isEqualTo(5);
    }

    @Test
    void aReferenceAlreadyAcceptedInAnEarlierListIsRejected() throws Exception {
        TestPractice practice = registeredPractice("refs");
        sendList("refs", "one.csv", practice.listOf("REF", 2));
        String second = TestPractice.HEADER + "\n" + practice.line("REF-2", TestPractice.nextPatient(), "2025-05-05", "792691")
                + "\n" + practice.line("REF-3", TestPractice.nextPatient(), "2025-05-06", "792691") + "\n";
        Path ack = sendList("refs", "two.csv", second);
        List<String> lines = Files.readAllLines(ack);
        assertThat(lines.get(1)).startsWith("REF-2;REJECTED;LINE_REF_ALREADY_ACCEPTED;");
        assertThat(lines.get(2)).startsWith("REF-3;ACCEPTED;");
        assertThat(sessionCount(practice)).isEqualTo(4);
        // each list took its network's next number, in the order they were judged (EarlierSessions counts on it)
        List<Long> numbers = judgedNumbers(practice);
        assertThat(numbers).hasSize(2).doesNotContainNull();
        assertThat(numbers.get(1)).isGreaterThan(numbers.get(0));
        assertThat(jdbc.sql("select n.judged_lists from network n join practice p on p.network_id = n.id "
                + "where p.inami = ?").param(practice.inami()).query(Long.class).single())
                .isGreaterThanOrEqualTo(numbers.get(1));

        // the API tells the story of the reference: accepted in one.csv, refused in two.csv
        List<Map<String, Object>> life = admin().getForObject(
                "/api/sessions?practice={p}&lineRef=REF-2", List.class, practice.inami());
        assertThat(life).extracting(s -> s.get("fileName") + ":" + s.get("status"))
                .containsExactly("one.csv:ACCEPTED", "two.csv:REJECTED");
        assertThat(life.get(0)).containsEntry("tranche1", 59.49).doesNotContainKey("patientNiss");
        List<Map<String, Object>> received = admin().getForObject("/api/files?practice={p}", List.class,
                practice.inami());
        assertThat(received).extracting(f -> f.get("fileName") + ":" + f.get("status") + ":" + f.get("acceptedCount"))
                .containsExactly("one.csv:PROCESSED:2", "two.csv:PROCESSED:1");
    }

    @Test
    void anUploadStillInProgressIsNotTakenUntilItIsComplete() throws Exception {
        TestPractice practice = registeredPractice("slow");
        String list = practice.listOf("SLOW", 40);
        int half = list.length() / 2;
        Session session = sftpSession("slow", "password-slow");
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(10_000);
            try (OutputStream upload = sftp.put("in/slow.csv")) {
                upload.write(list.substring(0, half).getBytes(StandardCharsets.UTF_8));
                upload.flush();
                await().atMost(WAIT).until(() -> Files.size(practiceHome("slow").resolve("in/slow.csv")) >= half);

                // another list dropped after the first half is answered: the gateway has polled since, and more
                // than one read-lock interval passed without the half-written file changing
                sendList("slow", "marker.csv", practice.listOf("MARK", 1));
                assertThat(practiceHome("slow").resolve("out/slow.csv.ack.csv")).doesNotExist();
                assertThat(practiceHome("slow").resolve("in/slow.csv")).exists();

                upload.write(list.substring(half).getBytes(StandardCharsets.UTF_8));
            }
            sftp.disconnect();
        } finally {
            session.disconnect();
        }
        Path ack = practiceHome("slow").resolve("out/slow.csv.ack.csv");
        await().atMost(WAIT).until(() -> Files.exists(ack));
        assertThat(Files.readAllLines(ack)).hasSize(41).allMatch(l -> l.startsWith("line_ref") || l.contains(";ACCEPTED;"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiRefusesAnIncompleteRegistrationAndAnonymousCallers() {
        ResponseEntity<Map> bad = admin().postForEntity("/api/practices",
                Map.of("inami", "12345678901", "sftpUser", "Bad User"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the contract's shape: {"errors":[{"field":..,"message":..}]}
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("inami", "sftpUser", "bce");

        assertThat(rest.getForEntity("/api/practices/91234537770", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map> demo = admin().getForEntity("/api/practices/91234537770", Map.class);
        assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(demo.getBody()).containsEntry("sftpUser", "demo").doesNotContainKey("sftpPassword");
    }

    private int sessionCount(TestPractice practice) {
        return jdbc.sql("select count(*) from session_line where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single();
    }

    private List<String> fileStatuses(TestPractice practice) {
        return jdbc.sql("select status from received_file where practice_inami = ? order by id")
                .param(practice.inami()).query(String.class).list();
    }

    private List<Long> judgedNumbers(TestPractice practice) {
        return jdbc.sql("select judged_seq from received_file where practice_inami = ? order by id")
                .param(practice.inami()).query((rs, n) -> (Long) rs.getObject(1, Long.class)).list();
    }

    private static List<Path> archived(String name) throws Exception {
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("sftp/archive"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".")).toList();
        }
    }
}
