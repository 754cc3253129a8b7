package be.psygate.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

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
public record OpsMetrics(MeterRegistry registry) {

    /** Counts one event; an event of a type no counter reads is only counted as an event. */
    public void record(CountedEvent event) {
        String type = text(event.type(), "UNKNOWN");
        counter("psygate.ops.events", "Events published on the operators' topic", "type", type).increment();
        if (type.startsWith("ALERT_")) {
            counter("psygate.alerts", "Alerts raised", "type", type).increment();
        } else if (type.startsWith("FILE_")) {
            file(type.substring("FILE_".length()), event);
        } else if (type.equals(OpsEvent.Delivery.BATCH_DELIVERED.name())
                || type.equals(OpsEvent.Delivery.BATCH_DELIVERY_FAILED.name())) {
            String insurer = text(event.insurer(), "unknown");
            boolean delivered = type.equals(OpsEvent.Delivery.BATCH_DELIVERED.name());
            counter("psygate.invoice.batches", "Invoice batches delivered or failed", "insurer", insurer,
                    "outcome", delivered ? "delivered" : "failed").increment();
            if (delivered) {
                euros("psygate.invoiced.insurer.share", "Insurer share of the delivered invoice batches",
                        "insurer", insurer).increment(euros(event.totalInsurerShare()));
            }
        } else if (type.equals("PAYMENT_RUN")) {
            registry.counter("psygate.payment.runs").increment();
            Counter.builder("psygate.payments").description("Credit transfers made to the practices")
                    .register(registry).increment(event.transfers());
            Counter.builder("psygate.payments.amount").baseUnit("euros").description("Amount paid to the practices")
                    .register(registry).increment(euros(event.total()));
        } else if (type.startsWith("RETURN_")) {
            counter("psygate.insurer.returns", "Insurers' answers taken in",
                    "insurer", text(event.insurer(), "unknown"),
                    "kind", text(event.kind(), "unknown"), "type", type).increment();
        }
    }

    private void file(String status, CountedEvent event) {
        String mode = event.mode() == null ? "unknown" : event.mode().name();
        counter("psygate.files.received", "Files received from the practices", "mode", mode, "status", status)
                .increment();
        // lines are counted when the list was read (not when an answer is only written again)
        if (event.rejectedByReason() != null) {
            if (event.accepted() > 0) {
                counter("psygate.sessions", "Session lines accepted or rejected", "mode", mode, "outcome", "accepted",
                        "reason", "none").increment(event.accepted());
            }
            event.rejectedByReason().forEach((reason, lines) -> counter("psygate.sessions",
                    "Session lines accepted or rejected", "mode", mode, "outcome", "rejected", "reason", reason)
                    .increment(lines == null ? 0 : lines));
            euros("psygate.accepted.insurer.share", "Insurer share of the accepted session lines", "mode", mode)
                    .increment(euros(event.insurerShare()));
        }
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private Counter euros(String name, String description, String... tags) {
        return Counter.builder(name).description(description).baseUnit("euros").tags(tags).register(registry);
    }

    private static String text(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static double euros(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
