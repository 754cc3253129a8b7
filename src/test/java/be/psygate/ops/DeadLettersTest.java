package be.psygate.ops;

import be.psygate.identity.TestIds;
import be.psygate.insurer.SimulatedInsurer;
import be.psygate.support.GatewayTest;
import be.psygate.support.Jms;
import be.psygate.support.TestPractice;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dead letters (issue "Operations and reliability"): an invoice batch whose delivery failed is parked on
 * {@code psygate.billing.dead-letters}, listed and browsed by an ops user, and replayed by an admin, which delivers
 * it; a message the broker dead-lettered ({@code DLQ.<address>}) is sent back to its queue.
 */
class DeadLettersTest extends GatewayTest {

    private static final String PARKED = "psygate.billing.dead-letters";

    @Autowired
    SimulatedInsurer insurer;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void aBatchParkedByAFailedDeliveryIsListedBrowsedAndReplayed() throws Exception {
        TestPractice practice = registeredPractice("parker");
        List<String> lines = new ArrayList<>(List.of(TestPractice.HEADER));
        for (int i = 1; i <= 3; i++) {
            // mutuality 319: insurer 300, CSV over SFTP
            lines.add("PARK-" + i + ";" + practice.inami() + ";" + TestIds.niss("850101", 200 + i, false)
                    + ";319;N;2025-05-0" + i + ";792691;;;");
        }
        sendList("parker", "may.csv", TestPractice.text(lines));

        Path blocked = DATA_DIR.resolve("sftp/insurers/300/in");
        try {
            // insurer 300's folder cannot be written: the delivery fails, is retried, then parked
            Files.createDirectories(blocked.getParent());
            Files.deleteIfExists(blocked);
            Files.writeString(blocked, "not a folder");
            assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null, Map.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            long batchId = batchOf(practice);
            assertThat(status(batchId)).isEqualTo("PENDING");

            // listed and browsed by an ops user
            ResponseEntity<List<Map<String, Object>>> queues = rest.withBasicAuth("ops", "ops")
                    .exchange("/api/dead-letters", HttpMethod.GET, null, LIST);
            assertThat(queues.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(queues.getBody()).anySatisfy(q -> {
                assertThat(q).containsEntry("queue", PARKED).containsEntry("kind", "parked-batches");
                assertThat(((Number) q.get("messages")).longValue()).isPositive();
            });
            Map<String, Object> parked = parkedMessageOf(batchId);
            assertThat((String) parked.get("body")).contains("BATCH_DELIVERY_FAILED").doesNotContainPattern("[0-9]{11}");
            assertThat(parked.get("timestamp")).isNotNull();
            long messageId = ((Number) parked.get("messageId")).longValue();

            // the ops role reads, it does not replay
            assertThat(rest.withBasicAuth("ops", "ops").postForEntity("/api/dead-letters/" + PARKED + "/" + messageId
                    + "/replay", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

            // the folder is mended; the replay delivers the batch, once
            Files.delete(blocked);
            ResponseEntity<Map> replay = rest.withBasicAuth("admin", "admin").postForEntity("/api/dead-letters/"
                    + PARKED + "/" + messageId + "/replay", null, Map.class);
            assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat((List<Map<String, Object>>) replay.getBody().get("messages")).singleElement().satisfies(m -> {
                assertThat(((Number) m.get("batchId")).longValue()).isEqualTo(batchId);
                assertThat(m).containsEntry("outcome", "DELIVERED");
            });
            assertThat(status(batchId)).isEqualTo("DELIVERED");
            await().atMost(WAIT).until(() -> received(practice) == 3);
            assertThat(messageIdsIn(PARKED)).doesNotContain(messageId);

            // replayed again (it is gone), it is not found
            assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/dead-letters/" + PARKED + "/"
                    + messageId + "/replay", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        } finally {
            Files.deleteIfExists(blocked);
        }
    }

    @Test
    void aMessageTheBrokerDeadLetteredIsSentBackToItsQueue() throws Exception {
        String address = "psygate.ops-test.replay";
        String deadLetters = "DLQ." + address;
        try (Connection connection = Jms.unshared(connectionFactory).createConnection()) {
            connection.start();
            // for this test address only: one delivery attempt, then the dead-letter queue
            Session admin = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            manage(admin, "broker", "addAddressSettings", address,
                    "{\"maxDeliveryAttempts\":1,\"redeliveryDelay\":0,\"deadLetterAddress\":\"DLA\","
                            + "\"autoCreateDeadLetterResources\":true,\"deadLetterQueuePrefix\":\"DLQ.\"}");

            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue(address);
            MessageProducer producer = session.createProducer(queue);
            TextMessage sent = session.createTextMessage("{\"note\":\"patient 85073003328 never shown\"}");
            sent.setStringProperty("_AMQ_DUPL_ID", "ops-test-" + System.nanoTime());
            sent.setStringProperty("PsyGateFileName", "replay-test.json");
            sent.setStringProperty("PsyGatePassword", "not-to-be-shown");
            producer.send(sent);
            session.commit();
            MessageConsumer consumer = session.createConsumer(queue);
            assertThat(consumer.receive(5000)).isNotNull();
            session.rollback(); // the consumer failed: its only attempt is spent

            await().atMost(WAIT).until(() -> rest.withBasicAuth("ops", "ops")
                    .exchange("/api/dead-letters", HttpMethod.GET, null, LIST).getBody().stream()
                    .anyMatch(q -> deadLetters.equals(q.get("queue"))));
            Map<String, Object> content = rest.withBasicAuth("ops", "ops")
                    .getForObject("/api/dead-letters/" + deadLetters, Map.class);
            assertThat(content).containsEntry("kind", "dead-letter");
            Map<String, Object> shown = ((List<Map<String, Object>>) content.get("shown")).get(0);
            assertThat(shown).containsEntry("originalAddress", address).containsEntry("bodyType", "text");
            assertThat((String) shown.get("body")).contains("patient ***********").doesNotContain("85073003328");
            assertThat((Map<String, Object>) shown.get("headers")).containsEntry("PsyGateFileName", "replay-test.json")
                    .doesNotContainKey("PsyGatePassword");

            long messageId = ((Number) shown.get("messageId")).longValue();
            assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/dead-letters/" + deadLetters + "/"
                    + messageId + "/replay", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            Message back = consumer.receive(10_000);
            assertThat(back).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) back).getText()).contains("never shown");
            session.commit();
        }
    }

