package be.psygate.reconciliation;

import be.psygate.billing.returns.ReturnKind;
import be.psygate.ledger.SqlArrays;
import org.springframework.dao.DuplicateKeyException;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/** The insurers' answers as the ledger keeps them, and what they changed for each session. */
@Repository
public class ReturnLedger {

    /** The columns of {@code return_line} a line of an answer fills, in the order of {@link #insertLines}'s inserts. */
    private static final List<LineColumn> LINE_COLUMNS = List.of(
            new LineColumn("return_id", "bigint", NewReturnLine::returnId),
            new LineColumn("session_id", "bigint", NewReturnLine::sessionId),
            new LineColumn("line_ref", "varchar", NewReturnLine::lineRef),
            new LineColumn("outcome", "varchar", l -> l.outcome().name()),
            new LineColumn("amount", "numeric", NewReturnLine::amount),
            new LineColumn("error_code", "varchar", NewReturnLine::errorCode),
            new LineColumn("error_text", "varchar", NewReturnLine::errorText),
            new LineColumn("payment_ref", "varchar", NewReturnLine::paymentRef),
            new LineColumn("recorded_on", "date", l -> Date.valueOf(l.recordedOn())));
    /** Inserts one line (H2, in a batch). */
    private static final String INSERT_LINE = "insert into return_line (" + LineColumn.joined(LineColumn::name)
            + ") values (" + LineColumn.joined(c -> "?") + ")";
    /** Inserts all the lines, one array a column, in their order (PostgreSQL); the ids follow that order. */
    private static final String INSERT_LINES = "insert into return_line (" + LineColumn.joined(LineColumn::name)
            + ") select " + LineColumn.joined(c -> "v." + c.name())
            + " from unnest(" + LineColumn.joined(c -> "?::" + c.sqlType() + "[]") + ") with ordinality"
            + " as v(" + LineColumn.joined(LineColumn::name) + ", ord) order by v.ord";

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
    public Optional<Long> insertReturn(String insurerId, Long batchId, ReturnKind kind, String insurerReference,
                                       String fileName, String sha256, ReturnStatus status, int lines) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("insert into insurer_return (insurer_id, batch_id, kind, "
                        + "insurer_reference, file_name, sha256, status, lines, matched, unknown_references, "
                        + "received_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)", new String[]{"id"});
                ps.setString(1, insurerId);
                ps.setObject(2, batchId);
                ps.setString(3, kind.name());
                ps.setString(4, insurerReference);
                ps.setString(5, fileName);
                ps.setString(6, sha256);
                ps.setString(7, status.name());
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
        jdbc.query("select l.id, l.line_ref, l.practice_inami, l.insurer_share, f.received_at from session_account a "
                        + "join session_line l on l.id = a.session_id join received_file f on f.id = l.file_id "
                        + "where a.invoice_batch_id = ?",
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

    /**
     * Records the lines of an answer, in their order: on PostgreSQL one statement for them all (one array a
     * column), else one batch.
     */
    public void insertLines(List<NewReturnLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (!postgres()) {
            jdbc.batchUpdate(INSERT_LINE, lines, 1000, (ps, l) -> {
                for (int c = 0; c < LINE_COLUMNS.size(); c++) {
                    ps.setObject(c + 1, LINE_COLUMNS.get(c).of().apply(l));
                }
            });
            return;
        }
        // ids given in the answer's order (with ordinality), as the batch gave them
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT_LINES);
            for (int c = 0; c < LINE_COLUMNS.size(); c++) {
                LineColumn column = LINE_COLUMNS.get(c);
                ps.setArray(c + 1, con.createArrayOf(column.sqlType(), lines.stream().map(column.of()).toArray()));
            }
            return ps;
        });
    }

    /** A column: its name, its SQL type (for PostgreSQL's array of the whole column) and its value for one line. */
    private record LineColumn(String name, String sqlType, Function<NewReturnLine, Object> of) {

        /** What {@code part} says of each column, in order, separated by commas. */
        static String joined(Function<LineColumn, String> part) {
            return LINE_COLUMNS.stream().map(part).collect(Collectors.joining(", "));
        }
    }

    /** The latest answers received from the insurers, newest first. */
    public List<ReturnRecord> latestReturns(int limit) {
        return jdbc.query("select id, insurer_id, batch_id, kind, insurer_reference, file_name, status, lines, matched, "
                        + "unknown_references, received_at from insurer_return order by id desc limit ?",
                (rs, n) -> new ReturnRecord(rs.getLong("id"), rs.getString("insurer_id"),
                        rs.getObject("batch_id") == null ? null : rs.getLong("batch_id"),
                        ReturnKind.valueOf(rs.getString("kind")), rs.getString("insurer_reference"),
                        rs.getString("file_name"), ReturnStatus.valueOf(rs.getString("status")),
                        rs.getInt("lines"), rs.getInt("matched"), rs.getInt("unknown_references"),
                        rs.getTimestamp("received_at").toInstant()),
                limit);
    }

    /**
     * The latest lines of the answers with this outcome ({@code UNKNOWN_REFERENCE}: matched no session;
     * {@code REFUSED}), newest first: their reference and the insurer's code, not its free text.
     */
    public List<ReturnLineRecord> latestLines(ReturnLineOutcome outcome, int limit) {
        return jdbc.query("select l.id, l.return_id, r.insurer_id, l.line_ref, l.outcome, l.recorded_on, l.amount, "
                        + "l.error_code from return_line l join insurer_return r on r.id = l.return_id "
                        + "where l.outcome = ? order by l.id desc limit ?",
                (rs, n) -> new ReturnLineRecord(rs.getLong("id"), rs.getLong("return_id"), rs.getString("insurer_id"),
                        rs.getString("line_ref"), ReturnLineOutcome.valueOf(rs.getString("outcome")),
                        rs.getDate("recorded_on").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("error_code")),
                outcome.name(), limit);
    }

    /** An answer file or message of an insurer as the ledger keeps it. */
    public record ReturnRecord(long id, String insurerId, Long batchId, ReturnKind kind, String insurerReference,
                               String fileName, ReturnStatus status, int lines, int matched, int unknownReferences,
                               Instant receivedAt) {
    }

    /** One line of an insurer's answer. */
    public record ReturnLineRecord(long id, long returnId, String insurerId, String lineRef, ReturnLineOutcome outcome,
                                   LocalDate recordedOn, BigDecimal amount, String errorCode) {
    }

    /** A session of a batch as reconciliation sees it. */
    public record BatchSession(long id, String lineRef, String practiceInami, BigDecimal insurerShare,
                               Instant listReceived) {
    }

    /**
     * One line of an answer as the ledger records it.
     *
     * @param sessionId null when the line matched no session
     * @param errorText the insurer's text, cut to the column's 500 characters
     */
    public record NewReturnLine(long returnId, Long sessionId, String lineRef, ReturnLineOutcome outcome,
                                BigDecimal amount, String errorCode, String errorText, String paymentRef,
                                LocalDate recordedOn) {
        public NewReturnLine {
            errorText = errorText == null ? null : errorText.substring(0, Math.min(500, errorText.length()));
        }
    }

    /** One earlier word of an insurer on a session. */
    public record SessionEvent(String outcome, BigDecimal amount, String errorCode, LocalDate recordedOn) {
    }
}
