package be.psygate.practice;

import be.psygate.ledger.SessionLedger;
import be.psygate.rules.quota.CapacityMonitor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/practices/{inami}/pace?year=}: the psychologist's accepted sessions month by month against the
 * 1/12 of the yearly capacity they committed to; a month well below it is flagged for the network (a warning,
 * never a refusal). Months still to come are not flagged.
 */
@RestController
public record PaceController(PracticeService practices, SessionLedger sessions, Clock clock) {

    private static final CapacityMonitor MONITOR = new CapacityMonitor();

    @GetMapping("/api/practices/{inami}/pace")
    public ResponseEntity<Pace> pace(@PathVariable String inami, @RequestParam int year) {
        return ResponseEntity.of(practices.find(inami).map(p -> {
            int[] counts = sessions.countedSessionsPerMonth(inami, year);
            LocalDate today = LocalDate.now(clock);
            List<Month> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                boolean over = LocalDate.of(year, m, 1).plusMonths(1).isBefore(today.plusDays(1));
                months.add(new Month(m, counts[m - 1], over && MONITOR.wellBelow(p.yearlyCapacity(), counts[m - 1])));
            }
            return new Pace(inami, year, p.yearlyCapacity(), MONITOR.monthlyPace(p.yearlyCapacity()), months);
        }));
    }

    /** The year's pace. */
    public record Pace(String inami, int year, int yearlyCapacity, BigDecimal monthlyPace, List<Month> months) {
    }

    /** One month: sessions accepted, and whether that is well below the monthly pace. */
    public record Month(int month, int acceptedSessions, boolean wellBelowPace) {
    }
}
