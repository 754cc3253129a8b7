package be.psygate.ops;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A standalone Artemis broker in a process of its own, for the crash tests to kill and start again: a persistent
 * journal under {@code <dir>}, one network acceptor, and PsyGate's address settings exactly as the gateway's
 * embedded broker has them ({@link BrokerConfiguration}) and {@code .ci/artemis/} gives a standalone one (dead-letter
 * and expiry queues, redelivery, duplicate detection with a persisted id cache).
 *
 * <p>{@code java be.psygate.ops.CrashBroker <dir> <port>}; prints {@value #READY} once it accepts clients.
 */
public final class CrashBroker {

    static final String READY = "CRASH-BROKER READY";

    private CrashBroker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Configuration config = new ConfigurationImpl()
                .setName("psygate-crash-broker")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setSecurityEnabled(false)
                .setIDCacheSize(20_000)
                .setPersistIDCache(true)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("psygate-network", "tcp://127.0.0.1:" + port);
        config.addAddressSetting(BrokerConfiguration.PSYGATE_ADDRESSES, BrokerConfiguration.psygateAddressSettings(
                BrokerConfiguration.DEFAULT_MAX_DELIVERY_ATTEMPTS, BrokerConfiguration.DEFAULT_REDELIVERY_DELAY));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        System.out.println(READY + " on tcp://127.0.0.1:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}
