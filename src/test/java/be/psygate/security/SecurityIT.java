package be.psygate.security;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The attacks of a hostile practice, a curious operator and another web site, replayed against the running gateway;
 * each must be refused and leave the gateway's data as it was.
 */
class SecurityIT extends GatewayTest {

    private static final Duration ANSWER_TIME = Duration.ofSeconds(60);

    /**
     * A practice names uploads with backslashes and dots, as an external SFTP server lets it (the embedded one refuses
     * such names at upload): Camel's local work directory once built a local path from such a name and deleted the
     * file it led to (the database, the host key). No name reaches a local path now: the files the names aim at are
     * untouched, nothing is written outside the gateway's folders, and the practice's next list is answered.
     */
    @Test
    void aPracticesUploadNameNeverBecomesALocalPath() throws IOException {
        TestPractice practice = register("traversal");
        Path canary = Files.writeString(DATA_DIR.resolve("canary.txt"), "still here");
        Path hostKey = DATA_DIR.resolve("ssh_host_key");
        byte[] hostKeyBefore = Files.readAllBytes(hostKey);
        Path check = practiceHome(practice.sftpUser()).resolve("check");
        byte[] list = (TestPractice.HEADER + "\n" + practice.line("T-1", TestPractice.nextPatient(), "2025-05-05",
                "792691") + "\n").getBytes(StandardCharsets.UTF_8);
        Path out = practiceHome(practice.sftpUser()).resolve("out");
        // the attack's first step: a name that makes a local work directory create sub/ (a list dropped with it is
        // answered once the folder was polled)
        Drop.file(check, "sub\\v2.csv", list);
        dropAndAwaitAnswer(check, out, "first.csv", list);
        // then names that climb out of sub/ to the files that matter, and names that would forge log lines
        List<String> hostile = List.of("sub\\..\\..\\..\\..\\..\\..\\canary.txt",
                "sub\\..\\..\\..\\..\\..\\..\\ssh_host_key",
                "sub\\..\\..\\..\\..\\..\\..\\db\\psygate.mv.db",
                "line\nforged log line.csv", "esc\u001b[31mred.csv");
        for (String name : hostile) {
            Drop.file(check, name, list);
        }
        // two more lists, each answered after a poll that saw the hostile names (a failed upload is tried again
        // at every poll)
        dropAndAwaitAnswer(check, out, "after.csv", list);
        dropAndAwaitAnswer(check, out, "after-again.csv", list);

        assertThat(canary).hasContent("still here");
        assertThat(Files.readAllBytes(hostKey)).isEqualTo(hostKeyBefore);
        assertThat(DATA_DIR.resolve("db/psygate.mv.db")).exists();
        assertThat(rest.withBasicAuth("ops", "ops").getForEntity("/actuator/health", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // the hostile names were not taken, and nothing was made of them on the gateway's disk
        assertThat(check.resolve("sub\\v2.csv")).exists();
        for (String name : hostile) {
            assertThat(check.resolve(name)).exists();
        }
        try (Stream<Path> all = Files.walk(DATA_DIR)) {
            assertThat(all.map(DATA_DIR::relativize).map(Path::toString))
                    .noneMatch(p -> p.contains("sub/") || p.endsWith("/sub") || p.contains("downloads/traversal"));
        }
        int taken = jdbc.sql("select count(*) from received_file where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single();
        assertThat(taken).as("files taken in").isEqualTo(3);
    }

    /**
     * An administrator renames practice A's SFTP user; a new practice B then asks for A's old name. B is refused, and
     * A's home (its answers in out/) moved with A: no practice ever finds another's answers or statements.
     */
    @Test
    void aHomeNeverChangesHands() throws IOException {
        TestPractice a = register("home-a");
        Files.writeString(practiceHome("home-a").resolve("out/statement.csv"), "A's payment statement");
        Map<String, Object> renamed = new java.util.LinkedHashMap<>(a.registration(null, null));
        renamed.put("sftpUser", "home-a-renamed");
        ResponseEntity<Map> rename = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices", renamed,
                Map.class);
        assertThat(rename.getStatusCode()).as("rename: %s", rename.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(practiceHome("home-a-renamed").resolve("out/statement.csv")).hasContent("A's payment statement");
        assertThat(practiceHome("home-a")).doesNotExist();

        TestPractice b = TestPractice.newOne("home-a");
        ResponseEntity<String> taken = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                b.registration("password-home-b-x", null), String.class);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken.getBody()).contains("\"field\":\"sftpUser\"").contains("used by another practice");
        assertThat(practiceHome("home-a")).doesNotExist();

        // A goes on under its new name: its next list is answered in its moved home
        byte[] list = (TestPractice.HEADER + "\n" + a.line("H-1", TestPractice.nextPatient(), "2025-05-05", "792691")
                + "\n").getBytes(StandardCharsets.UTF_8);
        dropAndAwaitAnswer(practiceHome("home-a-renamed").resolve("check"),
                practiceHome("home-a-renamed").resolve("out"), "after-rename.csv", list);
    }

    private static void dropAndAwaitAnswer(Path folder, Path out, String name, byte[] list) throws IOException {
        Drop.file(folder, name, list);
        await().atMost(ANSWER_TIME).until(() -> Files.exists(out.resolve(name + ".ack.csv")));
    }

    private TestPractice register(String user) {
        TestPractice practice = TestPractice.newOne(user);
        ResponseEntity<Map> registered = rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-" + user + "-x", null), Map.class);
        assertThat(registered.getStatusCode()).as("registration: %s", registered.getBody()).isEqualTo(HttpStatus.OK);
        return practice;
    }
}
