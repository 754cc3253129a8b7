package be.psygate.reconciliation;

import be.psygate.money.account.Entry;
import org.springframework.dao.DuplicateKeyException;
import be.psygate.ledger.SqlArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The insurers' answers as the ledger keeps them, and what they changed for each session. */
@Repository
public class ReturnLedger {

    private final JdbcTemplate jdbc;
    /** Whether the ledger is on PostgreSQL, which updates a settlement's sessions in one statement; read once. */
    private volatile Boolean postgres;

    public ReturnLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            p = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) con ->
                    con.getMetaData().getDatabaseProductName().startsWith("PostgreSQL"));
            postgres = p;
        }
        return p;
    }

    /** Records an answer file; empty when the same insurer sent these very bytes before. */
    public Optional<Long> insertReturn(String insurerId, Long batchId, String kind, String insurerReference,
                                       String fileName, String sha256, String status, int lines) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("insert into insurer_return (insurer_id, batch_id, kind, "
                        + "insurer_reference, file_name, sha256, status, lines, matched, unknown_references, "
                        + "received_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)", new String[]{"id"});
                ps.setString(1, insurerId);
                ps.setObject(2, batchId);
                ps.setString(3, kind);
                ps.setString(4, insurerReference);
                ps.setString(5, fileName);
                ps.setString(6, sha256);
                ps.setString(7, status);
                ps.setInt(8, lines);
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                return ps;
            }, key);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public void finishReturn(long returnId, int matched, int unknown) {
        jdbc.update("update insurer_return set matched = ?, unknown_references = ? where id = ?", matched, unknown,
                returnId);
    }

    /** The sessions of a batch with what reconciliation needs of them. */
    public Map<Long, BatchSession> sessionsOfBatch(long batchId) {
        Map<Long, BatchSession> out = new HashMap<>();
        jdbc.query("select l.id, l.line_ref, l.practice_inami, l.insurer_share, f.received_at from session_line l "
                        + "join received_file f on f.id = l.file_id where l.invoice_batch_id = ?",
                rs -> {
                    out.put(rs.getLong(1), new BatchSession(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getTimestamp(5).toInstant()));
                }, batchId);
        return out;
    }

    /** What insurers said before of these sessions, oldest first: the history an account is rebuilt from. */
    public Map<Long, List<SessionEvent>> historyOf(Collection<Long> sessionIds) {
        Map<Long, List<SessionEvent>> out = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return out;
        }
        // the ids as one array parameter: one statement, planned once, whatever the batch's size
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select session_id, outcome, amount, error_code, recorded_on "
                    + "from return_line where session_id = any(?) and outcome in ('PAID', 'REFUSED', 'REOPENED') "
                    + "order by id");
            ps.setArray(1, SqlArrays.bigints(con, sessionIds));
            return ps;
        }, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SessionEvent(rs.getString(2),
                    rs.getBigDecimal(3), rs.getString(4), rs.getDate(5).toLocalDate()));
        });
        return out;
    }

    /** Writes gathered while an answer is applied, sent to the database in (at most) three batches. */
    public Writes writes() {
        return new Writes();
    }

    /**
     * The lines, entries and session states of one settlement, kept in order and written by {@link #flush} in one
     * batch each, instead of three statements a line.
     */
    public final class Writes {

        private final List<Object[]> lines = new ArrayList<>();
        private final List<Object[]> sessions = new ArrayList<>();
        private final List<Object[]> entries = new ArrayList<>();

        public void line(long returnId, Long sessionId, String lineRef, String outcome, BigDecimal amount,
                         String errorCode, String errorText, String paymentRef, LocalDate recordedOn) {
            lines.add(new Object[] {returnId, sessionId, lineRef, outcome, amount, errorCode,
                    errorText == null ? null : errorText.substring(0, Math.min(500, errorText.length())), paymentRef,
                    Date.valueOf(recordedOn)});
        }

        public void session(long sessionId, String state, BigDecimal paid, String error, String paymentRef) {
            sessions.add(new Object[] {state, paid, error, paymentRef, sessionId});
        }

        public void entries(String practiceInami, List<Entry> owed, String paymentRef, boolean confirmed) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Entry e : owed) {
                entries.add(new Object[] {practiceInami, e.sessionId(), e.number(), e.kind().name(), e.amount(),
                        Date.valueOf(e.due()), paymentRef, confirmed, now});
            }
        }

        private void updateSessionsAtOnce() {
            updateSessions(sessions);
        }

        public void flush() {
            if (!lines.isEmpty()) {
                jdbc.batchUpdate("insert into return_line (return_id, session_id, line_ref, outcome, amount, "
                        + "error_code, error_text, payment_ref, recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
            }
            if (!entries.isEmpty()) {
                jdbc.batchUpdate("insert into practice_entry (practice_inami, session_id, number, kind, amount, "
                        + "due_date, payment_ref, confirmed, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
            }
            if (!sessions.isEmpty()) {
                if (postgres()) {
                    updateSessionsAtOnce();
                } else {
                    jdbc.batchUpdate("update session_line set insurer_state = ?, insurer_paid = ?, "
                            + "insurer_error = ?, payment_ref = coalesce(?, payment_ref) where id = ?", sessions);
                }
            }
            lines.clear();
            entries.clear();
            sessions.clear();
        }
    }

    /**
     * The sessions' new states of one settlement in one statement on PostgreSQL (instead of one update a session),
     * the values given as one array per column ({@code unnest}); a session written twice takes its last state, as
     * with one update after the other.
     */
    private void updateSessions(List<Object[]> sessions) {
        Map<Long, Object[]> last = new java.util.LinkedHashMap<>();
        for (Object[] s : sessions) {
            last.put((Long) s[4], s);
        }
        int n = last.size();
        Object[] ids = new Object[n];
        Object[] states = new Object[n];
        Object[] paid = new Object[n];
        Object[] errors = new Object[n];
        Object[] refs = new Object[n];
        int i = 0;
        for (Object[] s : last.values()) {
            states[i] = s[0];
            paid[i] = s[1];
            errors[i] = s[2];
            refs[i] = s[3];
            ids[i] = s[4];
            i++;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("update session_line s set insurer_state = v.state, "
                    + "insurer_paid = v.paid, insurer_error = v.error, payment_ref = coalesce(v.ref, s.payment_ref) "
                    + "from unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::varchar[], ?::varchar[]) "
                    + "as v(id, state, paid, error, ref) where s.id = v.id");
            ps.setArray(1, con.createArrayOf("bigint", ids));
            ps.setArray(2, con.createArrayOf("varchar", states));
            ps.setArray(3, con.createArrayOf("numeric", paid));
            ps.setArray(4, con.createArrayOf("varchar", errors));
            ps.setArray(5, con.createArrayOf("varchar", refs));
            return ps;
        });
    }

    /** A refused batch: its sessions go back to be invoiced again. */
    public void reopenBatch(long batchId, String insurerState) {
        jdbc.update("update session_line set insurer_state = 'REOPENED', invoice_batch_id = null "
                + "where invoice_batch_id = ?", batchId);
        jdbc.update("update invoice_batch set insurer_state = ? where id = ?", insurerState, batchId);
    }

    public void setBatchState(long batchId, String insurerState) {
        jdbc.update("update invoice_batch set insurer_state = ? where id = ?", insurerState, batchId);
    }

    /** The bank shows an insurer's payment: the tranches waiting for it are released. */
    public int confirmPaymentReference(String paymentRef) {
        return jdbc.update("update practice_entry set confirmed = true where payment_ref = ? and confirmed = false",
                paymentRef);
    }

    /** The latest answers received from the insurers, newest first. */
    public List<ReturnRecord> latestReturns(int limit) {
        return jdbc.query("select id, insurer_id, batch_id, kind, insurer_reference, file_name, status, lines, matched, "
                        + "unknown_references, received_at from insurer_return order by id desc limit ?",
                (rs, n) -> new ReturnRecord(rs.getLong("id"), rs.getString("insurer_id"),
                        rs.getObject("batch_id") == null ? null : rs.getLong("batch_id"), rs.getString("kind"),
                        rs.getString("insurer_reference"), rs.getString("file_name"), rs.getString("status"),
                        rs.getInt("lines"), rs.getInt("matched"), rs.getInt("unknown_references"),
                        rs.getTimestamp("received_at").toInstant()),
                limit);
    }

    /**
     * The latest lines of the answers with this outcome ({@code UNKNOWN_REFERENCE}: matched no session;
     * {@code REFUSED}), newest first: their reference and the insurer's code, not its free text.
     */
    public List<ReturnLineRecord> latestLines(String outcome, int limit) {
        return jdbc.query("select l.id, l.return_id, r.insurer_id, l.line_ref, l.outcome, l.recorded_on, l.amount, "
                        + "l.error_code from return_line l join insurer_return r on r.id = l.return_id "
                        + "where l.outcome = ? order by l.id desc limit ?",
                (rs, n) -> new ReturnLineRecord(rs.getLong("id"), rs.getLong("return_id"), rs.getString("insurer_id"),
                        rs.getString("line_ref"), rs.getString("outcome"), rs.getDate("recorded_on").toLocalDate(),
                        rs.getBigDecimal("amount"), rs.getString("error_code")),
                outcome, limit);
    }

    /** An answer file or message of an insurer as the ledger keeps it. */
    public record ReturnRecord(long id, String insurerId, Long batchId, String kind, String insurerReference,
                               String fileName, String status, int lines, int matched, int unknownReferences,
                               Instant receivedAt) {
    }

    /** One line of an insurer's answer. */
    public record ReturnLineRecord(long id, long returnId, String insurerId, String lineRef, String outcome,
                                   LocalDate recordedOn, BigDecimal amount, String errorCode) {
    }

    /** A session of a batch as reconciliation sees it. */
    public record BatchSession(long id, String lineRef, String practiceInami, BigDecimal insurerShare,
                               Instant listReceived) {
    }

    /** One earlier word of an insurer on a session. */
    public record SessionEvent(String outcome, BigDecimal amount, String errorCode, LocalDate recordedOn) {
    }
}
