package be.psygate.intake;

import be.psygate.identity.TestIds;
import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpenSsh;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The convention's rules through the whole gateway: a Dutch-speaking practice sends two lists over SFTP, the second
 * crossing several rules at once; the ceilings and the capacity count across both lists, first come first served,
 * and by session date within a list ("today" is 2025-06-30 for the gateway under test).
 */
class ConventionRulesOverSftpTest extends GatewayTest {

    @Autowired
    ReasonCatalogue reasons;

    @Test
    void aListThatCrossesSeveralRulesIsAnsweredLineByLineInThePracticesLanguage() throws Exception {
        Path key = OpenSsh.newKey(tmp, "praktijk");
        TestPractice practice = registeredPractice("praktijk", key, Map.of("language", "nl", "yearlyCapacity", 10));

        String p = TestPractice.nextPatient();          // an adult with six sessions already in January
        String young = TestIds.niss("050310", 11, true); // 20 in April 2025: under 23, no copay since 2024-02-01
        String child = TestIds.niss("120101", 13, true); // 13: under the adults network's 15
        String q = TestPractice.nextPatient();
        String s = TestPractice.nextPatient();
        String t = TestPractice.nextPatient();

        List<String> january = new ArrayList<>(List.of(TestPractice.HEADER));
        String[] days = {"2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10"};
        for (int i = 0; i < days.length; i++) {
            january.add(practice.line("R1-" + (i + 1), p, days[i], "792691"));
        }
        List<String> januaryAck = upload(key, "januari.csv", january);
        assertThat(januaryAck.subList(1, 7)).allMatch(l -> l.contains(";ACCEPTED;;;77.10;66.10;11.00;59.49;"));

        List<String> ack = upload(key, "lente.csv", List.of(TestPractice.HEADER,
                practice.line("R2-1", p, "2025-05-10", "792691"),
                practice.line("R2-2", p, "2025-04-01", "792691"),
                practice.line("R2-3", p, "2025-04-15", "792691"),
                practice.line("R2-4", young, "2025-04-20", "792691"),
                practice.line("R2-5", child, "2025-04-21", "792691"),
                practice.line("R2-6", q, "2025-04-22", "792691"),
                practice.line("R2-7", q, "2025-04-22", "792691"),
                practice.line("R2-8", s, "2025-04-23", "792691"),
                practice.line("R2-9", p, "2025-01-13", "792691"),
                practice.line("R2-10", t, "2025-07-15", "792691"),
                practice.line("R2-11", t, "2020-05-04", "792691")));

        assertThat(ack).hasSize(12);
        // p's 8 first-line individual sessions a year: the two earliest dates take the last places, whatever the
        // order of the lines; the latest is refused
        assertThat(ack.get(1)).startsWith("R2-1;REJECTED;PATIENT_CEILING_REACHED;")
                .contains(reasons.text(ReasonCode.PATIENT_CEILING_REACHED, Language.NL, "8", "IND", "SPPL", "2025"));
        assertThat(ack.get(2)).isEqualTo("R2-2;ACCEPTED;;;77.10;66.10;11.00;59.49;3");
        assertThat(ack.get(3)).isEqualTo("R2-3;ACCEPTED;;;77.10;66.10;11.00;59.49;4");
        // under 23: the insurer pays the whole fee; 90% of 77.10 = 69.39
        assertThat(ack.get(4)).isEqualTo("R2-4;ACCEPTED;;;77.10;77.10;0.00;69.39;5");
        assertThat(ack.get(5)).startsWith("R2-5;REJECTED;PATIENT_AGE_OUT_OF_TARGET;").doesNotContain(child);
        assertThat(ack.get(6)).isEqualTo("R2-6;ACCEPTED;;;77.10;66.10;11.00;59.49;7");
        assertThat(ack.get(7)).startsWith("R2-7;REJECTED;SESSION_DUPLICATE;");
        // 6 in January + 4 accepted above = the yearly capacity of 10
        assertThat(ack.get(8)).startsWith("R2-8;REJECTED;CAPACITY_EXCEEDED;");
        assertThat(ack.get(9)).startsWith("R2-9;REJECTED;SESSION_ALREADY_ACCEPTED;").contains("R1-2");
        assertThat(ack.get(10)).startsWith("R2-10;REJECTED;SESSION_DATE_IN_FUTURE;");
        assertThat(ack.get(11)).startsWith("R2-11;REJECTED;SESSION_TOO_OLD;");
        assertThat(String.join("\n", ack)).doesNotContain(p).doesNotContain(young).doesNotContain(q);
        // a line a quota refused is stored rejected, with no amount and its reference free, its date and care kept
        assertThat(jdbc.sql("select status || '/' || reason_code || '/' || coalesce(accepted_ref, '-') || '/' "
                        + "|| coalesce(cast(fee as varchar(20)), '-') || '/' || cast(session_date as varchar(10)) "
                        + "|| '/' || care || '/' || service_kind from session_line "
                        + "where practice_inami = ? and line_ref in ('R2-1', 'R2-8') order by line_number")
                .param(practice.inami()).query(String.class).list())
                .containsExactly("REJECTED/PATIENT_CEILING_REACHED/-/-/2025-05-10/SPPL/INDIVIDUAL",
                        "REJECTED/CAPACITY_EXCEEDED/-/-/2025-04-23/SPPL/INDIVIDUAL");

        // the network sees the pace: 10 a year is 0.83 a month; January (4) is fine, March (0) is well below
        Map<String, Object> pace = rest.withBasicAuth("admin", "admin")
                .getForObject("/api/practices/{inami}/pace?year=2025", Map.class, practice.inami());
        List<Map<String, Object>> months = (List<Map<String, Object>>) pace.get("months");
        assertThat(months.get(0)).containsEntry("acceptedSessions", 4).containsEntry("wellBelowPace", false);
        assertThat(months.get(2)).containsEntry("acceptedSessions", 0).containsEntry("wellBelowPace", true);
        assertThat(months.get(3)).containsEntry("acceptedSessions", 4);
        // June is not over on 2025-06-30: not judged yet
        assertThat(months.get(5)).containsEntry("wellBelowPace", false);
    }

    private List<String> upload(Path key, String name, List<String> lines) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, TestPractice.text(lines), StandardCharsets.UTF_8);
        OpenSsh.sftp(SFTP_PORT, "praktijk", key, DATA_DIR.resolve("known_hosts"), "put " + file + " in/" + name);
        return Files.readAllLines(awaitAnswer("praktijk", name + ".ack.csv"), StandardCharsets.UTF_8);
    }
}