    @Test
    void onlyDeadLetterQueuesAreShown() {
        assertThat(rest.withBasicAuth("ops", "ops").getForEntity("/api/dead-letters/psygate.invoices.200", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("ops", "ops").getForEntity("/api/dead-letters/DLQ.psygate.no-such-queue",
                Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/dead-letters", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Map<String, Object> parkedMessageOf(long batchId) {
        Map<String, Object> content = rest.withBasicAuth("ops", "ops").getForObject("/api/dead-letters/" + PARKED,
                Map.class);
        return ((List<Map<String, Object>>) content.get("shown")).stream()
                .filter(m -> ((String) m.get("body")).contains("\"batchId\":" + batchId + ","))
                .findFirst().orElseThrow(() -> new AssertionError("batch " + batchId + " is not parked: " + content));
    }

    private List<Long> messageIdsIn(String queue) {
        Map<String, Object> content = rest.withBasicAuth("ops", "ops").getForObject("/api/dead-letters/" + queue,
                Map.class);
        if (content == null || content.get("shown") == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) content.get("shown")).stream()
                .map(m -> ((Number) m.get("messageId")).longValue()).toList();
    }

    private long batchOf(TestPractice practice) {
        return jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a on a.session_id = l.id "
                + "where l.practice_inami = ? and a.invoice_batch_id is not null").param(practice.inami()).query(Long.class).single();
    }

    private String status(long batchId) {
        return jdbc.sql("select status from invoice_batch where id = ?").param(batchId).query(String.class).single();
    }

    private long received(TestPractice practice) {
        return insurer.receipts().stream().filter(r -> r.insurerId().equals("300"))
                .flatMap(r -> r.batch().lines().stream())
                .filter(l -> l.psychologist().value().equals(practice.inami())).count();
    }

    private static Object manage(Session session, String resource, String operation, Object... args) throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageProducer producer = session.createProducer(session.createQueue("activemq.management"));
             MessageConsumer consumer = session.createConsumer(replies)) {
            Message request = session.createMessage();
            JMSManagementHelper.putOperationInvocation(request, resource, operation, args);
            request.setJMSReplyTo(replies);
            producer.send(request);
            Message answer = consumer.receive(5000);
            assertThat(answer).isNotNull();
            assertThat(JMSManagementHelper.hasOperationSucceeded(answer))
                    .as("%s: %s", operation, JMSManagementHelper.getResult(answer)).isTrue();
            return JMSManagementHelper.getResult(answer);
        } finally {
            replies.delete();
        }
    }
}
