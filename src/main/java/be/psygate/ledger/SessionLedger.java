package be.psygate.ledger;

import be.psygate.rules.DeclaredSession;
import be.psygate.rules.Verdict;
import be.psygate.tariff.Price;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The session lines of billable lists, written in batches and read back in line order. */
@Repository
public class SessionLedger {

    /** Separates the arguments of a reason in one column; it cannot occur in a CSV or XML field. */
    private static final String ARG_SEPARATOR = "\u001F";

    private static final String INSERT = "insert into session_line (file_id, line_number, practice_inami, line_ref, "
            + "accepted_ref, psychologist_inami, patient_niss, insurer_code, preferential, session_date_text, pseudocode, "
            + "group_participants, referral_date_text, prescriber_inami, status, reason_code, reason_args, session_date, "
            + "fee, insurer_share, copay, tranche1) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public SessionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Which of these references this practice already used for an accepted session. One round trip. */
    public Set<String> acceptedRefsAmong(String practiceInami, Collection<String> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(
                "select accepted_ref from session_line where practice_inami = :practice and accepted_ref in (:refs)",
                new MapSqlParameterSource("practice", practiceInami).addValue("refs", refs), String.class));
    }

    /** Stores a chunk of judged lines in one batch. */
    public void insert(long fileId, String practiceInami, List<Verdict> verdicts) {
        jdbc.batchUpdate(INSERT, verdicts, verdicts.size(), (ps, v) -> bind(ps, fileId, practiceInami, v));
    }

    private static void bind(PreparedStatement ps, long fileId, String practiceInami, Verdict v) throws SQLException {
        DeclaredSession d = v.line();
        ps.setLong(1, fileId);
        ps.setLong(2, d.lineNumber());
        ps.setString(3, practiceInami);
        ps.setString(4, cut(d.lineRef()));
        ps.setString(5, v.accepted() ? v.session().lineRef().value() : null);
        ps.setString(6, cut(d.psychologistInami()));
        ps.setString(7, cut(d.patientNiss()));
        ps.setString(8, cut(d.insurerCode()));
        ps.setString(9, cut(d.preferentialRegime()));
        ps.setString(10, cut(d.sessionDate()));
        ps.setString(11, cut(d.pseudocode()));
        ps.setString(12, cut(d.groupParticipants()));
        ps.setString(13, cut(d.referralDate()));
        ps.setString(14, cut(d.prescriberInami()));
        ps.setString(15, v.accepted() ? "ACCEPTED" : "REJECTED");
        ps.setString(16, v.accepted() ? null : v.reason().name());
        ps.setString(17, v.accepted() || v.args().isEmpty() ? null : String.join(ARG_SEPARATOR, v.args()));
        if (v.accepted()) {
            ps.setDate(18, Date.valueOf(v.session().sessionDate()));
            ps.setBigDecimal(19, v.price().fee());
            ps.setBigDecimal(20, v.price().insurerShare());
            ps.setBigDecimal(21, v.price().copay());
            ps.setBigDecimal(22, v.price().tranche1());
        } else {
            ps.setNull(18, Types.DATE);
            for (int i = 19; i <= 22; i++) {
                ps.setNull(i, Types.NUMERIC);
            }
        }
    }

    private static String cut(String raw) {
        return raw == null || raw.length() <= 200 ? raw : raw.substring(0, 200);
    }

    /** Streams the outcome of every line of a file, in line order. */
    public void forEachOutcome(long fileId, Consumer<LineOutcome> sink) {
        jdbc.query("select line_number, line_ref, status, reason_code, reason_args, fee, insurer_share, copay, tranche1 "
                        + "from session_line where file_id = ? order by line_number",
                rs -> {
                    String args = rs.getString("reason_args");
                    sink.accept(new LineOutcome(rs.getLong("line_number"), rs.getString("line_ref"),
                            "ACCEPTED".equals(rs.getString("status")), rs.getString("reason_code"),
                            args == null ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1)),
                            rs.getBigDecimal("fee"), rs.getBigDecimal("insurer_share"), rs.getBigDecimal("copay"),
                            rs.getBigDecimal("tranche1")));
                }, fileId);
    }

    /**
     * Every line a practice sent under a reference, oldest first: a rejected line and the corrected line that was
     * accepted later both show. The NISS is not part of the view.
     */
    public List<SessionView> findByRef(String practiceInami, String lineRef) {
        return jdbc.query("select l.id, l.file_id, f.file_name, f.mode, l.line_number, l.line_ref, l.status, "
                        + "l.reason_code, l.session_date_text, l.pseudocode, l.insurer_code, l.fee, l.insurer_share, "
                        + "l.copay, l.tranche1, f.received_at from session_line l join received_file f on f.id = l.file_id "
                        + "where l.practice_inami = ? and l.line_ref = ? order by l.id",
                (rs, n) -> new SessionView(rs.getLong("id"), rs.getLong("file_id"), rs.getString("file_name"),
                        rs.getLong("line_number"), rs.getString("line_ref"), rs.getString("status"),
                        rs.getString("reason_code"), rs.getString("session_date_text"), rs.getString("pseudocode"),
                        rs.getString("insurer_code"), rs.getBigDecimal("fee"), rs.getBigDecimal("insurer_share"),
                        rs.getBigDecimal("copay"), rs.getBigDecimal("tranche1"),
                        rs.getTimestamp("received_at").toInstant()),
                practiceInami, lineRef);
    }

    /** Converts a judged line to what the practice is answered. */
    public static LineOutcome outcomeOf(Verdict v) {
        if (v.accepted()) {
            Price p = v.price();
            return new LineOutcome(v.line().lineNumber(), v.line().lineRef(), true, null, List.of(),
                    p.fee(), p.insurerShare(), p.copay(), p.tranche1());
        }
        return new LineOutcome(v.line().lineNumber(), v.line().lineRef(), false, v.reason().name(), v.args(),
                null, null, null, null);
    }
}
