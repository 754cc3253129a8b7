package be.psygate.console;

import be.psygate.reconciliation.ReturnLineOutcome;
import be.psygate.reconciliation.ReturnLedger;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /returns}: the insurers' answers as received, the lines that matched no session and the lines refused,
 * read only. The insurer's free text is left out: it may name the patient.
 */
@Controller
record ReturnsPage(ReturnLedger returns, ConsoleProperties props) {

    @GetMapping("/returns")
    String returns(Model model) {
        model.addAttribute("returns", returns.latestReturns(props.pageSize()));
        model.addAttribute("unmatched", returns.latestLines(ReturnLineOutcome.UNKNOWN_REFERENCE, props.pageSize()));
        model.addAttribute("refused", returns.latestLines(ReturnLineOutcome.REFUSED, props.pageSize()));
        return "returns";
    }
}
