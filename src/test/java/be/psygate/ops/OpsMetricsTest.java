package be.psygate.ops;

import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business counters, from the events as the topic carries them: each event written as JSON from its
 * {@link OpsEvent} record, read back as the metrics route reads it, and counted under the Prometheus names and tags
 * the dashboards use.
 */
class OpsMetricsTest {

    private static final Instant AT = Instant.parse("2025-06-30T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OpsMetrics metrics = new OpsMetrics(registry);

    @Test
    void aListReadJustNowCountsItsFileItsLinesByOutcomeAndReasonAndTheInsurerShareAccepted() throws Exception {
        TreeMap<String, Integer> rejected = new TreeMap<>(Map.of("B03", 2, "C11", 1));
        count(new OpsEvent.FileAnswered(FileStatus.PROCESSED, 7L, "12345678", FileMode.BILL, "june.csv", null, 10, 7,
                3, rejected, new BigDecimal("231.35"), "june.csv.ack.csv", AT));
        count(new OpsEvent.FileAnswered(FileStatus.DUPLICATE, 8L, "12345678", FileMode.BILL, "june.csv", null, 10, 0,
                0, null, null, "june.csv.ack.csv", AT));

        assertThat(count("psygate.ops.events", "type", "FILE_PROCESSED")).isEqualTo(1);
        assertThat(count("psygate.files.received", "mode", "BILL", "status", "PROCESSED")).isEqualTo(1);
        assertThat(count("psygate.files.received", "mode", "BILL", "status", "DUPLICATE")).isEqualTo(1);
        assertThat(count("psygate.sessions", "mode", "BILL", "outcome", "accepted", "reason", "none")).isEqualTo(7);
        assertThat(count("psygate.sessions", "mode", "BILL", "outcome", "rejected", "reason", "B03")).isEqualTo(2);
        assertThat(count("psygate.sessions", "mode", "BILL", "outcome", "rejected", "reason", "C11")).isEqualTo(1);
        assertThat(count("psygate.accepted.insurer.share", "mode", "BILL")).isEqualTo(231.35);
    }

    @Test
    void batchesDeliveredAndFailedAreCountedByInsurerAndOnlyTheDeliveredShareIsInvoiced() throws Exception {
        count(batch(OpsEvent.Delivery.BATCH_DELIVERED, null));
        count(batch(OpsEvent.Delivery.BATCH_DELIVERY_FAILED, "connection refused"));

        assertThat(count("psygate.invoice.batches", "insurer", "100", "outcome", "delivered")).isEqualTo(1);
        assertThat(count("psygate.invoice.batches", "insurer", "100", "outcome", "failed")).isEqualTo(1);
        assertThat(count("psygate.invoiced.insurer.share", "insurer", "100")).isEqualTo(132.20);
    }

    @Test
    void paymentRunsAnswersAndAlertsAreCountedUnderTheirNames() throws Exception {
        count(new OpsEvent.PaymentRun(3, 4, new BigDecimal("1234.56"), "pain-3.xml", 1, AT));
        count(OpsEvent.ReturnTaken.of("200", 42, "SETTLEMENT", "ret-42.xml", OpsEvent.ReturnOutcome.RETURN_APPLIED,
                AT));
        count(new OpsEvent.RouteFailed("billing-deliver-batch", "billing-run", false, "boom", "ID-1", 0, AT));

        assertThat(registry.get("psygate.payment.runs").counter().count()).isEqualTo(1);
        assertThat(registry.get("psygate.payments").counter().count()).isEqualTo(4);
        assertThat(registry.get("psygate.payments.amount").counter().count()).isEqualTo(1234.56);
        assertThat(count("psygate.insurer.returns", "insurer", "200", "kind", "SETTLEMENT", "type", "RETURN_APPLIED"))
                .isEqualTo(1);
        assertThat(count("psygate.alerts", "type", "ALERT_ROUTE_FAILED")).isEqualTo(1);
        assertThat(count("psygate.ops.events", "type", "ALERT_ROUTE_FAILED")).isEqualTo(1);
    }

    @Test
    void anEventOfATypeNoCounterReadsIsCountedAsAnEventOnly() throws Exception {
        metrics.record(json.readValue("{\"type\":\"SOMETHING_NEW\",\"insurer\":\"100\",\"lines\":3}",
                CountedEvent.class));

        assertThat(count("psygate.ops.events", "type", "SOMETHING_NEW")).isEqualTo(1);
        assertThat(registry.getMeters()).hasSize(1);
    }

    /** Writes the event as the topic carries it and counts it as read back there. */
    private void count(OpsEvent event) throws Exception {
        metrics.record(json.readValue(json.writeValueAsString(event), CountedEvent.class));
    }

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        assertThat(counter).as("%s %s", name, String.join(",", tags)).isNotNull();
        return counter.count();
    }

    private static OpsEvent.BatchDelivery batch(OpsEvent.Delivery delivery, String error) {
        return new OpsEvent.BatchDelivery(delivery, 42, "100", YearMonth.of(2025, 3), "efact", "sftp", "PSY-42.txt",
                3, new BigDecimal("132.20"), 1, error, AT);
    }
}
