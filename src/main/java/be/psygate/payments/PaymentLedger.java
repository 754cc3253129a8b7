package be.psygate.payments;

import be.psygate.identity.Inami;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.ledger.EntryLedger;
import be.psygate.ledger.LedgerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Payment runs, the transfers they order, and which entries each transfer pays. */
@Repository
public class PaymentLedger {

    private final JdbcTemplate jdbc;
    private final EntryLedger entryLedger;

    public PaymentLedger(JdbcTemplate jdbc, EntryLedger entryLedger) {
        this.jdbc = jdbc;
        this.entryLedger = entryLedger;
    }

    /** Holds the payment-run lock until the transaction ends: one run at a time, across gateway instances. */
    public void lockPaymentRun() {
        LedgerSql.lock(jdbc, "payment-run");
    }

    /**
     * Writes out, entry by entry, the tranche 1 that lists still owe as one ({@link EntryLedger#postTranche1}), so
     * that {@link #unpaidReleasedEntries} sees them. Called with the payment-run lock held.
     */
    public int postOwedTranche1() {
        return entryLedger.postTranche1();
    }

    /** Every entry not paid yet whose money may be released, by practice. */
    public Map<Inami, List<Entry>> unpaidReleasedEntries() {
        Map<Inami, List<Entry>> out = new TreeMap<>(java.util.Comparator.comparing(Inami::value));
        jdbc.query("select practice_inami, session_id, number, kind, amount, due_date from practice_entry "
                + "where payment_id is null and confirmed = true order by practice_inami, due_date, session_id, number",
                rs -> {
                    out.computeIfAbsent(Inami.parse(rs.getString(1)), k -> new ArrayList<>()).add(new Entry(
                            rs.getLong(2), rs.getInt(3), EntryKind.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                            rs.getDate(6).toLocalDate()));
                });
        return out;
    }

