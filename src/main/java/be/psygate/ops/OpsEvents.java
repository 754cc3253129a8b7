package be.psygate.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes an event of the gateway's own making (the alerts) on the operators' topic, as the routes do: one JSON
 * text message per event. Events never carry a national number.
 */
@Component
public class OpsEvents {

    private static final Logger log = LoggerFactory.getLogger(OpsEvents.class);

    private final JmsTemplate topic;
    private final ObjectMapper json;

    public OpsEvents(ConnectionFactory connectionFactory, ObjectMapper json, BrokerProperties broker) {
        this.topic = new JmsTemplate(connectionFactory);
        this.topic.setPubSubDomain(true);
        this.topic.setDefaultDestinationName(broker.opsEvents());
        // as routes/ops.yaml publishes them: every subscription to the topic is non-durable, nothing to keep
        this.topic.setExplicitQosEnabled(true);
        this.topic.setDeliveryPersistent(false);
        this.json = json;
    }

    /**
     * Sends the event, non-persistent (no wait for the broker's answer); a broker that cannot be reached does not
     * stop the caller (the event goes to the log instead).
     *
     * @return whether the event was handed to the broker
     */
    public boolean publish(OpsEvent event) {
        String text;
        try {
            text = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        try {
            topic.send(session -> session.createTextMessage(text));
            return true;
        } catch (JmsException e) {
            log.error("Ops event not published ({}): {}", e.getMessage(), text);
            return false;
        }
    }
}
