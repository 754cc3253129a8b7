package be.psygate.ops;

import be.psygate.support.TestResources;
import be.psygate.insurer.SimulatedInsurer;
import be.psygate.insurer.SimulatedInsurer.Receipt;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway against a standalone Artemis broker, as in production ({@code spring.artemis.mode=native}, no embedded
 * broker): the broker at {@code PSYGATE_TEST_BROKER_URL} (with {@code PSYGATE_TEST_BROKER_USER} and
 * {@code PSYGATE_TEST_BROKER_PASSWORD}), configured with {@code .ci/artemis/} as {@code .ci/run} does. Without that
 * variable the class is skipped, so that a developer's {@code ./mvnw verify} needs no broker.
 *
 * <p>The broker may be shared and keep its messages between runs: every check picks its own messages out (selector
 * on the file or batch id, an address of its own), and nothing here expects a queue to be empty.
 */
@EnabledIfEnvironmentVariable(named = StandaloneBrokerTest.BROKER_URL_VARIABLE, matches = ".*\\S.*",
        disabledReason = "PSYGATE_TEST_BROKER_URL is not set: no standalone broker to test against (.ci/run starts one)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StandaloneBrokerTest {

    static final String BROKER_URL_VARIABLE = "PSYGATE_TEST_BROKER_URL";
    static final String BROKER_URL = TestResources.env(BROKER_URL_VARIABLE, "");
    static final String BROKER_USER = TestResources.env("PSYGATE_TEST_BROKER_USER", "");
    static final String BROKER_PASSWORD = TestResources.env("PSYGATE_TEST_BROKER_PASSWORD", "");
    /** The settings that .ci/artemis/configure puts in the standalone broker's broker.xml. */
    static final Path ADDRESS_SETTINGS = Path.of(".ci/artemis/address-settings.xml");

    static final OwnGateway GATEWAY = OwnGateway.named("psygate-standalone-broker", 10);
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ACCEPTED_SESSIONS = "psygate.sessions.accepted";
    static final String INSURER_200 = "psygate.invoices.200";

    /** A connection of the test's own to the standalone broker, to look at queues as an operator would. */
    static ActiveMQConnectionFactory broker;

    @DynamicPropertySource
    static void standaloneBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.mode", () -> "native");
        registry.add("spring.artemis.broker-url", () -> BROKER_URL);
        registry.add("spring.artemis.user", () -> BROKER_USER);
        registry.add("spring.artemis.password", () -> BROKER_PASSWORD);
        registry.add("spring.artemis.embedded.enabled", () -> false);
        GATEWAY.settings(registry);
        GatewayTest.quickPace(registry);
        // insurer 200 answers over the broker too (psygate.insurer-returns); the others only read
        registry.add("psygate.simulated-insurer.answering", () -> "200");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SimulatedInsurer insurer;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void connect() {
        broker = new ActiveMQConnectionFactory(BROKER_URL, BROKER_USER, BROKER_PASSWORD);
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aListDroppedInInIsAnsweredAndItsAcceptedSessionsAreAnnouncedOnTheQueue() throws Exception {
        TestPractice practice = register("sa-intake");
        Path ack = sendList(practice, "march.csv", listFor(practice, "SA-IN", "2025-03", "228", 3));
        assertThat(Files.readAllLines(ack).subList(1, 4)).allMatch(l -> l.contains(";ACCEPTED;"));
        long fileId = jdbc.sql("select id from received_file where practice_inami = ? and file_name = 'march.csv'")
                .param(practice.inami()).query(Long.class).single();

        // the notice is on the standalone broker's queue, with nothing in it that names a patient
        String notice = receiveText(ACCEPTED_SESSIONS, "PsyGateFileId = " + fileId);
        JsonNode body = json.readTree(notice);
        assertThat(body.get("fileId").asLong()).isEqualTo(fileId);
        assertThat(body.get("practice").asText()).isEqualTo(practice.inami());
        assertThat(body.get("acceptedSessions").asInt()).isEqualTo(3);
        assertThat(Pattern.compile("\\d{11}").matcher(notice).results().map(MatchResult::group))
                .containsOnly(practice.inami());
    }

    @Test
    void aBillingRunDeliversTheXmlBatchToInsurer200OverTheBrokerAndItsAnswersComeBack() throws Exception {
        TestPractice practice = register("sa-billing");
        sendList(practice, "april.csv", listFor(practice, "SA-BILL", "2025-04", "228", 4));

        assertThat(billingRun()).isEqualTo(HttpStatus.OK);

        await().atMost(WAIT).until(() -> receiptsOf(practice).size() == 1);
        Receipt receipt = receiptsOf(practice).get(0);
        assertThat(receipt.insurerId()).isEqualTo("200");
        assertThat(receipt.format()).isEqualTo("xml");
        assertThat(receipt.channel()).isEqualTo("jms");
        assertThat(receipt.batch().lines()).hasSize(4)
                .allMatch(l -> l.lineRef().value().startsWith("SA-BILL-"));
        long batchId = receipt.batch().batchNumber();
        assertThat(jdbc.sql("select status from invoice_batch where id = ?").param(batchId).query(String.class)
                .single()).isEqualTo("DELIVERED");
        // the simulated insurer answered on psygate.insurer-returns: receipt, then settlement, reconciled
        await().atMost(WAIT).until(() -> "SETTLED".equals(jdbc.sql("select insurer_state from invoice_batch where id = ?")
                .param(batchId).query(String.class).optional().orElse(null)));
    }

    @Test
    void theSameBatchSentTwiceReachesTheQueueOnce() throws Exception {
        TestPractice practice = register("sa-twice");
        sendList(practice, "may.csv", listFor(practice, "SA-DUP", "2025-05", "228", 2));

        // the insurer's system is down: what is sent waits on its queue
        camel.getRouteController().stopRoute("simulated-insurer-jms");
        long batchId;
        try {
            assertThat(billingRun()).isEqualTo(HttpStatus.OK);
            batchId = jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a on a.session_id = l.id "
                + "where l.practice_inami = ?")
                    .param(practice.inami()).query(Long.class).single();
            assertThat(jdbc.sql("select status from invoice_batch where id = ?").param(batchId).query(String.class)
                    .single()).isEqualTo("DELIVERED");
            // the same batch delivered again after a crash before the ledger said DELIVERED (the batch still
            // pending, its instance's delivery claim run out): same file name, same _AMQ_DUPL_ID, the broker drops it
            jdbc.sql("update invoice_batch set status = 'PENDING', delivering_since = null where id = ?")
                    .param(batchId).update();
            producer.sendBody("direct:deliver-batch", batchId);
            assertThat(jdbc.sql("select status from invoice_batch where id = ?").param(batchId).query(String.class)
                    .single()).isEqualTo("DELIVERED");
            assertThat(browse(INSURER_200, "PsyGateBatch = " + batchId)).hasSize(1);
        } finally {
            camel.getRouteController().startRoute("simulated-insurer-jms");
        }
        await().atMost(WAIT).until(() -> receiptsOf(practice).size() == 1);
        await().atMost(WAIT).until(() -> browse(INSURER_200, "PsyGateBatch = " + batchId).isEmpty());
        assertThat(receiptsOf(practice)).hasSize(1);
    }

    @Test
    void aMessageNoConsumerCanTakeEndsInItsDeadLetterQueueAfterTheConfiguredAttempts() throws Exception {
        int attempts = Integer.parseInt(setting("max-delivery-attempts"));
        String prefix = setting("dead-letter-queue-prefix");
        String deadLetterAddress = setting("dead-letter-address");
        // an insurer's queue of its own, so that no other consumer takes the message
        String address = "psygate.invoices.unreadable-" + UUID.randomUUID().toString().substring(0, 8);
        String marker = UUID.randomUUID().toString();

        try (Connection connection = broker.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(address);
            try (MessageProducer sender = session.createProducer(queue)) {
                TextMessage message = session.createTextMessage("an invoice the insurer's system cannot read");
                message.setStringProperty("PsyGateTestMarker", marker);
                sender.send(message);
            }
            // the insurer's system takes it in a transaction and fails, every time it is offered
            Session insurerSystem = connection.createSession(true, Session.SESSION_TRANSACTED);
            int deliveries = 0;
            try (MessageConsumer consumer = insurerSystem.createConsumer(queue)) {
                for (int i = 1; i <= attempts; i++) {
                    // the broker waits longer before each new attempt (backoff): 1 s, 2 s, 4 s, 8 s
                    Message offered = consumer.receive(WAIT.toMillis());
                    assertThat(offered).as("delivery attempt %d", i).isNotNull();
                    assertThat(offered.getStringProperty("PsyGateTestMarker")).isEqualTo(marker);
                    assertThat(offered.getIntProperty("JMSXDeliveryCount")).isEqualTo(i);
                    deliveries++;
                    insurerSystem.rollback();
                }
            }
            assertThat(deliveries).isEqualTo(attempts);

            // DLQ.<address>, made by the broker on the dead-letter address
            Queue deadLetters = session.createQueue(deadLetterAddress + "::" + prefix + address);
            try (MessageConsumer consumer = session.createConsumer(deadLetters,
                    "PsyGateTestMarker = '" + marker + "'")) {
                Message dead = consumer.receive(WAIT.toMillis());
                assertThat(dead).isNotNull();
                assertThat(((TextMessage) dead).getText()).isEqualTo("an invoice the insurer's system cannot read");
                assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo(address);
            }
            assertThat(browse(address, null)).isEmpty();
        }
    }

    private TestPractice register(String sftpUser) {
        TestPractice practice = TestPractice.newOne(sftpUser);
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-" + sftpUser, null), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return practice;
    }

    /** Drops {@code list} in the practice's {@code in/} and waits for its acknowledgement; returns its path. */
    private static Path sendList(TestPractice practice, String fileName, byte[] list) throws IOException {
        return Drop.andAwaitAnswer(GATEWAY.practiceHome(practice.sftpUser()), "in", fileName,
                list, fileName + ".ack.csv", WAIT);
    }

    /** A list of {@code count} sessions in {@code month}, each for a patient of its own, at one mutuality. */
    private static byte[] listFor(TestPractice practice, String refPrefix, String month, String mutuality, int count) {
        List<String> lines = new ArrayList<>();
        lines.add(TestPractice.HEADER);
        for (int i = 1; i <= count; i++) {
            lines.add(refPrefix + "-" + i + ";" + practice.inami() + ";" + TestPractice.nextPatient() + ";" + mutuality
                    + ";N;" + month + "-" + String.format("%02d", i + 1) + ";792691;;;");
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private HttpStatus billingRun() {
        return HttpStatus.valueOf(rest.withBasicAuth("admin", "admin").postForEntity("/api/billing-runs", null,
                Map.class).getStatusCode().value());
    }

    private List<Receipt> receiptsOf(TestPractice practice) {
        return insurer.receipts().stream().filter(r -> r.batch().lines().stream()
                .anyMatch(l -> l.psychologist().value().equals(practice.inami()))).toList();
    }

    /** Takes the one message that {@code selector} picks on {@code queue}, waiting for it at most {@link #WAIT}. */
    private static String receiveText(String queue, String selector) throws Exception {
        try (Connection connection = broker.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue), selector)) {
                Message message = consumer.receive(WAIT.toMillis());
                assertThat(message).as("a message on %s with %s", queue, selector).isNotNull();
                return ((TextMessage) message).getText();
            }
        }
    }

    /** What waits on {@code queue} (those that {@code selector} picks), left where it is. */
    private static List<Message> browse(String queue, String selector) throws Exception {
        try (Connection connection = broker.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue), selector)) {
                return Collections.list(browser.getEnumeration()).stream().map(Message.class::cast).toList();
            }
        }
    }

    /** One element of the psygate.# address setting in .ci/artemis/address-settings.xml. */
    private static String setting(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(ADDRESS_SETTINGS.toFile()).getDocumentElement();
        assertThat(root.getAttribute("match")).isEqualTo("psygate.#");
        return root.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}
