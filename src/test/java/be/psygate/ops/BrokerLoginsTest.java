package be.psygate.ops;

import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded broker's network acceptor, as a client on the host reaches it: nobody without a login, and each login
 * only what its role allows (the ops login reads the ops topic, an insurer's reads its invoices and sends answers).
 * The gateway itself, logged in in-VM, keeps working: the other gateway tests bill, answer and alert through it.
 */
class BrokerLoginsTest extends GatewayTest {

    private static final String ACCEPTOR = "tcp://127.0.0.1:" + BROKER_PORT;
    private static final String INVOICES_200 = "psygate.invoices.200";
    private static final String ACCEPTED_SESSIONS = "psygate.sessions.accepted";

    @Autowired
    BrokerProperties broker;

    @Autowired
    OpsEvents opsEvents;

    @Autowired
    ProducerTemplate producer;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void anAnonymousClientIsRefusedOnTheAcceptor() {
        ActiveMQConnectionFactory anonymous = open(new ActiveMQConnectionFactory(ACCEPTOR));

        assertThatThrownBy(() -> open(anonymous.createConnection()).start())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aWrongPasswordIsRefusedOnTheAcceptor() {
        ActiveMQConnectionFactory wrong = open(new ActiveMQConnectionFactory(ACCEPTOR, broker.users().ops().user(),
                "not-" + broker.users().ops().password()));

        assertThatThrownBy(() -> open(wrong.createConnection()).start())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void nobodyLogsInAsTheGatewayWithoutItsPasswordDrawnAtStart() {
        // the demo sets no password for the gateway's login: a random one, known to the gateway alone
        assertThat(broker.users().gateway().password()).isEmpty();
        for (String guess : List.of("", "psygate", "admin")) {
            ActiveMQConnectionFactory guessing = open(new ActiveMQConnectionFactory(ACCEPTOR,
                    broker.users().gateway().user(), guess));
            assertThatThrownBy(() -> open(guessing.createConnection()).start())
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void theOpsLoginSubscribesToTheOpsTopicAndReceivesItsEventsNonPersistent() throws Exception {
        String marker = UUID.randomUUID().toString();
        String routed = UUID.randomUUID().toString();
        try (OpsTopic topic = OpsTopic.listen(asOps(), broker.opsEvents())) {
            await().atMost(WAIT).until(() -> {
                opsEvents.publish(new OpsEvent.InsurerReceived("999", marker, "check", 0, 0, BigDecimal.ZERO,
                        Instant.now()));
                return topic.ofType("INSURER_RECEIVED").stream().anyMatch(e -> marker.equals(e.get("fileName")));
            });
            // and as the routes publish them
            producer.sendBody("direct:ops-event", Map.of("type", "A_TEST_EVENT", "fileName", routed));
            await().atMost(WAIT).until(() -> topic.ofType("A_TEST_EVENT").stream()
                    .anyMatch(e -> routed.equals(e.get("fileName"))));
            // every subscription is non-durable: an event is for the subscribers connected, kept for nobody
            assertThat(topic.deliveryModes()).isNotEmpty().containsOnly(DeliveryMode.NON_PERSISTENT);
        }
    }

    @Test
    void theOpsLoginCannotBrowseAnInsurersInvoices() throws Exception {
        Session session = session(asOps());

        assertThatThrownBy(() -> {
            QueueBrowser browser = session.createBrowser(session.createQueue(INVOICES_200));
            browser.getEnumeration().hasMoreElements();
        }).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theOpsLoginCannotSendAnInsurersAnswer() throws Exception {
        Session session = session(asOps());

        assertThatThrownBy(() -> {
            MessageProducer producer = session.createProducer(session.createQueue(broker.insurerReturns()));
            producer.send(session.createTextMessage("a forged settlement"));
        }).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theOpsLoginCannotReadTheAcceptedSessionsNorPublishOnTheOpsTopic() throws Exception {
        Session session = session(asOps());

        assertThatThrownBy(() -> session.createConsumer(session.createQueue(ACCEPTED_SESSIONS)))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> session.createProducer(session.createTopic(broker.opsEvents()))
                .send(session.createTextMessage("{\"type\":\"FORGED\"}")))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anInsurersLoginReadsItsOwnInvoiceQueueButNotTheOpsTopicNorTheAcceptedSessions() throws Exception {
        BrokerProperties.InsurerLogin insurer200 = broker.users().insurers().stream()
                .filter(i -> i.insurerId().equals("200")).findFirst().orElseThrow();
        ActiveMQConnectionFactory factory = open(new ActiveMQConnectionFactory(ACCEPTOR, insurer200.user(),
                insurer200.password()));
        Session session = session(factory);

        // a consumer that picks no message, so that the simulated insurer keeps its invoices
        MessageConsumer own = session.createConsumer(session.createQueue(INVOICES_200), "PsyGateBatch = -1");
        own.close();
        assertThatThrownBy(() -> session.createConsumer(session.createTopic(broker.opsEvents())))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> session.createConsumer(session.createQueue(ACCEPTED_SESSIONS)))
                .isInstanceOf(JMSSecurityException.class);
    }

    private ActiveMQConnectionFactory asOps() {
        return open(new ActiveMQConnectionFactory(ACCEPTOR, broker.users().ops().user(),
                broker.users().ops().password()));
    }

    private Session session(ActiveMQConnectionFactory factory) throws Exception {
        Connection connection = open(factory.createConnection());
        connection.start();
        return connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(0, closeable);
        return closeable;
    }
}
