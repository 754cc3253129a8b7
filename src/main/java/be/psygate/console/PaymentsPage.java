package be.psygate.console;

import be.psygate.payments.MoneyController;
import be.psygate.payments.PaymentLedger;
import be.psygate.payments.PaymentLedger.PaymentRecord;
import be.psygate.payments.PaymentService;
import be.psygate.payments.PaymentService.PaymentRunResult;
import be.psygate.practice.PracticeRepository;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code /payments}: the latest payment runs with their payment files; the practices' statements (each transfer to a
 * practice: what it paid as tranche 1 and tranche 2, what clawbacks took back, its sessions), of all practices or
 * of one ({@code ?practice=}), each with its statement file as the practice received it; and the practice premium 2023 as
 * {@code GET /api/premiums/2023} reports it, with its CSV served here too, under the console's login. An admin starts
 * a payment run through the route {@code POST /api/payment-runs} uses.
 */
@Controller
record PaymentsPage(PaymentLedger payments, MoneyController money, ProducerTemplate camel, ConsoleProperties props,
                    PaymentService service, PracticeRepository practices) {

    /** What the payment runs started here are recorded as, next to the schedule's and the API's. */
    private static final String TRIGGER = "CONSOLE";

    /**
     * @param practice only this practice's statements (an INAMI number); the runs and the premium stay whole
     * @param page     the page of statements
     */
    @GetMapping("/payments")
    String payments(@RequestParam(required = false) String practice, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        String of = practice == null || practice.isBlank() ? null : practice.strip();
        int p = Math.max(0, page);
        model.addAttribute("runs", payments.latestRuns(props.pageSize()));
        model.addAttribute("practice", of == null ? null : practices.findByInami(of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("statements", payments.latestPayments(of, p * props.pageSize(), props.pageSize()));
        model.addAttribute("statementPages", Pages.of(p, props.pageSize(), payments.countPayments(of)));
        model.addAttribute("statementsBase", of == null ? "/payments" : "/payments?practice=" + of);
        model.addAttribute("premiums", money.premiums2023());
        return "payments";
    }

    /**
     * The statement of one transfer as the practice received it in its {@code out/}, rebuilt from the entries the
     * transfer paid, national numbers masked (a line reference may hold one).
     */
    @GetMapping("/payments/statements/{paymentId}.csv")
    void statement(@PathVariable long paymentId, HttpServletResponse response) throws IOException {
        PaymentRecord payment = payments.payment(paymentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(payment.statementName()).build().toString());
        Writer w = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        service.writeStatement(payment, ConsoleFormat::safe, w);
    }

    /** The same CSV as {@code GET /api/premiums/2023.csv}, for a person logged in to the console. */
    @GetMapping(value = "/payments/premiums-2023.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> premiumsCsv() {
        return money.premiums2023Csv();
    }

    @PostMapping("/payments/runs")
    String startRun() {
        camel.requestBodyAndHeader("direct:payment-run", null, "PsyGateTrigger", TRIGGER, PaymentRunResult.class);
        return "redirect:/payments";
    }
}
