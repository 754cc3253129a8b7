package be.psygate.payments;

import be.psygate.identity.TestIds;
import be.psygate.ledger.EntryLedger;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The insurers' answers on both channels, as the simulated insurers send them (receipt, then settlement with
 * refusals and partial payments): 200 answers in XML over Artemis, 300 in CSV over SFTP. Whatever each session's
 * fate, what the psychologist is owed for it adds up to what the insurer paid.
 */
class SimulatedAnswersTest extends GatewayTest {

    @Autowired
    EntryLedger entries;


    @Test
    void answersOverArtemisAndSftpAreReconciledAndTheTranchesAddUpToWhatTheInsurersPaid() throws Exception {
        TestPractice practice = TestPractice.newOne("answered");
        rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-answered", null), Map.class);
        List<String> lines = new ArrayList<>(List.of(TestPractice.HEADER));
        for (int i = 1; i <= 20; i++) {
            lines.add("ANS-" + i + ";" + practice.inami() + ";" + TestIds.niss("750505", 200 + i, false) + ";"
                    + (i % 2 == 0 ? "228" : "319") + ";N;2025-05-" + String.format("%02d", i) + ";792691;;;");
        }
        Path home = practiceHome("answered");
        drop("answered", "answers.csv", TestPractice.text(lines));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(home.resolve("out/answers.csv.ack.csv")));

        rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from session_line l left join session_account a on a.session_id = l.id "
                + "where l.practice_inami = ? and a.insurer_state is not null").param(practice.inami())
                .query(Integer.class).single() == 20);

        // tranche 1, owed by the list since its intake, written out as a payment run does first
        entries.postTranche1();
        List<Map<String, Object>> sessions = jdbc.sql("select l.id, a.insurer_state, a.insurer_paid, "
                        + "(select sum(e.amount) from practice_entry e where e.session_id = l.id) as owed "
                        + "from session_line l left join session_account a on a.session_id = l.id where l.practice_inami = ?").param(practice.inami()).query().listOfRows();
        for (Map<String, Object> s : sessions) {
            BigDecimal paid = s.get("INSURER_PAID") == null ? BigDecimal.ZERO : (BigDecimal) s.get("INSURER_PAID");
            assertThat((BigDecimal) s.get("OWED")).as("session %s (%s)", s.get("ID"), s.get("INSURER_STATE"))
                    .isEqualByComparingTo(paid);
        }
        // both insurers answered on their own channel: a receipt and a settlement (in whatever order they land)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("select distinct r.insurer_id || ':' || r.kind from insurer_return r join invoice_batch b "
                        + "on b.id = r.batch_id join session_account a on a.invoice_batch_id = b.id "
                        + "join session_line l on l.id = a.session_id "
                        + "where l.practice_inami = ?").param(practice.inami()).query(String.class).list())
                .containsExactlyInAnyOrder("200:RECEIPT", "200:SETTLEMENT", "300:RECEIPT", "300:SETTLEMENT"));
    }
}
