package be.psygate.console;

import be.psygate.payments.MoneyController;
import be.psygate.payments.PaymentLedger;
import be.psygate.payments.PaymentService.PaymentRunResult;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /payments}: the latest payment runs with their payment files, and the practice premium 2023 as
 * {@code GET /api/premiums/2023} reports it, with its CSV served here too, under the console's login. An admin starts
 * a payment run through the route {@code POST /api/payment-runs} uses.
 */
@Controller
class PaymentsPage {

    /** What the payment runs started here are recorded as, next to the schedule's and the API's. */
    private static final String TRIGGER = "CONSOLE";

    private final PaymentLedger payments;
    private final MoneyController money;
    private final ProducerTemplate camel;
    private final ConsoleProperties props;

    PaymentsPage(PaymentLedger payments, MoneyController money, ProducerTemplate camel, ConsoleProperties props) {
        this.payments = payments;
        this.money = money;
        this.camel = camel;
        this.props = props;
    }

    @GetMapping("/payments")
    String payments(Model model) {
        model.addAttribute("runs", payments.latestRuns(props.pageSize()));
        model.addAttribute("premiums", money.premiums2023());
        return "payments";
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
