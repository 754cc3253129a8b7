package be.psygate.console;

import be.psygate.ledger.FileLedger;
import be.psygate.ops.DeadLetters;
import be.psygate.ops.DeadLetters.QueueSummary;
import be.psygate.retention.RetentionJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code /}: the lists received and their lines today and this month (Brussels days), the queues, the health, the last
 * retention run. */
@Controller
class OverviewPage {

    private static final Logger log = LoggerFactory.getLogger(OverviewPage.class);

    private final FileLedger files;
    private final DeadLetters queues;
    private final HealthEndpoint health;
    private final Clock clock;
    private final RetentionJob retention;

    OverviewPage(FileLedger files, DeadLetters queues, HealthEndpoint health, Clock clock, RetentionJob retention) {
        this.retention = retention;
        this.files = files;
        this.queues = queues;
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/")
    String overview(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", files.receivedSince(today.atStartOfDay(clock.getZone()).toInstant()));
        model.addAttribute("month", files.receivedSince(today.withDayOfMonth(1).atStartOfDay(clock.getZone())
                .toInstant()));
        model.addAttribute("queues", queues());
        model.addAttribute("health", health.health().getStatus().getCode());
        model.addAttribute("retention", retention.lastRun().orElse(null));
        return "overview";
    }

    /** The broker's queues; none shown when the broker cannot tell (the page stays up, the health says why). */
    private List<QueueSummary> queues() {
        try {
            return queues.queues();
        } catch (RuntimeException e) {
            log.warn("Queue depths not shown on the console: {}", e.toString());
            return List.of();
        }
    }
}
