package be.psygate.console;

import be.psygate.ops.QueueDepths;
import be.psygate.ops.QueueDepths.QueueDepth;
import be.psygate.ops.RouteStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * {@code /operations}: what an operator on call otherwise opens Hawtio for: every route by its id, running or not,
 * with its exchanges completed, failed and in flight and its last failure; every queue of the gateway with the
 * messages it holds. Read only; replaying what failed is under {@code /dead-letters} and {@code /billing}.
 */
@Controller
record OperationsPage(RouteStates routes, QueueDepths queues) {

    private static final Logger log = LoggerFactory.getLogger(OperationsPage.class);

    @GetMapping("/operations")
    String operations(Model model) {
        model.addAttribute("routes", routes.routes());
        List<QueueDepth> depths;
        try {
            depths = queues.read();
            model.addAttribute("brokerDown", false);
        } catch (RuntimeException e) {
            log.warn("Queue depths not shown on the console: {}", e.toString());
            depths = List.of();
            model.addAttribute("brokerDown", true);
        }
        model.addAttribute("queues", depths);
        return "operations";
    }
}
