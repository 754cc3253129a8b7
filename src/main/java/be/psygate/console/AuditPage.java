package be.psygate.console;

import be.psygate.ops.OperatorActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /audit}: the operators' latest writes, newest first, from the API and from the console's forms. */
@Controller
record AuditPage(OperatorActions actions, ConsoleProperties props) {

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("actions", actions.latest(props.pageSize()));
        return "audit";
    }
}
