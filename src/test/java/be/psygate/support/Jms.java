package be.psygate.support;

import jakarta.jms.ConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

/** JMS for the tests. */
public final class Jms {

    private Jms() {
    }

    /**
     * The broker's own connection factory behind the gateway's caching one, for a test that needs a connection of its
     * own (closed at the end, with its consumers).
     */
    public static ConnectionFactory unshared(ConnectionFactory factory) {
        return factory instanceof SingleConnectionFactory single && single.getTargetConnectionFactory() != null
                ? single.getTargetConnectionFactory() : factory;
    }
}
