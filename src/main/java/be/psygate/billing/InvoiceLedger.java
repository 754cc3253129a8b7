package be.psygate.billing;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.ledger.AccountLedger;
import be.psygate.ledger.LedgerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Billing runs, invoice batches, and which session belongs to which batch. */
@Repository
public class InvoiceLedger {

    private final JdbcTemplate jdbc;
    private final AccountLedger accounts;

    public InvoiceLedger(JdbcTemplate jdbc, AccountLedger accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Holds the billing-run lock until the transaction ends: one run at a time, across gateway instances. */
    public void lockBillingRun() {
        LedgerSql.lock(jdbc, "billing-run");
    }

    public long createRun(String trigger) {
        return LedgerSql.insertReturningId(jdbc,
                "insert into billing_run (trigger, started_at, batches, sessions) values (?, ?, 0, 0)",
                trigger, Timestamp.from(Instant.now()));
    }

    public void finishRun(long runId, int batches, int sessions) {
        jdbc.update("update billing_run set batches = ?, sessions = ? where id = ?", batches, sessions, runId);
    }

    /**
     * The accepted sessions that no batch holds yet, in the order they were stored; held sessions left out. A session
     * without an account row was never invoiced; one with a row and no batch was invoiced in a batch the insurer
     * refused.
     */
    public void forEachUninvoiced(Consumer<UninvoicedSession> sink) {
        // streamed in pages (PostgreSQL reads the whole result at once without a fetch size)
        jdbc.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("select l.id, l.insurer_code, l.session_date, "
                    + "l.fee, l.insurer_share, l.copay, a.session_id from session_line l "
                    + "left join session_account a on a.session_id = l.id "
                    + "where l.status = 'ACCEPTED' and a.invoice_batch_id is null and a.billing_hold is null "
                    + "order by l.id");
            ps.setFetchSize(10_000);
            return ps;
        }, rs -> {
            sink.accept(new UninvoicedSession(rs.getString(2), rs.getDate(3).toLocalDate(),
                    new BatchMember(rs.getLong(1), cents(rs.getBigDecimal(4)), cents(rs.getBigDecimal(5)),
                            cents(rs.getBigDecimal(6)), rs.getObject(7) != null)));
        });
    }

    public long createBatch(long runId, String insurerId, YearMonth month, String format, String channel,
                            String destination) {
        long id = LedgerSql.insertReturningId(jdbc,
                "insert into invoice_batch (billing_run_id, insurer_id, service_month, format, channel, "
                        + "destination, file_name, status, line_count, total_fee, total_insurer_share, total_copay, "
                        + "attempts, created_at) values (?, ?, ?, ?, ?, ?, '', 'PENDING', 0, 0, 0, 0, 0, ?)",
                runId, insurerId, month.toString(), format, channel, destination, Timestamp.from(Instant.now()));
        return id;
    }

    /**
     * Puts sessions in a batch (one statement for all of them: {@link AccountLedger#invoiced}), then records the
     * batch's name and totals, added up from the sessions as they were read. Should a session have been put in a
     * batch meanwhile, the totals are counted again from the batch's sessions.
     */
    public void fill(long batchId, List<BatchMember> sessions, String fileName) {
        List<Long> fresh = new ArrayList<>(sessions.size());
        List<Long> again = new ArrayList<>();
        long fee = 0;
        long insurerShare = 0;
        long copay = 0;
        for (BatchMember s : sessions) {
            (s.invoicedBefore() ? again : fresh).add(s.id());
            fee += s.feeCents();
            insurerShare += s.insurerShareCents();
            copay += s.copayCents();
        }
        int held = accounts.invoiced(batchId, fresh, again);
        if (held == sessions.size()) {
            jdbc.update("update invoice_batch set file_name = ?, line_count = ?, total_fee = ?, "
                    + "total_insurer_share = ?, total_copay = ? where id = ?", fileName, held,
                    BigDecimal.valueOf(fee, 2), BigDecimal.valueOf(insurerShare, 2), BigDecimal.valueOf(copay, 2),
                    batchId);
        } else {
            jdbc.update("update invoice_batch set file_name = ? where id = ?", fileName, batchId);
            recount(batchId);
        }
    }

    /**
     * Takes a session out of its batch and holds it out of every later one (it stays ACCEPTED), with the reason;
     * the batch's totals are counted again.
     *
     * @return the session as the operators are told of it
     */
    @Transactional
    public HeldSession holdFromBilling(long batchId, long sessionId, String reason) {
        accounts.heldFromBilling(batchId, sessionId, reason);
        recount(batchId);
        return jdbc.query("select id, practice_inami, file_id, line_number from session_line where id = ?",
                (rs, n) -> new HeldSession(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                sessionId).get(0);
    }

    /** After a run that invoiced many sessions: the planner's statistics brought up to date. */
    public void refreshStatistics() {
        accounts.refreshStatistics();
    }

    /** A batch left with no session: nothing to deliver, ever; no longer pending. */
    public void markEmpty(long batchId) {
        jdbc.update("update invoice_batch set status = 'EMPTY', delivering_since = null where id = ?", batchId);
    }

    /**
     * Holds the batch's row until the transaction ends, so that the insurers' answers to one batch are reconciled
     * one at a time, whatever thread or instance reads them.
     */
    public void lockBatch(long batchId) {
        jdbc.query("select id from invoice_batch where id = ? for update", rs -> { }, batchId);
    }

    /** Records what the insurer's latest answer says of the batch as a whole, stored by name. */
    public void setInsurerState(long batchId, InsurerState insurerState) {
        jdbc.update("update invoice_batch set insurer_state = ? where id = ?", insurerState.name(), batchId);
    }

    /** What the insurer's latest answer says of the batch as a whole; empty while it has not answered. */
    public Optional<InsurerState> insurerState(long batchId) {
        return jdbc.queryForList("select insurer_state from invoice_batch where id = ?", String.class, batchId)
                .stream().filter(Objects::nonNull).map(InsurerState::valueOf).findFirst();
    }

    /** The batch's count and totals, added up in one pass over its sessions. */
    private void recount(long batchId) {
        jdbc.query("select count(*), coalesce(sum(l.fee), 0), coalesce(sum(l.insurer_share), 0), "
                + "coalesce(sum(l.copay), 0) from session_account a join session_line l on l.id = a.session_id "
                + "where a.invoice_batch_id = ?", rs -> {
                    jdbc.update("update invoice_batch set line_count = ?, total_fee = ?, total_insurer_share = ?, "
                                    + "total_copay = ? where id = ?", rs.getInt(1), rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), batchId);
                }, batchId);
    }

    public List<Long> pendingBatchIds() {
        return jdbc.queryForList("select id from invoice_batch where status = 'PENDING' order by id", Long.class);
    }

    public Optional<BatchRecord> batch(long id) {
        return jdbc.query("select id, billing_run_id, insurer_id, service_month, format, channel, destination, "
                        + "file_name, status, line_count, total_fee, total_insurer_share, total_copay, attempts, "
                        + "created_at, delivered_at from invoice_batch where id = ?",
                (rs, n) -> new BatchRecord(rs.getLong("id"), rs.getLong("billing_run_id"), rs.getString("insurer_id"),
                        YearMonth.parse(rs.getString("service_month")), rs.getString("format"),
                        rs.getString("channel"), rs.getString("destination"), rs.getString("file_name"),
                        BatchStatus.of(rs.getString("status")), rs.getInt("line_count"), rs.getBigDecimal("total_fee"),
                        rs.getBigDecimal("total_insurer_share"), rs.getBigDecimal("total_copay"),
                        rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant()),
                id).stream().findFirst();
    }

    public List<BatchRecord> batchesOfRun(long runId) {
        return jdbc.queryForList("select id from invoice_batch where billing_run_id = ? order by id", Long.class, runId)
                .stream().map(id -> batch(id).orElseThrow()).toList();
    }

    /** The latest billing runs, newest first. */
    public List<RunRecord> latestRuns(int limit) {
        return jdbc.query("select id, trigger, started_at, batches, sessions from billing_run order by id desc limit ?",
                (rs, n) -> new RunRecord(rs.getLong("id"), rs.getString("trigger"),
                        rs.getTimestamp("started_at").toInstant(), rs.getInt("batches"), rs.getInt("sessions")),
                limit);
    }

    /** The latest invoice batches, newest first. */
    public List<BatchRecord> latestBatches(int limit) {
        return jdbc.queryForList("select id from invoice_batch order by id desc limit ?", Long.class, limit)
                .stream().map(id -> batch(id).orElseThrow()).toList();
    }

    /** The sessions of a batch as the insurer is told of them, in the order they were stored. */
    public List<InvoiceLine> linesOf(long batchId) {
        return jdbc.query("select id, line_ref, psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, "
                        + "fee, insurer_share, copay, group_participants, referral_date, prescriber_inami "
                        + "from session_account a join session_line l on l.id = a.session_id where a.invoice_batch_id = ? "
                        + "order by l.id",
                (rs, n) -> new InvoiceLine(rs.getLong("id"), LineRef.parse(rs.getString("line_ref")),
                        Inami.parse(rs.getString("psychologist_inami")), Niss.parse(rs.getString("patient_niss")),
                        InsurerCode.parse(rs.getString("insurer_code")), rs.getDate("session_date").toLocalDate(),
                        Pseudocode.parse(rs.getString("pseudocode")), rs.getBigDecimal("fee"),
                        rs.getBigDecimal("insurer_share"), rs.getBigDecimal("copay"),
                        rs.getString("group_participants") == null ? null
                                : Integer.valueOf(rs.getString("group_participants")),
                        localDate(rs.getDate("referral_date")),
                        rs.getString("prescriber_inami") == null ? null : Inami.parse(rs.getString("prescriber_inami"))),
                batchId);
    }

    /**
     * Claims the delivery of a pending batch for this instance: true when no other instance delivers it (no claim,
     * or one taken before {@code staleBefore}: its instance died while delivering). The update counts the row for
     * one instance only, however many try at once.
     */
    public boolean claimDelivery(long batchId, Instant now, Instant staleBefore) {
        return jdbc.update("update invoice_batch set delivering_since = ? where id = ? and status = 'PENDING' "
                        + "and (delivering_since is null or delivering_since < ?)",
                Timestamp.from(now), batchId, Timestamp.from(staleBefore)) == 1;
    }

    public void markDelivered(long batchId) {
        jdbc.update("update invoice_batch set status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, "
                + "last_error = null, delivering_since = null where id = ?", Timestamp.from(Instant.now()), batchId);
    }

    /** A delivery failed after its retries: counted, and the claim given back, so that the next run delivers it. */
    public void recordFailure(long batchId, String error) {
        jdbc.update("update invoice_batch set attempts = attempts + 1, last_error = ?, delivering_since = null "
                        + "where id = ?",
                error == null ? null : error.substring(0, Math.min(error.length(), 1000)), batchId);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }


    /**
     * A session held out of billing, as the operators are told of it: the received file by its id, not its name (a
     * name may hide a national number), and no patient data.
     */
    public record HeldSession(long sessionId, String practiceInami, long fileId, long lineNumber) {
    }

    /** A billing run: what started it, when, and the batches and sessions it invoiced. */
    public record RunRecord(long id, String trigger, Instant startedAt, int batches, int sessions) {
    }

    /**
     * An accepted session waiting for a batch, with its amounts (the batch's totals) and whether it was invoiced
     * before, in a batch its insurer refused.
     */
    public record UninvoicedSession(String insurerCode, LocalDate sessionDate, BatchMember member) {
    }

    /**
     * What a batch keeps of each of its sessions while a run makes it: the id, the amounts in cents (the batch's
     * totals, added up exactly) and whether the session was invoiced before. Small, as a run holds a million.
     */
    public record BatchMember(long id, long feeCents, long insurerShareCents, long copayCents,
                              boolean invoicedBefore) {
    }

    /** An amount of the ledger (two decimals) in cents. */
    private static long cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** An invoice batch as the ledger keeps it. */
    public record BatchRecord(long id, long runId, String insurerId, YearMonth serviceMonth, String format,
                              String channel, String destination, String fileName, BatchStatus status, int lineCount,
                              BigDecimal totalFee, BigDecimal totalInsurerShare, BigDecimal totalCopay, int attempts,
                              Instant createdAt, Instant deliveredAt) {
    }
}