    /** A practice's money by kind of entry: what was paid, and what is still due (released or waiting). */
    public List<KindTotal> totalsOf(String practiceInami) {
        List<KindTotal> out = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            out.add(new KindTotal(kind, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
        }
        jdbc.query("select kind, coalesce(sum(case when payment_id is not null then amount end), 0), "
                        + "coalesce(sum(case when payment_id is null then amount end), 0) from practice_entry "
                        + "where practice_inami = ? group by kind",
                rs -> {
                    EntryKind kind = EntryKind.valueOf(rs.getString(1));
                    out.set(kind.ordinal(), new KindTotal(kind, rs.getBigDecimal(2).setScale(2),
                            rs.getBigDecimal(3).setScale(2)));
                }, practiceInami);
        // tranche 1 of the lists that owe it still as one (not written out yet): due, not paid
        BigDecimal owed = jdbc.queryForObject("select coalesce(sum(l.tranche1), 0) from tranche1_pending p "
                + "join session_line l on l.file_id = p.file_id where p.practice_inami = ? and l.status = 'ACCEPTED'",
                BigDecimal.class, practiceInami);
        KindTotal first = out.get(EntryKind.TRANCHE_1.ordinal());
        out.set(EntryKind.TRANCHE_1.ordinal(), new KindTotal(EntryKind.TRANCHE_1, first.paid(),
                first.due().add(owed).setScale(2)));
        return out;
    }

    /** What a practice was paid of one kind of entry, and what of it is still due. */
    /** What the practice has been paid so far, all payment runs together, transfers returned left out. */
    public BigDecimal paidTo(String practiceInami) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from payment where practice_inami = ? "
                + "and returned_at is null", BigDecimal.class, practiceInami).setScale(2);
    }

    /** What the bank returned or rejected of the transfers to the practice: owed to it again. */
    public BigDecimal returnedTo(String practiceInami) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from payment where practice_inami = ? "
                + "and returned_at is not null", BigDecimal.class, practiceInami).setScale(2);
    }

    /** The transfer of end-to-end id {@code endToEndId}, if the gateway made it. */
    public Optional<PaidTransfer> transfer(String endToEndId) {
        return jdbc.query("select p.id, p.payment_run_id, p.practice_inami, p.amount, p.end_to_end_id, "
                        + "p.returned_at is not null from payment p where p.end_to_end_id = ?",
                (rs, n) -> new PaidTransfer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getBoolean(6)), endToEndId).stream().findFirst();
    }

    /** The end-to-end ids of the transfers of the payment file of message id {@code messageId}. */
    public List<String> endToEndIdsOfFile(String messageId) {
        return jdbc.queryForList("select p.end_to_end_id from payment p join payment_run r on r.id = p.payment_run_id "
                + "where r.message_id = ? order by p.id", String.class, messageId);
    }

    /**
     * Marks a transfer returned (or rejected) and owes its entries again: they are unlinked from it, so that the
     * next payment run pays them once more, and kept in {@code payment_return_entry}. Nothing happens to a transfer
     * returned before.
     *
     * @return whether this call returned it
     */
    public boolean markReturned(long paymentId, String reason, String source) {
        int updated = jdbc.update("update payment set returned_at = ?, return_reason = ?, return_source = ? "
                + "where id = ? and returned_at is null", Timestamp.from(Instant.now()), reason, source, paymentId);
        if (updated != 1) {
            return false;
        }
        jdbc.update("insert into payment_return_entry (payment_id, entry_id) select payment_id, id from "
                + "practice_entry where payment_id = ?", paymentId);
        entryLedger.owedAgain(paymentId);
        return true;
    }

    /** A transfer the gateway made, and whether the bank returned it. */
    public record PaidTransfer(long id, long runId, String practiceInami, BigDecimal amount, String endToEndId,
                               boolean returned) {
    }

    /** The practice's entries not paid yet, by due date, each with its session's line reference. */
    public List<OpenEntry> openEntriesOf(String practiceInami) {
        // with the tranche 1 of the lists that owe it still as one (not written out yet), released at once
        return jdbc.query("select due_date, kind, amount, confirmed, line_ref from ("
                        + "select e.due_date, e.kind, e.amount, e.confirmed, l.line_ref, e.number from "
                        + "practice_entry e join session_line l on l.id = e.session_id where e.practice_inami = ? "
                        + "and e.payment_id is null "
                        + "union all select p.due_date, 'TRANCHE_1', l.tranche1, true, l.line_ref, 1 from "
                        + "tranche1_pending p join session_line l on l.file_id = p.file_id "
                        + "where p.practice_inami = ? and l.status = 'ACCEPTED') o "
                        + "order by due_date, line_ref, number",
                (rs, n) -> new OpenEntry(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBoolean(4), rs.getString(5)), practiceInami, practiceInami);
    }

    /** An amount owed (or to be taken back) and not paid yet; unconfirmed ones wait for the bank. */
    public record OpenEntry(LocalDate due, String kind, BigDecimal amount, boolean released, String lineRef) {
    }

    public record KindTotal(EntryKind kind, BigDecimal paid, BigDecimal due) {
    }

    /** The latest payment runs, newest first, each with the payment file it wrote (none when it paid nothing). */
    public List<RunRecord> latestRuns(int limit) {
        return jdbc.query("select r.id, r.trigger, r.started_at, r.execution_date, r.transfers, r.total, "
                        + "r.file_name, (select count(*) from payment p where p.payment_run_id = r.id "
                        + "and p.returned_at is not null) as returned from payment_run r order by r.id desc limit ?",
                (rs, n) -> new RunRecord(rs.getLong("id"), rs.getString("trigger"),
                        rs.getTimestamp("started_at").toInstant(), rs.getDate("execution_date").toLocalDate(),
                        rs.getInt("transfers"), rs.getBigDecimal("total"), rs.getString("file_name"),
                        rs.getInt("returned")),
                limit);
    }

    /**
     * A payment run: what started it, when, the day the bank executes it, its transfers and its payment file, and
     * how many of its transfers the bank returned or rejected.
     */
    public record RunRecord(long id, String trigger, Instant startedAt, LocalDate executionDate, int transfers,
                            BigDecimal total, String fileName, int returned) {
    }

    /**
     * The latest transfers to practices, newest first, one page of them, each with what it paid by kind of entry
     * (tranche 1, tranche 2, clawbacks taken back) and how many sessions; of one practice, or of all when
     * {@code practiceInamiOrNull} is null.
     */
    public List<PaymentRecord> latestPayments(String practiceInamiOrNull, int offset, int limit) {
        String where = practiceInamiOrNull == null ? "" : "where p.practice_inami = ? ";
        List<Object> args = new ArrayList<>();
        if (practiceInamiOrNull != null) {
            args.add(practiceInamiOrNull);
        }
        args.add(limit);
        args.add(offset);
        // the page of payments first (by the primary key), then their entries by ix_practice_entry_unpaid
        return jdbc.query("select p.id, p.payment_run_id, r.execution_date, p.practice_inami, p.amount, "
                        + "p.end_to_end_id, "
                        + "coalesce(sum(case when e.kind = 'TRANCHE_1' then e.amount end), 0), "
                        + "coalesce(sum(case when e.kind = 'TRANCHE_2' then e.amount end), 0), "
                        + "coalesce(sum(case when e.kind = 'CLAWBACK' then e.amount end), 0), "
                        + "count(distinct e.session_id) "
                        + "from (select * from payment p " + where + "order by p.id desc limit ? offset ?) p "
                        + "join payment_run r on r.id = p.payment_run_id "
                        + "left join practice_entry e on e.payment_id = p.id "
                        + "group by p.id, p.payment_run_id, r.execution_date, p.practice_inami, p.amount, "
                        + "p.end_to_end_id order by p.id desc",
                (rs, n) -> new PaymentRecord(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getBigDecimal(5).setScale(2), rs.getString(6),
                        rs.getBigDecimal(7).setScale(2), rs.getBigDecimal(8).setScale(2),
                        rs.getBigDecimal(9).setScale(2), rs.getInt(10)),
                args.toArray());
    }

    /** How many transfers {@link #latestPayments} pages through. */
    public long countPayments(String practiceInamiOrNull) {
        return practiceInamiOrNull == null
                ? jdbc.queryForObject("select count(*) from payment", Long.class)
                : jdbc.queryForObject("select count(*) from payment where practice_inami = ?", Long.class,
                        practiceInamiOrNull);
    }

    /** One transfer to a practice, if there is one by that id. */
    public java.util.Optional<PaymentRecord> payment(long paymentId) {
        return jdbc.query("select p.id, p.payment_run_id, r.execution_date, p.practice_inami, p.amount, "
                        + "p.end_to_end_id from payment p join payment_run r on r.id = p.payment_run_id "
                        + "where p.id = ?",
                (rs, n) -> new PaymentRecord(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getBigDecimal(5).setScale(2), rs.getString(6), null, null, null, 0),
                paymentId).stream().findFirst();
    }

    /**
     * A transfer to a practice as its statement sums it up: the run that made it and its execution day, the amount
     * transferred (tranche 1 + tranche 2 + clawbacks, which are negative) and the number of sessions behind it. The
     * three kinds are null when only the transfer itself was read.
     */
    public record PaymentRecord(long id, long runId, LocalDate executionDate, String practiceInami,
                                BigDecimal amount, String endToEndId, BigDecimal tranche1, BigDecimal tranche2,
                                BigDecimal clawbacks, int sessions) {

        /** The statement file the payment run wrote for the practice and put in its {@code out/}. */
        public String statementName() {
            return PaymentService.statementName(runId, practiceInami);
        }
    }

    public long createRun(String trigger, LocalDate executionDate) {
        return LedgerSql.insertReturningId(jdbc,
                "insert into payment_run (trigger, started_at, execution_date, transfers, total) "
                + "values (?, ?, ?, 0, 0)", trigger, Timestamp.from(Instant.now()), Date.valueOf(executionDate));
    }

    public void finishRun(long runId, int transfers, BigDecimal total, String fileName, String messageId) {
        jdbc.update("update payment_run set transfers = ?, total = ?, file_name = ?, message_id = ? where id = ?",
                transfers, total, fileName, messageId, runId);
    }

    /** Records a transfer and marks its entries paid by it; an entry already paid is never taken twice. */
    public long pay(long runId, Inami practice, BigDecimal amount, String endToEndId, List<Entry> entries) {
        long paymentId = LedgerSql.insertReturningId(jdbc,
                "insert into payment (payment_run_id, practice_inami, amount, end_to_end_id) "
                + "values (?, ?, ?, ?)", runId, practice.value(), amount, endToEndId);
        int[][] counts = entryLedger.paidBy(paymentId, entries);
        for (int[] batch : counts) {
            for (int c : batch) {
                if (c != 1 && c != java.sql.Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("an entry of payment " + endToEndId + " was paid already");
                }
            }
        }
        return paymentId;
    }

    /** The lines of a practice's statement for one payment: every entry behind the amount, with its session. */
    public void forEachStatementLine(long paymentId, Consumer<StatementLine> sink) {
        jdbc.query("select l.line_ref, l.session_date, l.pseudocode, e.kind, e.amount, e.due_date, f.file_name, "
                        + "a.insurer_state from practice_entry e join session_line l on l.id = e.session_id "
                        + "left join session_account a on a.session_id = l.id "
                        + "join received_file f on f.id = l.file_id where e.payment_id = ? "
                        + "order by l.session_date, l.line_ref, e.number",
                rs -> {
                    sink.accept(new StatementLine(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5), rs.getDate(6).toLocalDate(), rs.getString(7),
                            rs.getString(8)));
                }, paymentId);
    }


    /** One entry as a statement shows it. */
    public record StatementLine(String lineRef, LocalDate sessionDate, String pseudocode, String kind,
                                BigDecimal amount, LocalDate due, String listName, String insurerState) {
    }
}
