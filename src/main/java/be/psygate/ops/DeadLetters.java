package be.psygate.ops;

import be.psygate.billing.BatchStatus;
import be.psygate.billing.InvoiceLedger;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQMessage;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The messages the gateway could not deliver, for the operators to see and send again:
 * <ul>
 * <li>the broker's dead-letter queues {@code DLQ.<address>} (a message its consumer failed on at every attempt) and
 * expiry queues {@code EXP.<address>}: replayed to the queue they came from (Artemis keeps it in
 * {@code _AMQ_ORIG_QUEUE} / {@code _AMQ_ORIG_ADDRESS});</li>
 * <li>the invoice batches parked on {@code psygate.billing.dead-letters} after their delivery failed: replayed by
 * delivering the batch again through {@code direct:deliver-batch}, unless it was delivered since.</li>
 * </ul>
 * Message ids are the broker's own (the ones the console shows). Nothing here shows a national number: secret-looking
 * headers are left out, and every 11-digit number in what is shown is masked.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    static final String DEAD_LETTER_PREFIX = "DLQ.";
    static final String EXPIRY_PREFIX = "EXP.";
    /** A parked message that names no batch: it is left in the queue for a person to look at. */
    static final String UNREADABLE = "UNREADABLE";
    private static final Pattern SECRET_HEADER =
            Pattern.compile("(?i).*(pass|secret|token|auth|credential|private|key|niss).*");

    private final BrokerAdmin broker;
    private final JmsTemplate jms;
    private final ProducerTemplate camel;
    private final InvoiceLedger invoices;
    private final ObjectMapper json;
    private final OpsProperties props;
    private final String billingDeadLetters;

    public DeadLetters(BrokerAdmin broker, ConnectionFactory connectionFactory, ProducerTemplate camel,
                       InvoiceLedger invoices, ObjectMapper json, OpsProperties props,
                       BrokerProperties brokerProperties) {
        this.broker = broker;
        this.jms = new JmsTemplate(connectionFactory);
        this.camel = camel;
        this.invoices = invoices;
        this.json = json;
        this.props = props;
        this.billingDeadLetters = brokerProperties.billingDeadLetters();
    }

    /** The dead-letter, expiry and parked-batch queues that hold messages, by name. */
    public List<QueueSummary> queues() {
        List<QueueSummary> queues = new ArrayList<>();
        for (String name : broker.queueNames()) {
            Optional<String> kind = kindOf(name);
            if (kind.isPresent()) {
                long count = broker.messageCount(name);
                if (count > 0) {
                    queues.add(new QueueSummary(name, kind.get(), count));
                }
            }
        }
        return queues;
    }

    /**
     * The first messages of a queue (at most {@code psygate.ops.browse-limit}), oldest first.
     *
     * @throws UnknownQueueException when the queue is not a dead-letter queue the broker holds
     */
    public QueueContent browse(String queue) {
        requireDeadLetterQueue(queue);
        long count = broker.messageCount(queue);
        List<DeadLetter> messages = jms.browse(qualified(queue), (session, browser) -> {
            List<DeadLetter> shown = new ArrayList<>();
            Enumeration<?> e = browser.getEnumeration();
            while (e.hasMoreElements() && shown.size() < props.browseLimit()) {
                shown.add(view((Message) e.nextElement()));
            }
            return shown;
        });
        return new QueueContent(queue, kindOf(queue).orElseThrow(), count, messages);
    }

    /** Replays every message of the queue (see the class comment for what replaying means). */
    public ReplayReport replayAll(String queue) {
        requireDeadLetterQueue(queue);
        if (queue.equals(billingDeadLetters)) {
            List<ReplayedMessage> done = new ArrayList<>();
            // the ids are taken first: a batch that fails again is parked again, as a new message left for later
            for (ParkedBatch parked : parkedBatches(null)) {
                done.add(redeliver(parked));
            }
            return report(queue, done);
        }
        int moved = broker.retryMessages(queue);
        log.info("Dead letters: {} messages of {} sent back to their queue", moved, queue);
        return new ReplayReport(queue, moved, List.of());
    }

    /**
     * Replays one message.
     *
     * @throws UnknownQueueException   when the queue is not a dead-letter queue the broker holds
     * @throws UnknownMessageException when the queue holds no such message
     */
    public ReplayReport replayOne(String queue, long messageId) {
        requireDeadLetterQueue(queue);
        if (queue.equals(billingDeadLetters)) {
            List<ParkedBatch> parked = parkedBatches(messageId);
            if (parked.isEmpty()) {
                throw new UnknownMessageException(queue, messageId);
            }
            return report(queue, List.of(redeliver(parked.get(0))));
        }
        if (!broker.retryMessage(queue, messageId)) {
            throw new UnknownMessageException(queue, messageId);
        }
        log.info("Dead letters: message {} of {} sent back to its queue", messageId, queue);
        return new ReplayReport(queue, 1, List.of(new ReplayedMessage(messageId, null, "REQUEUED")));
    }

    /** The invoice batches parked after their delivery failed, as far as they are shown (none: an empty content). */
    public QueueContent parkedBatches() {
        if (!broker.queueNames().contains(billingDeadLetters)) {
            return new QueueContent(billingDeadLetters, "parked-batches", 0, List.of());
        }
        return browse(billingDeadLetters);
    }

    /**
     * The invoice batches parked after a failed delivery, oldest first (at most {@code psygate.ops.browse-limit}),
     * each by the batch its message names, with that batch's insurer, month of service and status as the ledger
     * holds them; a message that names no batch, or a batch the ledger does not know, is shown without them.
     */
    public ParkedInvoiceBatches parkedInvoiceBatches() {
        if (!broker.queueNames().contains(billingDeadLetters)) {
            return new ParkedInvoiceBatches(0, List.of());
        }
        long count = broker.messageCount(billingDeadLetters);
        List<ParkedInvoiceBatch> shown = new ArrayList<>();
        for (ParkedBatch parked : parkedBatches(null)) {
            if (shown.size() >= props.browseLimit()) {
                break;
            }
            Optional<BatchRecord> batch = parked.batchId() == null ? Optional.empty()
                    : invoices.batch(parked.batchId());
            shown.add(new ParkedInvoiceBatch(parked.messageId(), parked.parkedAt(), parked.batchId(),
                    batch.map(BatchRecord::insurerId).orElse(null),
                    batch.map(BatchRecord::serviceMonth).orElse(null),
                    batch.map(b -> b.status().name()).orElse(null)));
        }
        return new ParkedInvoiceBatches(count, shown);
    }

    /**
     * Delivers a parked invoice batch again, by the batch's id: the first parked message that names it is replayed
     * as {@link #replayParkedBatch} does (never delivered twice: a batch delivered since is only dropped).
     *
     * @throws UnknownMessageException when no parked message names the batch
     */
    public ReplayReport replayParkedInvoiceBatch(long batchId) {
        ParkedBatch parked = parkedBatches(null).stream()
                .filter(p -> p.batchId() != null && p.batchId() == batchId).findFirst()
                .orElseThrow(() -> new UnknownMessageException(billingDeadLetters, batchId));
        return replayOne(billingDeadLetters, parked.messageId());
    }

    /** Delivers one parked invoice batch again, by its message (see the class comment). */
    public ReplayReport replayParkedBatch(long messageId) {
        return replayOne(billingDeadLetters, messageId);
    }

    /** Whether the name is one of the queues this service shows. */
    public boolean isDeadLetterQueue(String queue) {
        return kindOf(queue).isPresent();
    }

    private Optional<String> kindOf(String queue) {
        if (queue.equals(billingDeadLetters)) {
            return Optional.of("parked-batches");
        }
        if (queue.startsWith(DEAD_LETTER_PREFIX)) {
            return Optional.of("dead-letter");
        }
        if (queue.startsWith(EXPIRY_PREFIX)) {
            return Optional.of("expired");
        }
        return Optional.empty();
    }

    private void requireDeadLetterQueue(String queue) {
        // never browse a queue the broker does not hold: browsing would create it
        if (!isDeadLetterQueue(queue) || !broker.queueNames().contains(queue)) {
            throw new UnknownQueueException(queue);
        }
    }

    /**
     * The queue's fully qualified name ({@code address::queue}): a dead-letter queue is not on an address of its own
     * name, and a browser given the bare name would try to create one.
     */
    private String qualified(String queue) {
        return broker.addressOf(queue) + "::" + queue;
    }

    private ReplayedMessage redeliver(ParkedBatch parked) {
        if (parked.batchId() == null) {
            return new ReplayedMessage(parked.messageId(), null, UNREADABLE);
        }
        Optional<BatchRecord> before = invoices.batch(parked.batchId());
        String outcome;
        if (before.isEmpty()) {
            outcome = "UNKNOWN_BATCH";
        } else if (before.get().status() != BatchStatus.PENDING) {
            // delivered since (by a later run or after a restart): sending it again would bill it twice
            outcome = "ALREADY_DELIVERED";
        } else {
            Object delivery = camel.requestBody("direct:deliver-batch", parked.batchId());
            BatchStatus status = invoices.batch(parked.batchId()).map(BatchRecord::status).orElse(null);
            if (Boolean.FALSE.equals(delivery)) {
                // another instance delivers it at this moment (its billing run): left to it, not sent twice
                outcome = status == BatchStatus.PENDING ? "BEING_DELIVERED" : "ALREADY_DELIVERED";
            } else {
                // a delivery that fails again is parked again by the route, as a new message
                outcome = status == BatchStatus.PENDING ? "FAILED_AGAIN" : "DELIVERED";
            }
        }
        broker.removeMessage(billingDeadLetters, parked.messageId());
        log.info("Dead letters: parked batch {} (message {}) replayed: {}", parked.batchId(), parked.messageId(),
                outcome);
        return new ReplayedMessage(parked.messageId(), parked.batchId(), outcome);
    }

    private List<ParkedBatch> parkedBatches(Long onlyMessageId) {
        return jms.browse(qualified(billingDeadLetters), (session, browser) -> {
            List<ParkedBatch> parked = new ArrayList<>();
            Enumeration<?> e = browser.getEnumeration();
            while (e.hasMoreElements()) {
                Message m = (Message) e.nextElement();
                long id = brokerId(m);
                if (onlyMessageId == null || onlyMessageId == id) {
                    parked.add(new ParkedBatch(id, batchIdOf(m),
                            m.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(m.getJMSTimestamp()) : null));
                }
            }
            return parked;
        });
    }

    private Long batchIdOf(Message m) {
        try {
            String text = bodyText(m);
            if (text == null) {
                return null;
            }
            JsonNode batch = json.readTree(text).get("batchId");
            return batch != null && batch.canConvertToLong() ? batch.asLong() : null;
        } catch (IOException | JMSException e) {
            return null;
        }
    }

    private static ReplayReport report(String queue, List<ReplayedMessage> done) {
        int replayed = (int) done.stream().filter(r -> !UNREADABLE.equals(r.outcome())).count();
        return new ReplayReport(queue, replayed, done);
    }

    private DeadLetter view(Message m) throws JMSException {
        Map<String, Object> headers = new TreeMap<>();
        for (Enumeration<?> names = m.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!SECRET_HEADER.matcher(name).matches()) {
                Object value = m.getObjectProperty(name);
                headers.put(name, value instanceof String s ? Redaction.maskAndCut(s, 300) : value);
            }
        }
        if (m.getJMSCorrelationID() != null) {
            headers.put("JMSCorrelationID", Redaction.mask(m.getJMSCorrelationID()));
        }
        if (m.getJMSType() != null) {
            headers.put("JMSType", m.getJMSType());
        }
        headers.put("JMSRedelivered", m.getJMSRedelivered());
        String text = bodyText(m);
        String body;
        boolean truncated = false;
        if (text != null) {
            body = Redaction.maskAndCut(text, props.bodyLimit());
            truncated = text.length() > props.bodyLimit();
        } else {
            body = null;
        }
        return new DeadLetter(brokerId(m), m.getJMSMessageID(),
                m.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(m.getJMSTimestamp()) : null,
                stringProperty(m, "_AMQ_ORIG_ADDRESS"), stringProperty(m, "_AMQ_ORIG_QUEUE"),
                bodyType(m), body, truncated, Collections.unmodifiableMap(headers));
    }

    private static long brokerId(Message m) {
        if (m instanceof ActiveMQMessage artemis) {
            return artemis.getCoreMessage().getMessageID();
        }
        throw new IllegalStateException("not a message of the Artemis client: " + m.getClass().getName());
    }

    private static String stringProperty(Message m, String name) throws JMSException {
        return m.propertyExists(name) ? String.valueOf(m.getObjectProperty(name)) : null;
    }

    private static String bodyType(Message m) {
        if (m instanceof TextMessage) {
            return "text";
        }
        if (m instanceof BytesMessage) {
            return "bytes";
        }
        if (m instanceof MapMessage) {
            return "map";
        }
        if (m instanceof ObjectMessage) {
            return "object";
        }
        if (m instanceof StreamMessage) {
            return "stream";
        }
        return "none";
    }

    /** The body as text when it is text (a text message, or bytes that are valid UTF-8); otherwise null. */
    private static String bodyText(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText();
        }
        if (m instanceof BytesMessage b) {
            long length = b.getBodyLength();
            if (length > 1_000_000) {
                return null;
            }
            byte[] bytes = new byte[(int) length];
            b.reset();
            b.readBytes(bytes);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t') ? null : text;
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return null;
    }

    /** A queue of undelivered messages. */
    public record QueueSummary(String queue, String kind, long messages) {
    }

    /** What a queue holds, as far as it is shown. */
    public record QueueContent(String queue, String kind, long messages, List<DeadLetter> shown) {
    }

    /** One message, as the operators see it. */
    public record DeadLetter(long messageId, String jmsMessageId, Instant timestamp, String originalAddress,
                             String originalQueue, String bodyType, String body, boolean bodyTruncated,
                             Map<String, Object> headers) {
    }

    /** What a replay did. */
    public record ReplayReport(String queue, int replayed, List<ReplayedMessage> messages) {
    }

    /** What became of one replayed message. */
    public record ReplayedMessage(long messageId, Long batchId, String outcome) {
    }

    private record ParkedBatch(long messageId, Long batchId, Instant parkedAt) {
    }

    /** The parked invoice batches: how many the queue holds, and the first of them. */
    public record ParkedInvoiceBatches(long count, List<ParkedInvoiceBatch> shown) {
    }

    /**
     * An invoice batch parked after its delivery failed: the broker's message that holds it and when it was parked,
     * the batch it names (null: none readable) and, when the ledger knows the batch, its insurer, month of service
     * and delivery status.
     */
    public record ParkedInvoiceBatch(long messageId, Instant parkedAt, Long batchId, String insurerId,
                                     YearMonth serviceMonth, String status) {
    }

    /** No such dead-letter queue. */
    public static class UnknownQueueException extends RuntimeException {
        public UnknownQueueException(String queue) {
            super("no dead-letter queue " + queue);
        }
    }

    /** No such message in the queue. */
    public static class UnknownMessageException extends RuntimeException {
        public UnknownMessageException(String queue, long id) {
            super("no message " + id + " in " + queue);
        }
    }
}
