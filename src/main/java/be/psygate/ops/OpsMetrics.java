package be.psygate.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The gateway's business counters, counted from the events on the operators' topic (route {@code ops-event-metrics}),
 * so that the stages that publish them need no metrics code. Amounts are in euros.
 *
 * <table>
 * <caption>counters (Prometheus names)</caption>
 * <tr><td>{@code psygate_ops_events_total{type}}</td><td>every event, by type</td></tr>
 * <tr><td>{@code psygate_alerts_total{type}}</td><td>the {@code ALERT_*} events</td></tr>
 * <tr><td>{@code psygate_files_received_total{mode,status}}</td><td>files received (BILL/CHECK; PROCESSED, CHECKED,
 * QUARANTINED, DUPLICATE)</td></tr>
 * <tr><td>{@code psygate_sessions_total{mode,outcome,reason}}</td><td>session lines accepted or rejected, by reason
 * code ({@code none} when accepted)</td></tr>
 * <tr><td>{@code psygate_accepted_insurer_share_euros_total{mode}}</td><td>insurer share of the accepted lines</td></tr>
 * <tr><td>{@code psygate_invoice_batches_total{insurer,outcome}}</td><td>batches delivered or failed</td></tr>
 * <tr><td>{@code psygate_invoiced_insurer_share_euros_total{insurer}}</td><td>insurer share of the delivered
 * batches</td></tr>
 * <tr><td>{@code psygate_payment_runs_total}, {@code psygate_payments_total},
 * {@code psygate_payments_amount_euros_total}</td><td>payment runs, transfers made, amount paid</td></tr>
 * <tr><td>{@code psygate_insurer_returns_total{insurer,kind,type}}</td><td>insurers' answers taken in</td></tr>
 * </table>
 */
@Component
public class OpsMetrics {

    private final MeterRegistry registry;

    public OpsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one event (a JSON object read into a map); an event of an unknown type is only counted as an event. */
    public void record(Map<String, Object> event) {
        String type = text(event.get("type"), "UNKNOWN");
        counter("psygate.ops.events", "Events published on the operators' topic", "type", type).increment();
        if (type.startsWith("ALERT_")) {
            counter("psygate.alerts", "Alerts raised", "type", type).increment();
        } else if (type.startsWith("FILE_")) {
            file(type.substring("FILE_".length()), event);
        } else if (type.equals("BATCH_DELIVERED") || type.equals("BATCH_DELIVERY_FAILED")) {
            String insurer = text(event.get("insurer"), "unknown");
            boolean delivered = type.equals("BATCH_DELIVERED");
            counter("psygate.invoice.batches", "Invoice batches delivered or failed", "insurer", insurer,
                    "outcome", delivered ? "delivered" : "failed").increment();
            if (delivered) {
                euros("psygate.invoiced.insurer.share", "Insurer share of the delivered invoice batches",
                        "insurer", insurer).increment(amount(event.get("totalInsurerShare")));
            }
        } else if (type.equals("PAYMENT_RUN")) {
            registry.counter("psygate.payment.runs").increment();
            Counter.builder("psygate.payments").description("Credit transfers made to the practices")
                    .register(registry).increment(number(event.get("transfers")));
            Counter.builder("psygate.payments.amount").baseUnit("euros").description("Amount paid to the practices")
                    .register(registry).increment(amount(event.get("total")));
        } else if (type.startsWith("RETURN_")) {
            counter("psygate.insurer.returns", "Insurers' answers taken in", "insurer",
                    text(event.get("insurer"), "unknown"), "kind", text(event.get("kind"), "unknown"), "type", type)
                    .increment();
        }
    }

    private void file(String status, Map<String, Object> event) {
        String mode = text(event.get("mode"), "unknown");
        counter("psygate.files.received", "Files received from the practices", "mode", mode, "status", status)
                .increment();
        // lines are counted when the list was read (not when an answer is only written again)
        if (event.get("rejectedByReason") instanceof Map<?, ?> reasons) {
            double accepted = number(event.get("accepted"));
            if (accepted > 0) {
                counter("psygate.sessions", "Session lines accepted or rejected", "mode", mode, "outcome", "accepted",
                        "reason", "none").increment(accepted);
            }
            for (Map.Entry<?, ?> r : reasons.entrySet()) {
                counter("psygate.sessions", "Session lines accepted or rejected", "mode", mode, "outcome", "rejected",
                        "reason", String.valueOf(r.getKey())).increment(number(r.getValue()));
            }
            euros("psygate.accepted.insurer.share", "Insurer share of the accepted session lines", "mode", mode)
                    .increment(amount(event.get("insurerShare")));
        }
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private Counter euros(String name, String description, String... tags) {
        return Counter.builder(name).description(description).baseUnit("euros").tags(tags).register(registry);
    }

    private static String text(Object value, String otherwise) {
        return value == null || String.valueOf(value).isBlank() ? otherwise : String.valueOf(value);
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double amount(Object value) {
        try {
            return value == null ? 0 : new BigDecimal(String.valueOf(value)).doubleValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
