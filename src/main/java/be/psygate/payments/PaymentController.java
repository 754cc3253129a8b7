package be.psygate.payments;

import be.psygate.payments.PaymentService.PaymentRunResult;
import org.apache.camel.ProducerTemplate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code POST /api/payment-runs}: pay now what is due; answers the transfers made. */
@RestController
@RequestMapping("/api/payment-runs")
public record PaymentController(ProducerTemplate camel) {

    /** @param dueBy pay what is due on or before this day (default today), e.g. to pay ahead of a holiday */
    @PostMapping
    public RunView run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {
        PaymentRunResult run = camel.requestBodyAndHeaders("direct:payment-run", null,
                dueBy == null ? Map.of("PsyGateTrigger", "API") : Map.of("PsyGateTrigger", "API", "PsyGateDueBy", dueBy),
                PaymentRunResult.class);
        return new RunView(run.runId(), run.transfers(), run.total(), run.fileName(),
                run.statements().stream().map(PaymentService.Statement::path).toList(), run.carriedForward());
    }

    /** A payment run as the API answers it. */
    public record RunView(long runId, int transfers, BigDecimal total, String painFile, List<String> statements,
                          Map<String, String> carriedForward) {
    }
}
