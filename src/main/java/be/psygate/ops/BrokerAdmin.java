package be.psygate.ops;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The broker's management API, reached with management messages over the gateway's own JMS connection: it works
 * the same on the embedded broker and on a standalone one (whose user then needs the {@code manage} permission on
 * the management address).
 */
@Component
public class BrokerAdmin {

    private final JmsTemplate jms;
    private final OpsProperties props;

    public BrokerAdmin(ConnectionFactory connectionFactory, OpsProperties props) {
        this.jms = new JmsTemplate(connectionFactory);
        this.props = props;
    }

    /** Every queue the broker holds, topic subscriptions included. */
    public List<String> queueNames() {
        Object names = request(m -> JMSManagementHelper.putAttribute(m, ResourceNames.BROKER, "queueNames"));
        if (names instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).sorted().toList();
        }
        throw new BrokerAdminException("unexpected answer to queueNames: " + names);
    }

    /** The messages waiting in a queue. */
    public long messageCount(String queue) {
        Object count = request(m -> JMSManagementHelper.putAttribute(m, ResourceNames.QUEUE + queue, "messageCount"));
        if (count instanceof Number n) {
            return n.longValue();
        }
        throw new BrokerAdminException("unexpected answer to messageCount of " + queue + ": " + count);
    }

    /** The address a queue is bound to (a dead-letter queue {@code DLQ.x} lives on the dead-letter address). */
    public String addressOf(String queue) {
        Object address = request(m -> JMSManagementHelper.putAttribute(m, ResourceNames.QUEUE + queue, "address"));
        if (address == null) {
            throw new BrokerAdminException("no address for queue " + queue);
        }
        return String.valueOf(address);
    }

    /** Sends every message of a dead-letter (or expiry) queue back to the queue it came from; returns how many. */
    public int retryMessages(String queue) {
        Object moved = request(m -> JMSManagementHelper.putOperationInvocation(m, ResourceNames.QUEUE + queue,
                "retryMessages"));
        return moved instanceof Number n ? n.intValue() : 0;
    }

    /** Sends one message of a dead-letter (or expiry) queue back to the queue it came from. */
    public boolean retryMessage(String queue, long messageId) {
        return Boolean.TRUE.equals(request(m -> JMSManagementHelper.putOperationInvocation(m,
                ResourceNames.QUEUE + queue, "retryMessage", messageId)));
    }

    /** Removes one message from a queue. */
    public boolean removeMessage(String queue, long messageId) {
        return Boolean.TRUE.equals(request(m -> JMSManagementHelper.putOperationInvocation(m,
                ResourceNames.QUEUE + queue, "removeMessage", messageId)));
    }

    private Object request(ManagementCall call) {
        return jms.execute(session -> {
            Queue management = session.createQueue(props.managementAddress());
            TemporaryQueue replies = session.createTemporaryQueue();
            try {
                try (MessageProducer producer = session.createProducer(management);
                     MessageConsumer consumer = session.createConsumer(replies)) {
                    Message request = session.createMessage();
                    call.fill(request);
                    request.setJMSReplyTo(replies);
                    producer.send(request);
                    Message answer = consumer.receive(props.managementTimeout().toMillis());
                    if (answer == null) {
                        throw new BrokerAdminException("the broker did not answer within " + props.managementTimeout());
                    }
                    Object result = result(answer);
                    if (!JMSManagementHelper.hasOperationSucceeded(answer)) {
                        throw new BrokerAdminException("the broker refused: " + Objects.toString(result));
                    }
                    return result;
                }
            } finally {
                replies.delete();
            }
        }, true);
    }

    private static Object result(Message answer) {
        try {
            return JMSManagementHelper.getResult(answer);
        } catch (Exception e) {
            throw new BrokerAdminException("unreadable answer from the broker: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ManagementCall {
        void fill(Message request) throws JMSException;
    }

    /** The broker could not be asked, or said no. */
    public static class BrokerAdminException extends RuntimeException {
        public BrokerAdminException(String message) {
            super(message);
        }
    }
}
