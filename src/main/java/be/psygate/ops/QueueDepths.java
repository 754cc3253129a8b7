package be.psygate.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The gauge {@code psygate_queue_depth_messages{queue,kind}}: the messages waiting in each PsyGate queue
 * ({@code psygate.*}, kind {@code queue}; the parked invoice batches, kind {@code parked-batches}), its dead-letter
 * queue ({@code DLQ.psygate.*}, kind {@code dead-letter}) and expiry queue ({@code EXP.psygate.*}, kind
 * {@code expired}). Read from the broker every {@code psygate.ops.queue-depth-interval};
 * a queue that appears later (a dead-letter queue is made at its first dead letter) gets its gauge then.
 */
@Component
public class QueueDepths {

    private static final Logger log = LoggerFactory.getLogger(QueueDepths.class);

    private final BrokerAdmin broker;
    private final String parkedBatches;
    private final MultiGauge gauge;
    private boolean brokerWasDown;

    public QueueDepths(BrokerAdmin broker, MeterRegistry registry, BrokerProperties brokerProperties) {
        this.broker = broker;
        this.parkedBatches = brokerProperties.billingDeadLetters();
        this.gauge = MultiGauge.builder("psygate.queue.depth")
                .description("Messages waiting in the PsyGate queues and their dead-letter and expiry queues")
                .baseUnit("messages")
                .register(registry);
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${psygate.ops.queue-depth-interval}")
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try {
            for (QueueDepth depth : read()) {
                rows.add(MultiGauge.Row.of(Tags.of("queue", depth.queue(), "kind", depth.kind()), depth.messages()));
            }
            brokerWasDown = false;
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                log.warn("Queue depths not read from the broker: {}", e.getMessage());
            }
            brokerWasDown = true;
            return;
        }
        gauge.register(rows, true);
    }

    /**
     * Every PsyGate queue, dead-letter, expiry and parked-batch queue the broker holds, by name, with the messages it
     * holds now (empty ones too).
     *
     * @throws RuntimeException when the broker cannot tell
     */
    public List<QueueDepth> read() {
        List<QueueDepth> depths = new ArrayList<>();
        for (String queue : broker.queueNames()) {
            String kind = kindOf(queue);
            if (kind != null) {
                depths.add(new QueueDepth(queue, kind, broker.messageCount(queue)));
            }
        }
        depths.sort(java.util.Comparator.comparing(QueueDepth::queue));
        return depths;
    }

    /** A queue, its kind ({@code queue}, {@code dead-letter}, {@code expired}, {@code parked-batches}), its messages. */
    public record QueueDepth(String queue, String kind, long messages) {
    }

    private String kindOf(String queue) {
        if (queue.equals(parkedBatches)) {
            return "parked-batches";
        }
        if (queue.startsWith("psygate.")) {
            return "queue";
        }
        if (queue.startsWith(DeadLetters.DEAD_LETTER_PREFIX + "psygate.")) {
            return "dead-letter";
        }
        if (queue.startsWith(DeadLetters.EXPIRY_PREFIX + "psygate.")) {
            return "expired";
        }
        return null;
    }
}
