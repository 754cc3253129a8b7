package be.psygate.billing;

import be.psygate.insurer.SimulatedInsurer;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import be.psygate.support.TestPractice;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A session its insurer's format cannot carry (here a line reference with an accent, accepted before intake refused
 * such references) never blocks an invoice batch: it is taken out, held from billing but still ACCEPTED, the
 * operators are told which session of which practice, and the rest of the batch is delivered.
 */
class UnwritableSessionTest extends GatewayTest {

    @Autowired
    SimulatedInsurer insurer;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void theBatchIsDeliveredWithoutTheSessionTheEfactFormatCannotCarryAndTheOperatorsAreTold() throws Exception {
        TestPractice practice = accepted("poison", "2023-11", 3);
        String patient = patientOf(practice, "2023-11-03");
        long poisoned = poison(practice, "2023-11-03");

        try (OpsTopic ops = OpsTopic.listen(connectionFactory, "psygate.ops.events")) {
            assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);

            // insurer 100 (eFact) received the two other sessions, its batch adding up without the third
            await().atMost(WAIT).until(() -> receivedRefs(practice).size() == 2);
            assertThat(receivedRefs(practice)).containsExactlyInAnyOrder("P-1", "P-3");
            long batchId = jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a "
                    + "on a.session_id = l.id where l.practice_inami = ? and a.invoice_batch_id is not null").param(practice.inami()).query(Long.class).single();
            assertThat(jdbc.sql("select status from invoice_batch where id = ?").param(batchId).query(String.class)
                    .single()).isEqualTo("DELIVERED");
            SimulatedInsurer.Receipt receipt = insurer.receipts().stream()
                    .filter(r -> r.batch().batchNumber() == batchId).findFirst().orElseThrow();
            assertThat(receipt.batch().lines()).hasSize(jdbc.sql("select line_count from invoice_batch where id = ?")
                    .param(batchId).query(Integer.class).single());
            assertThat(receipt.batch().totalInsurerShare()).isEqualByComparingTo(jdbc.sql(
                    "select total_insurer_share from invoice_batch where id = ?").param(batchId)
                    .query(java.math.BigDecimal.class).single());

            // the session stays ACCEPTED, in no batch, held with the reason
            assertThat(jdbc.sql("select status from session_line where id = ?").param(poisoned).query(String.class)
                    .single()).isEqualTo("ACCEPTED");
            assertThat(jdbc.sql("select invoice_batch_id from session_account where session_id = ?").param(poisoned)
                    .query(Long.class).optional()).isEmpty();
            assertThat(jdbc.sql("select billing_hold from session_account where session_id = ?").param(poisoned)
                    .query(String.class).single()).contains("session " + poisoned).contains("not printable ASCII");

            // the operators are told which session of which practice, and never the patient's number
            await().atMost(WAIT).until(() -> heldAlerts(ops, poisoned).size() == 1);
            Map<String, Object> alert = heldAlerts(ops, poisoned).get(0);
            assertThat(alert).containsEntry("practice", practice.inami()).containsEntry("insurer", "100")
                    .containsEntry("batchId", (int) batchId).containsEntry("format", "efact");
            assertThat(ops.json()).noneMatch(json -> json.contains(patient));

            // a later run neither bills it nor tries it again
            rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class);
            assertThat(jdbc.sql("select invoice_batch_id from session_account where session_id = ?").param(poisoned)
                    .query(Long.class).optional()).isEmpty();
            assertThat(receivedRefs(practice)).containsExactlyInAnyOrder("P-1", "P-3");
        }
    }

    @Test
    void aBatchLeftWithNoSessionIsNotDeliveredAndNotRetried() throws Exception {
        TestPractice practice = accepted("lonely", "2023-10", 1);
        long poisoned = poison(practice, "2023-10-02");

        try (OpsTopic ops = OpsTopic.listen(connectionFactory, "psygate.ops.events")) {
            Map<?, ?> run = rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class)
                    .getBody();

            await().atMost(WAIT).until(() -> heldAlerts(ops, poisoned).size() == 1);
            List<Map<String, Object>> emptied = jdbc.sql("select b.id, b.status, b.line_count from invoice_batch b "
                            + "where b.billing_run_id = ? and b.service_month = '2023-10'")
                    .param(((Number) run.get("runId")).longValue()).query().listOfRows();
            assertThat(emptied).hasSize(1);
            assertThat(emptied.get(0)).containsEntry("STATUS", "EMPTY");
            assertThat(((Number) emptied.get(0).get("LINE_COUNT")).intValue()).isZero();
            assertThat(insurer.receipts()).noneMatch(r -> r.batch().batchNumber()
                    == ((Number) emptied.get(0).get("ID")).longValue());
        }
    }

    /** A practice whose {@code count} sessions of the month, refs P-1.., were accepted. */
    private TestPractice accepted(String user, String month, int count) throws Exception {
        TestPractice practice = registeredPractice(user);
        StringBuilder list = new StringBuilder(TestPractice.HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            list.append(practice.line("P-" + i, TestPractice.nextPatient(), month + "-0" + (i + 1), "792691"))
                    .append('\n');
        }
        Path ack = sendList(user, "list.csv", list.toString());
        assertThat(Files.readAllLines(ack).stream()
                .filter(l -> l.contains(";ACCEPTED;"))).hasSize(count);
        return practice;
    }

    private String patientOf(TestPractice practice, String date) {
        return jdbc.sql("select patient_niss from session_line where practice_inami = ? and session_date = ?")
                .params(practice.inami(), java.sql.Date.valueOf(date)).query(String.class).single();
    }

    /** The session of that date as an older gateway accepted it: with a reference the eFact format cannot carry. */
    private long poison(TestPractice practice, String date) {
        long id = jdbc.sql("select id from session_line where practice_inami = ? and session_date = ?")
                .params(practice.inami(), java.sql.Date.valueOf(date)).query(Long.class).single();
        jdbc.sql("update session_line set line_ref = 'séance-01', accepted_ref = 'séance-01' where id = ?")
                .param(id).update();
        return id;
    }

    private List<String> receivedRefs(TestPractice practice) {
        return insurer.receipts().stream().flatMap(r -> r.batch().lines().stream())
                .filter(l -> l.psychologist().value().equals(practice.inami()))
                .map(l -> l.lineRef().value()).toList();
    }

    private static List<Map<String, Object>> heldAlerts(OpsTopic ops, long sessionId) {
        return ops.ofType(BillingService.SESSION_HELD_FROM_BILLING).stream()
                .filter(e -> ((Number) e.get("sessionId")).longValue() == sessionId).toList();
    }
}
