package be.psygate.intake;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A line reference the insurers' files cannot carry is refused at intake, where the practice can still fix it,
 * rather than accepted and then blocking the insurer's whole invoice batch.
 */
class LineRefCharactersOverSftpTest extends GatewayTest {

    private static final Duration ANSWER_TIME = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReferenceWithAnAccentIsAnsweredWithTheCharactersAllowedAndTheRestOfTheListIsAccepted() throws Exception {
        TestPractice practice = TestPractice.newOne("accents");
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-accents", null), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        String list = String.join("\n", TestPractice.HEADER,
                practice.line("séance-01", TestPractice.nextPatient(), "2025-03-03", "792691"),
                practice.line("seance-02", TestPractice.nextPatient(), "2025-03-04", "792691"),
                practice.line("dossier \"3\"", TestPractice.nextPatient(), "2025-03-05", "792691")) + "\n";
        Drop.file(practiceHome("accents").resolve("in"), "march.csv", list.getBytes(StandardCharsets.UTF_8));

        Path ack = practiceHome("accents").resolve("out/march.csv.ack.csv");
        await().atMost(ANSWER_TIME).until(() -> Files.exists(ack));
        List<String> lines = Files.readAllLines(ack, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(4);
        // the reason quotes the reference, so the ack's field is quoted and its quotes doubled
        assertThat(lines.get(1)).startsWith("séance-01;REJECTED;LINE_REF_CHARACTERS;\"The line reference \"\"séance-01\"\" "
                        + "contains a character that the files sent to the insurers cannot carry.")
                .contains("letters without accents (A to Z, upper or lower case), digits, spaces")
                .contains("except the semicolon and the straight double quote").endsWith(";;;;;2");
        assertThat(lines.get(2)).startsWith("seance-02;ACCEPTED;");
        assertThat(lines.get(3)).contains(";REJECTED;LINE_REF_CHARACTERS;");
        assertThat(jdbc.sql("select line_ref from session_line where practice_inami = ? and status = 'ACCEPTED'")
                .param(practice.inami()).query(String.class).list()).containsExactly("seance-02");
    }
}
