package be.psygate.console;

import be.psygate.billing.BillingRun;
import be.psygate.billing.InvoiceLedger;
import be.psygate.ops.DeadLetters;
import be.psygate.ops.DeadLetters.UnknownMessageException;
import be.psygate.ops.DeadLetters.UnknownQueueException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /billing}: the latest billing runs and invoice batches per insurer, with their delivery, and the batches
 * parked after a failed delivery. An admin starts a run through the route {@code POST /api/billing-runs} uses, and
 * delivers a parked batch again through {@link DeadLetters}, as {@code POST /api/dead-letters/.../replay} does.
 */
@Controller
record BillingPage(InvoiceLedger invoices, DeadLetters deadLetters, ProducerTemplate camel, ConsoleProperties props) {

    /** What the billing runs started here are recorded as, next to the schedule's and the API's. */
    private static final String TRIGGER = "CONSOLE";

    @GetMapping("/billing")
    String billing(Model model) {
        model.addAttribute("runs", invoices.latestRuns(props.pageSize()));
        model.addAttribute("batches", invoices.latestBatches(props.pageSize()));
        model.addAttribute("parked", deadLetters.parkedInvoiceBatches());
        return "billing";
    }

    @PostMapping("/billing/runs")
    String startRun() {
        camel.requestBodyAndHeader("direct:billing-run", null, "PsyGateTrigger", TRIGGER, BillingRun.class);
        return "redirect:/billing";
    }

    /** Delivers a parked batch again, named by the batch's id (the broker's message id is the queue's business). */
    @PostMapping("/billing/parked/{batchId}")
    String deliverAgain(@PathVariable long batchId) {
        try {
            deadLetters.replayParkedInvoiceBatch(batchId);
        } catch (UnknownQueueException | UnknownMessageException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/billing";
    }
}
