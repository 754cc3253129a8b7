package be.psygate.payments;

import be.psygate.identity.Inami;
import be.psygate.identity.Pseudocode;
import be.psygate.money.premium.Premium;
import be.psygate.money.premium.PremiumCalculator;
import be.psygate.money.premium.PremiumSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the money looks like from outside: a practice's balance (what it was paid, what is due and when), and the
 * practice premium 2023 per psychologist (JSON and CSV), computed from the sessions attested in the reference
 * period and not refused by the insurer.
 */
@RestController
public class MoneyController {

    private final JdbcTemplate jdbc;
    private final PremiumCalculator premiums = new PremiumCalculator();

    public MoneyController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code GET /api/practices/{inami}/balance}: paid so far, and the entries still open, by due date. */
    @GetMapping("/api/practices/{inami}/balance")
    public Balance balance(@PathVariable String inami) {
        BigDecimal paid = jdbc.queryForObject("select coalesce(sum(amount), 0) from payment where practice_inami = ?",
                BigDecimal.class, inami);
        List<OpenEntry> open = jdbc.query("select e.due_date, e.kind, e.amount, e.confirmed, l.line_ref from "
                        + "practice_entry e join session_line l on l.id = e.session_id where e.practice_inami = ? "
                        + "and e.payment_id is null order by e.due_date, l.line_ref, e.number",
                (rs, n) -> new OpenEntry(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBoolean(4), rs.getString(5)), inami);
        BigDecimal owed = open.stream().map(OpenEntry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Balance(inami, paid.setScale(2), owed, open);
    }

    /** {@code GET /api/premiums/2023}: the practice premium of each psychologist (seed 002). */
    @GetMapping("/api/premiums/2023")
    public List<PremiumView> premiums2023() {
        return premiums.premium(attestedSessions()).stream().map(PremiumView::of).toList();
    }

    /** {@code GET /api/premiums/2023.csv}: the same as a CSV export, paid under pseudocode 793995. */
    @GetMapping(value = "/api/premiums/2023.csv", produces = "text/csv")
    public ResponseEntity<String> premiums2023Csv() {
        StringBuilder csv = new StringBuilder("inami;network;attested;outreach_share;part80;part20;total;pseudocode\r\n");
        for (PremiumView p : premiums2023()) {
            csv.append(String.join(";", p.inami(), p.networkId(), p.attested().toPlainString(),
                    p.outreachShare().toPlainString(), p.part80().toPlainString(), p.part20().toPlainString(),
                    p.total().toPlainString(), p.pseudocode())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(csv.toString());
    }

    private List<PremiumSession> attestedSessions() {
        List<PremiumSession> out = new ArrayList<>();
        jdbc.query("select psychologist_inami, network_id, pseudocode, session_date, fee from session_line "
                        + "where status = 'ACCEPTED' and session_date between ? and ? "
                        + "and (insurer_state is null or insurer_state <> 'REFUSED')",
                rs -> {
                    out.add(new PremiumSession(Inami.parse(rs.getString(1)), rs.getString(2),
                            Pseudocode.parse(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getBigDecimal(5)));
                }, Date.valueOf(PremiumCalculator.PERIOD_START), Date.valueOf(PremiumCalculator.PERIOD_END));
        return out;
    }

    /** A psychologist's premium as the API shows it. */
    public record PremiumView(String inami, String networkId, BigDecimal attested, BigDecimal outreachShare,
                              BigDecimal part80, BigDecimal part20, BigDecimal total, String pseudocode) {
        static PremiumView of(Premium p) {
            return new PremiumView(p.inami().value(), p.networkId(), p.attested(), p.outreachShare(), p.part80(),
                    p.part20(), p.total(), Premium.PSEUDOCODE.value());
        }
    }

    /** A practice's money. */
    public record Balance(String inami, BigDecimal paid, BigDecimal open, List<OpenEntry> entries) {
    }

    /** An amount owed (or to be taken back) and not paid yet; unconfirmed ones wait for the bank. */
    public record OpenEntry(LocalDate due, String kind, BigDecimal amount, boolean released, String lineRef) {
    }
}
