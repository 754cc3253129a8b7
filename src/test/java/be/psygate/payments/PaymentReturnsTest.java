package be.psygate.payments;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import be.psygate.support.TestPractice;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Transfers that did not reach the practice: a return on the hospital's statement (camt, return information with
 * the transfer's end-to-end id) or a rejection in the bank's status report (pain.002) marks the transfer returned,
 * alerts the operators, and owes its entries again: the next payment run pays them once, and no file saying it
 * again returns anything twice.
 */
class PaymentReturnsTest extends GatewayTest {

    private static final Path FIXTURES = Path.of("test-fixtures/bank");

    @Autowired
    ConnectionFactory connectionFactory;

    @Value("${psygate.broker.ops-events}")
    String opsTopic;

    @Test
    void aReturnedTransferIsOwedAgainAndTheNextRunPaysItOnce() throws Exception {
        String inami = paidPractice("returned", "RETD");
        Transfer paid = transfersOf(inami).get(0);

        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            String statement = fixture("camt053-v08-return.xml", paid);
            Map<String, Object> event = drop(topic, statement, "return-" + paid.endToEndId() + ".xml");
            assertThat(event).containsEntry("version", "camt.053.001.08").containsEntry("returned", 1)
                    .containsEntry("credits", 0).containsEntry("released", 0);
            await().atMost(WAIT).until(() -> alerts(topic, paid.endToEndId()).size() == 1);
            assertThat(alerts(topic, paid.endToEndId()).get(0)).containsEntry("reason", "AC04")
                    .containsEntry("practiceInami", inami).containsEntry("amount", paid.amount().toPlainString());

            // the same return in the day's notification: recognised, nothing happens twice
            Map<String, Object> again = drop(topic, fixture("camt054-v02-return.xml", paid),
                    "return-notice-" + paid.endToEndId() + ".xml");
            assertThat(again).containsEntry("returned", 0);
            assertThat(alerts(topic, paid.endToEndId())).hasSize(1);
        }
        assertThat(jdbc.sql("select return_reason from payment where end_to_end_id = ?").param(paid.endToEndId())
                .query(String.class).single()).isEqualTo("AC04");
        assertThat(jdbc.sql("select decision from bank_credit where file_name like ? order by id")
                .param("return-%" + paid.endToEndId() + ".xml").query(String.class).list())
                .containsExactly("RETURNED", "RETURNED");
        Map<String, Object> balance = balance(inami);
        assertThat(balance).containsEntry("paid", 0.0).containsEntry("returned", paid.amount().doubleValue())
                .containsEntry("open", paid.amount().doubleValue());

        // the next payment run pays the same entries again, once
        admin().postForObject("/api/payment-runs?dueBy=2025-06-30", null, Map.class);
        List<Transfer> transfers = transfersOf(inami);
        assertThat(transfers).hasSize(2);
        assertThat(transfers.get(1).amount()).isEqualByComparingTo(paid.amount());
        assertThat(transfers.get(1).endToEndId()).isNotEqualTo(paid.endToEndId());
        assertThat(balance(inami)).containsEntry("paid", paid.amount().doubleValue()).containsEntry("open", 0.0);
        admin().postForObject("/api/payment-runs?dueBy=2025-12-31", null, Map.class);
        assertThat(transfersOf(inami)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from payment_return_entry r join payment p on p.id = r.payment_id "
                + "where p.end_to_end_id = ?").param(paid.endToEndId()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aStatusReportRejectingOneTransferOrTheWholeFileOwesThemAgain() throws Exception {
        String one = paidPractice("rejectone", "REJ1");
        Transfer rejected = transfersOf(one).get(0);
        String messageId = messageIdOf(rejected);

        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            String report = Files.readString(FIXTURES.resolve("pain002-v03-rejected-transaction.xml"))
                    .replace("PSYGATE-ORIGINAL-MESSAGE-ID", messageId)
                    .replace("PSYGATE-1-1", rejected.endToEndId());
            Map<String, Object> event = drop(topic, report, "status-" + rejected.endToEndId() + ".xml");
            assertThat(event).containsEntry("message", "PAIN_002").containsEntry("ours", true)
                    .containsEntry("rejected", 1).containsEntry("returned", 1);
            await().atMost(WAIT).until(() -> alerts(topic, rejected.endToEndId()).size() == 1);
            assertThat(alerts(topic, rejected.endToEndId()).get(0)).containsEntry("reason", "AC01");

            // the same report again, under another name: a duplicate
            Map<String, Object> again = drop(topic, report, "status-again-" + rejected.endToEndId() + ".xml");
            assertThat(again).containsEntry("duplicate", true);

            // a whole file rejected: every transfer of it
            String all = paidPractice("rejectall", "REJA");
            Transfer inFile = transfersOf(all).get(0);
            String file = messageIdOf(inFile);
            List<String> ofFile = jdbc.sql("select p.end_to_end_id from payment p join payment_run r "
                    + "on r.id = p.payment_run_id where r.message_id = ? and p.returned_at is null").param(file)
                    .query(String.class).list();
            String wholeFile = Files.readString(FIXTURES.resolve("pain002-v10-rejected-file.xml"))
                    .replace("PSYGATE-ORIGINAL-MESSAGE-ID", file);
            Map<String, Object> rejectedFile = drop(topic, wholeFile, "status-file-" + inFile.endToEndId() + ".xml");
            assertThat(rejectedFile).containsEntry("version", "pain.002.001.10").containsEntry("groupStatus", "RJCT")
                    .containsEntry("returned", ofFile.size());
            assertThat(ofFile).contains(inFile.endToEndId());

            // a report on a file this gateway did not write changes nothing
            Map<String, Object> notOurs = drop(topic, Files.readString(
                            FIXTURES.resolve("pain002-v10-rejected-file.xml")).replace("PSYGATE-ORIGINAL-MESSAGE-ID",
                            "OTHER-SOFTWARE-1").replace("STS-2025-07-01-0002", "STS-OTHER-1"),
                    "status-not-ours-" + inFile.endToEndId() + ".xml");
            assertThat(notOurs).containsEntry("ours", false).containsEntry("returned", 0);
        }
        assertThat(jdbc.sql("select return_reason from payment where end_to_end_id = ?")
                .param(rejected.endToEndId()).query(String.class).single()).isEqualTo("AC01");
        // the run of the second practice paid the first one's entries again, and that whole file was rejected too
        assertThat(transfersOf(one)).hasSize(2);
        assertThat(balance(one)).containsEntry("paid", 0.0)
                .containsEntry("returned", rejected.amount().multiply(BigDecimal.valueOf(2)).doubleValue())
                .containsEntry("open", rejected.amount().doubleValue());
    }

