package be.psygate.payments;

import be.psygate.money.premium.Premium;
import be.psygate.money.premium.PremiumCalculator;
import be.psygate.money.premium.PremiumReport;
import be.psygate.money.premium.PremiumSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import be.psygate.ledger.SessionLedger;
import be.psygate.payments.PaymentLedger.OpenEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the money looks like from outside: a practice's balance (what it was paid, what is due and when), and the
 * practice premium 2023 per psychologist (JSON and CSV), computed from the sessions attested in the reference
 * period and not refused by the insurer, with the day each list was received read in the gateway's clock's zone
 * (Brussels) for the premium's cut-off.
 */
@RestController
public record MoneyController(PaymentLedger payments, SessionLedger sessions, Clock clock) {

    private static final PremiumCalculator PREMIUMS = new PremiumCalculator();

    /**
     * {@code GET /api/practices/{inami}/balance}: paid so far, the entries still open, by due date, and what the
     * bank returned of the transfers (owed again, so among the open entries).
     */
    @GetMapping("/api/practices/{inami}/balance")
    public Balance balance(@PathVariable String inami) {
        BigDecimal paid = payments.paidTo(inami);
        List<OpenEntry> open = payments.openEntriesOf(inami);
        BigDecimal owed = open.stream().map(OpenEntry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Balance(inami, paid, owed, payments.returnedTo(inami), open);
    }

    /**
     * {@code GET /api/premiums/2023}: the practice premium of each psychologist (INAMI letter Psy-Ort/2023/006 of 2023-09-28), and how many sessions
     * were left out for having been received after the cut-off.
     */
    @GetMapping("/api/premiums/2023")
    public PremiumReportView premiums2023() {
        return PremiumReportView.of(PREMIUMS.report(attestedSessions()));
    }

    /** {@code GET /api/premiums/2023.csv}: the premiums as a CSV export, one line per psychologist (793995). */
    @GetMapping(value = "/api/premiums/2023.csv", produces = "text/csv")
    public ResponseEntity<String> premiums2023Csv() {
        StringBuilder csv = new StringBuilder("inami;network;attested;outreach_share;part80;part20;total;pseudocode;"
                + "sessions;outreach_sessions;received_after_cutoff\r\n");
        for (PremiumView p : premiums2023().premiums()) {
            csv.append(String.join(";", p.inami(), p.networkId(), p.attested().toPlainString(),
                    p.outreachShare().toPlainString(), p.part80().toPlainString(), p.part20().toPlainString(),
                    p.total().toPlainString(), p.pseudocode(), String.valueOf(p.sessions()),
                    String.valueOf(p.outreachSessions()), String.valueOf(p.receivedAfterCutOff()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(csv.toString());
    }

    private List<PremiumSession> attestedSessions() {
        return sessions.attestedForPremium(clock.getZone());
    }

    /** The premium report as the API shows it. */
    public record PremiumReportView(LocalDate cutOff, int receivedAfterCutOff, List<PremiumView> premiums) {
        static PremiumReportView of(PremiumReport report) {
            return new PremiumReportView(report.cutOff(), report.receivedAfterCutOff(),
                    report.premiums().stream().map(PremiumView::of).toList());
        }
    }

    /** A psychologist's premium as the API shows it. */
    public record PremiumView(String inami, String networkId, int sessions, int outreachSessions, BigDecimal attested,
                              BigDecimal outreachShare, BigDecimal part80, BigDecimal part20, BigDecimal total,
                              String pseudocode, int receivedAfterCutOff) {
        static PremiumView of(Premium p) {
            return new PremiumView(p.inami().value(), p.networkId(), p.sessions(), p.outreachSessions(), p.attested(),
                    p.outreachShare(), p.part80(), p.part20(), p.total(), Premium.PSEUDOCODE.value(),
                    p.receivedAfterCutOff());
        }
    }

    /** A practice's money. */
    public record Balance(String inami, BigDecimal paid, BigDecimal open, BigDecimal returned,
                          List<OpenEntry> entries) {
    }
}
