package be.psygate.intake;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line reference the insurers' files cannot carry is refused at intake, where the practice can still fix it,
 * rather than accepted and then blocking the insurer's whole invoice batch.
 */
class LineRefCharactersOverSftpTest extends GatewayTest {

    @Test
    void aReferenceWithAnAccentIsAnsweredWithTheCharactersAllowedAndTheRestOfTheListIsAccepted() throws Exception {
        TestPractice practice = registeredPractice("accents");
        String list = String.join("\n", TestPractice.HEADER,
                practice.line("séance-01", TestPractice.nextPatient(), "2025-03-03", "792691"),
                practice.line("seance-02", TestPractice.nextPatient(), "2025-03-04", "792691"),
                practice.line("dossier \"3\"", TestPractice.nextPatient(), "2025-03-05", "792691")) + "\n";
        List<String> lines = Files.readAllLines(sendList("accents", "march.csv", list), StandardCharsets.UTF_8);

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