    private record Transfer(String endToEndId, BigDecimal amount) {
    }

    /** A practice whose two tranches 1 were paid by a payment run; its INAMI number. */
    private String paidPractice(String user, String prefix) throws IOException {
        TestPractice practice = registeredPractice(user);
        sendList(user, "june.csv", practice.listOf(prefix, 2));
        // invoiced (to insurer 100, which the tests answer themselves), so that no later billing run of another
        // test takes these sessions into its batch
        admin().postForEntity("/api/billing-runs", null, Map.class);
        for (int i = 1; i <= 2; i++) {
            long session = jdbc.sql("select id from session_line where practice_inami = ? and line_ref = ?")
                    .params(practice.inami(), prefix + "-" + i).query(Long.class).single();
            // the tranche 1 the accepted list gave, made due before the run
            int updated = jdbc.sql("update practice_entry set amount = 59.49, due_date = date '2025-06-01', "
                    + "confirmed = true where session_id = ? and number = 1").param(session).update();
            if (updated == 0) {
                jdbc.sql("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                                + "confirmed, created_at) values (?, ?, 1, 'TRANCHE_1', 59.49, date '2025-06-01', "
                                + "true, current_timestamp)")
                        .params(practice.inami(), session).update();
            }
        }
        admin().postForObject("/api/payment-runs?dueBy=2025-06-30", null, Map.class);
        assertThat(transfersOf(practice.inami())).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("118.98"));
        return practice.inami();
    }

    private List<Transfer> transfersOf(String inami) {
        return jdbc.sql("select end_to_end_id, amount from payment where practice_inami = ? order by id")
                .param(inami).query((rs, n) -> new Transfer(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    private String messageIdOf(Transfer transfer) {
        return jdbc.sql("select r.message_id from payment_run r join payment p on p.payment_run_id = r.id "
                + "where p.end_to_end_id = ?").param(transfer.endToEndId()).query(String.class).single();
    }

    private static String fixture(String name, Transfer transfer) throws IOException {
        return Files.readString(FIXTURES.resolve(name)).replace("PSYGATE-1-1", transfer.endToEndId())
                .replace("96.10", transfer.amount().toPlainString());
    }

    private Map<String, Object> drop(OpsTopic topic, String content, String name) throws IOException {
        Drop.file(DATA_DIR.resolve("bank/in"), name, content.getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> topic.ofType("BANK_STATEMENT").stream()
                .anyMatch(e -> name.equals(e.get("fileName"))));
        return topic.ofType("BANK_STATEMENT").stream().filter(e -> name.equals(e.get("fileName"))).findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> alerts(OpsTopic topic, String endToEndId) {
        return topic.ofType("ALERT_PAYMENT_RETURNED").stream()
                .filter(a -> endToEndId.equals(a.get("endToEndId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> balance(String inami) {
        return admin().getForObject("/api/practices/{p}/balance", Map.class, inami);
    }
}
