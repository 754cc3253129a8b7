package be.psygate.billing;

import be.psygate.billing.InvoiceLedger.BatchRecord;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/billing-runs}: invoice now what is due; answers the batches made and their delivery. */
@RestController
@RequestMapping("/api/billing-runs")
public record BillingController(ProducerTemplate camel, BillingService billing) {

    @PostMapping
    public RunView run() {
        BillingRun run = camel.requestBodyAndHeader("direct:billing-run", null, "PsyGateTrigger", "API",
                BillingRun.class);
        return new RunView(run.runId(), run.newBatches(), run.sessions(), billing.batchesOfRun(run.runId()));
    }

    /** A run as the API answers it. */
    public record RunView(long runId, int newBatches, int sessions, List<BatchRecord> batches) {
    }
}
