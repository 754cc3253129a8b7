package be.psygate.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener on the operators' topic for the length of a test: every event received, as JSON and as a map. */
public final class OpsTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Integer> deliveryModes = new CopyOnWriteArrayList<>();

    private OpsTopic(Connection connection) {
        this.connection = connection;
    }

    public static OpsTopic listen(ConnectionFactory factory, String topic) throws JMSException {
        Connection connection = Jms.unshared(factory).createConnection();
        OpsTopic listener = new OpsTopic(connection);
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createTopic(topic));
        consumer.setMessageListener(m -> {
            try {
                listener.deliveryModes.add(m.getJMSDeliveryMode());
                listener.received.add(((TextMessage) m).getText());
            } catch (JMSException e) {
                listener.received.add("unreadable: " + e.getMessage());
            }
        });
        connection.start();
        return listener;
    }

    public List<String> json() {
        return List.copyOf(received);
    }

    /** The delivery mode ({@link jakarta.jms.DeliveryMode}) of every event received so far. */
    public List<Integer> deliveryModes() {
        return List.copyOf(deliveryModes);
    }

    /** The events of this type received so far. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> ofType(String type) {
        return received.stream().map(text -> {
            try {
                return (Map<String, Object>) JSON.readValue(text, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(e -> type.equals(e.get("type"))).toList();
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
