package be.psygate.console;

import be.psygate.ledger.FileLedger;
import be.psygate.ops.DeadLetters;
import be.psygate.ops.DeadLetters.QueueSummary;
import be.psygate.retention.RetentionJob;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /}: the lists received and their lines today and this month (Brussels days), the queues, the health, the last
 * retention run. The page asks for that part again every {@code psygate.console.refresh-every} (htmx: the same
 * address with the {@code HX-Request} header answers the part alone), until {@code psygate.console.refresh-for} has
 * passed since the page was opened: the last answer then says so and tells htmx to stop (status 286).
 */
@Controller
record OverviewPage(FileLedger files, DeadLetters deadLetters, HealthEndpoint health, ConsoleProperties props,
                    Clock clock, RetentionJob retention) {

    private static final Logger log = LoggerFactory.getLogger(OverviewPage.class);

    /** htmx stops polling on this status. */
    static final int STOP_POLLING = 286;
    /** When the person last opened the overview (not a refresh): the session attribute. */
    static final String OPENED = "psygate.console.overview-opened";

    @GetMapping("/")
    String overview(Model model, HttpSession session) {
        // the system's clock, not the gateway's (pinned in demos and tests): how long a person has left the screen
        session.setAttribute(OPENED, Instant.now());
        live(model, true);
        return "overview";
    }

    @GetMapping(value = "/", headers = "HX-Request=true")
    String refreshed(Model model, HttpSession session, HttpServletResponse response) {
        boolean refreshing = refreshing((Instant) session.getAttribute(OPENED), Instant.now(), props);
        if (!refreshing) {
            response.setStatus(STOP_POLLING);
        }
        live(model, refreshing);
        return "overview :: live";
    }

    /** Whether an overview opened at {@code opened} (null: not in this login) still refreshes at {@code now}. */
    static boolean refreshing(Instant opened, Instant now, ConsoleProperties props) {
        return opened != null && !now.isAfter(opened.plus(props.refreshFor()));
    }

    private void live(Model model, boolean refreshing) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", files.receivedSince(today.atStartOfDay(clock.getZone()).toInstant()));
        model.addAttribute("month", files.receivedSince(today.withDayOfMonth(1).atStartOfDay(clock.getZone())
                .toInstant()));
        model.addAttribute("queues", queues());
        model.addAttribute("health", health.health().getStatus().getCode());
        model.addAttribute("retention", retention.lastRun().orElse(null));
        model.addAttribute("refreshing", refreshing);
        model.addAttribute("refreshTrigger", props.refreshTrigger());
    }

    /** The broker's queues; none shown when the broker cannot tell (the page stays up, the health says why). */
    private List<QueueSummary> queues() {
        try {
            return deadLetters.queues();
        } catch (RuntimeException e) {
            log.warn("Queue depths not shown on the console: {}", e.toString());
            return List.of();
        }
    }
}
