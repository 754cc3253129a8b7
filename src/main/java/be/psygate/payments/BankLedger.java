package be.psygate.payments;

import be.psygate.ledger.LedgerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bank side of the ledger: the statement files read ({@code bank_statement}), every entry with what was decided
 * of it ({@code bank_credit}), and the payments the insurers announced ({@code announced_payment}).
 */
@Repository
public class BankLedger {

    private final JdbcTemplate jdbc;

    public BankLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the bank-evidence lock until the transaction ends: statements and announcements are matched one at a
     * time, across gateway instances, so that a reference is never released twice nor missed between the two.
     */
    public void lock() {
        LedgerSql.lock(jdbc, "bank-evidence");
    }

    /** The file that brought this statement before (same identity or same bytes), if one did. */
    public Optional<String> statementReadBefore(String identityKey, String sha256) {
        return jdbc.queryForList("select file_name from bank_statement where identity_key = ? or sha256 = ? "
                + "order by id", String.class, identityKey, sha256).stream().findFirst();
    }

    public long insertStatement(String identityKey, String sha256, String message, String fileName) {
        return LedgerSql.insertReturningId(jdbc, "insert into bank_statement (identity_key, sha256, message, "
                        + "file_name, entries, set_aside, credits, matched, released, received_at) "
                        + "values (?, ?, ?, ?, 0, 0, 0, 0, 0, ?)", identityKey, sha256, message, fileName,
                Timestamp.from(Instant.now()));
    }

    public void finishStatement(long statementId, int entries, int setAside, int credits, int matched,
                                int released) {
        jdbc.update("update bank_statement set entries = ?, set_aside = ?, credits = ?, matched = ?, released = ? "
                + "where id = ?", entries, setAside, credits, matched, released, statementId);
    }

    /** Whether a credit with this key was recorded before (and counted, or waits for its reference). */
    public boolean creditRecorded(String creditKey) {
        Integer n = jdbc.queryForObject("select count(*) from bank_credit where credit_key = ?", Integer.class,
                creditKey);
        return n != null && n > 0;
    }

    /** Records an entry of a statement with the decision taken on it; returns its id. */
    public long insertCredit(NewCredit c) {
        return LedgerSql.insertReturningId(jdbc, "insert into bank_credit (statement_id, booking_date, amount, "
                        + "currency, account, entry_label, reference, credit_key, texts, decision, note, matched_ref, "
                        + "file_name, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.statementId(), c.date() == null ? null : Date.valueOf(c.date()), c.amount(), c.currency(),
                cut(c.account(), 34), cut(c.label(), 100), cut(c.reference(), 140), cut(c.creditKey(), 300),
                cut(c.texts() == null ? null : String.join("\n", c.texts()), 2000), c.decision().name(),
                cut(c.note(), 300), c.matchedRef(), c.fileName(), Timestamp.from(Instant.now()));
    }

    public void decide(long creditId, CreditDecision decision, String matchedRef, String note) {
        jdbc.update("update bank_credit set decision = ?, matched_ref = ?, note = ? where id = ?", decision.name(),
                matchedRef, cut(note, 300), creditId);
    }

    /**
     * Decides the credits of {@code reference} still waiting to cover it ({@code SHORT}); those decided before keep
     * their decision.
     */
    public void decideWaiting(String reference, CreditDecision decision, String note) {
        jdbc.update("update bank_credit set decision = ?, note = ? where matched_ref = ? and decision = 'SHORT'",
                decision.name(), cut(note, 300), reference);
    }

    /** What the credits that count toward {@code reference} add up to. */
    public BigDecimal received(String reference) {
        BigDecimal sum = jdbc.queryForObject("select coalesce(sum(amount), 0) from bank_credit where matched_ref = ? "
                + "and decision in ('MATCHED', 'OVERPAID', 'SHORT')", BigDecimal.class, reference);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The credits that carried no announced reference when read, whose texts mention {@code reference}. */
    public List<WaitingCredit> unmatchedCreditsMentioning(String reference) {
        List<WaitingCredit> out = new ArrayList<>();
        jdbc.query("select id, texts from bank_credit where decision = 'UNMATCHED' and texts like ? order by id",
                rs -> {
                    out.add(new WaitingCredit(rs.getLong(1), List.of(rs.getString(2).split("\n"))));
                }, "%" + reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return out;
    }

    /**
     * Records a payment an insurer announced; false when the reference was announced before (the first announcement
     * stands).
     */
    public boolean announce(String reference, String insurerId, BigDecimal amount, Long returnId) {
        Integer known = jdbc.queryForObject("select count(*) from announced_payment where payment_ref = ?",
                Integer.class, reference);
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("insert into announced_payment (payment_ref, insurer_id, amount, return_id, announced_at) "
                + "values (?, ?, ?, ?, ?)", reference, insurerId, amount, returnId, Timestamp.from(Instant.now()));
        return true;
    }

    /** Every announced payment by reference, oldest first. */
    public Map<String, Announced> announced() {
        Map<String, Announced> out = new LinkedHashMap<>();
        jdbc.query("select payment_ref, amount, released_at from announced_payment order by announced_at, payment_ref",
                rs -> {
                    out.put(rs.getString(1), new Announced(rs.getString(1), rs.getBigDecimal(2),
                            rs.getTimestamp(3) != null));
                });
        return out;
    }

    public Optional<Announced> announced(String reference) {
        return jdbc.query("select payment_ref, amount, released_at from announced_payment where payment_ref = ?",
                (rs, n) -> new Announced(rs.getString(1), rs.getBigDecimal(2), rs.getTimestamp(3) != null),
                reference).stream().findFirst();
    }

    public void markReleased(String reference) {
        jdbc.update("update announced_payment set released_at = ? where payment_ref = ? and released_at is null",
                Timestamp.from(Instant.now()), reference);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** An entry to record. */
    public record NewCredit(Long statementId, LocalDate date, BigDecimal amount, String currency, String account,
                            String label, String reference, String creditKey, List<String> texts,
                            CreditDecision decision, String note, String matchedRef, String fileName) {
    }

    /** A credit recorded before any settlement announced its reference. */
    public record WaitingCredit(long id, List<String> texts) {
    }

    /** A payment an insurer announced, and whether the bank showed it in full already. */
    public record Announced(String reference, BigDecimal amount, boolean released) {
    }
}
