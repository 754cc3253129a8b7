package be.psygate.ops;

import be.psygate.support.GatewayTest;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a list's notice waits for on the embedded broker: its own sync to the disk, not a window gathering other
 * writes (psygate.broker.journal-buffer-timeout), and no lookup of its queue by the broker at every send.
 */
class BrokerWaitsTest extends GatewayTest {

    @Autowired
    EmbeddedActiveMQ embeddedBroker;

    @Autowired
    ConnectionFactory gatewayConnections;

    @Autowired
    BrokerProperties broker;

    @Test
    void theEmbeddedBrokersJournalSyncsEachDurableWriteAsItComes() {
        Configuration journal = embeddedBroker.getActiveMQServer().getConfiguration();

        assertThat(journal.isPersistenceEnabled()).isTrue();
        assertThat(broker.journalBufferTimeout()).isZero();
        // whichever journal Artemis runs (NIO, or ASYNCIO where libaio is installed); its defaults are 3.3 and 0.5 ms
        assertThat(journal.getJournalBufferTimeout_NIO()).isZero();
        assertThat(journal.getJournalBufferTimeout_AIO()).isZero();
    }

    @Test
    void aQueueNamedInASendIsLookedUpOnceASession() throws Exception {
        try (Connection connection = gatewayConnections.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            // the second lookup is the first one's destination, kept by the session: no question to the broker
            assertThat(session.createQueue(broker.acceptedSessions()))
                    .isSameAs(session.createQueue(broker.acceptedSessions()));
            assertThat(session.createTopic(broker.opsEvents())).isSameAs(session.createTopic(broker.opsEvents()));
        }
    }
}
