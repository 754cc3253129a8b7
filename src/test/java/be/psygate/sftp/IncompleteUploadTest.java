package be.psygate.sftp;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A practice's connection drops in the middle of a list's line and the practice never comes back: once the wait is
 * over (3 s in the tests, 2 h by default), the gateway answers that the upload is incomplete and keeps it in
 * quarantine; it never reads it as a shorter list, never stores or bills a line of it.
 */
class IncompleteUploadTest extends GatewayTest {

    private static final Duration ANSWER_TIME = Duration.ofSeconds(60);

    @Test
    void anUploadCutOffAndNeverResumedIsAnsweredIncompleteNotReadAsAShorterList() throws Exception {
        TestPractice practice = TestPractice.newOne("ursula");
        ResponseEntity<Map> registered = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-ursula-x", null), Map.class);
        assertThat(registered.getStatusCode()).as("registration: %s", registered.getBody()).isEqualTo(HttpStatus.OK);
        String whole = TestPractice.HEADER + "\n"
                + practice.line("CUT-1", TestPractice.nextPatient(), "2025-05-05", "792691") + "\n"
                + practice.line("CUT-2", TestPractice.nextPatient(), "2025-05-06", "792691") + "\n";
        byte[] firstPart = whole.substring(0, whole.length() - 20).getBytes(StandardCharsets.UTF_8);
        Path in = practiceHome("ursula").resolve("in/cut.csv");

        try (JschSftp ursula = JschSftp.connect(SFTP_PORT, DATA_DIR.resolve("known_hosts"), "ursula",
                "password-ursula-x")) {
            OutputStream upload = ursula.upload("in/cut.csv");
            upload.write(firstPart);
            upload.flush();
            await().atMost(ANSWER_TIME).until(() -> Files.exists(in) && Files.size(in) == firstPart.length);
            ursula.kill();
        }

        Path out = practiceHome("ursula").resolve("out");
        await().atMost(ANSWER_TIME).until(() -> Files.exists(out.resolve("cut.csv.error.txt")));
        assertThat(Files.readString(out.resolve("cut.csv.error.txt"))).contains("(FILE_INCOMPLETE): ");
        assertThat(out.resolve("cut.csv.ack.csv")).doesNotExist();
        Map<String, Object> file = jdbc.sql("select id, status, reason_code from received_file where practice_inami = ?")
                .param(practice.inami()).query().singleRow();
        assertThat(file).containsEntry("STATUS", "QUARANTINED").containsEntry("REASON_CODE", "FILE_INCOMPLETE");
        int lines = jdbc.sql("select count(*) from session_line where file_id = ?").param(file.get("ID"))
                .query(Integer.class).single();
        assertThat(lines).as("lines stored from an incomplete upload").isZero();
        Path kept = DATA_DIR.resolve("quarantine/ursula").resolve(file.get("ID") + "-cut.csv");
        assertThat(Files.readAllBytes(kept)).isEqualTo(firstPart);
    }
}
