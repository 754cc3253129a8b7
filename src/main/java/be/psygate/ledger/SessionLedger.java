package be.psygate.ledger;

import be.psygate.rules.DeclaredSession;
import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.money.premium.PremiumCalculator;
import be.psygate.money.premium.PremiumSession;
import be.psygate.rules.SessionKey;
import be.psygate.rules.ValidSession;
import be.psygate.rules.Verdict;
import be.psygate.tariff.Care;
import be.psygate.tariff.Price;
import be.psygate.tariff.ServiceKind;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The session lines of billable lists, written in batches and read back in line order. */
@Repository
public class SessionLedger {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLedger.class);

    /** The psychologist of a network's own row in {@code quota_count}. */
    private static final String NETWORK_ROW = "-";

    /** Separates the arguments of a reason in one column; it cannot occur in a CSV or XML field. */
    private static final String ARG_SEPARATOR = "\u001F";

    /** The columns a stored line fills, in the order of {@link #row} and {@link #TYPES}. */
    private static final String COLUMNS = "file_id, line_number, practice_inami, line_ref, accepted_ref, "
            + "psychologist_inami, patient_niss, insurer_code, preferential, session_date_text, pseudocode, "
            + "group_participants, referral_date_text, prescriber_inami, status, reason_code, reason_args, session_date, "
            + "fee, insurer_share, copay, tranche1, network_id, care, service_kind, referral_date";
    /** The SQL type of each of {@link #COLUMNS}, for its null. */
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.NUMERIC,
            Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE};
    private static final String INSERT = "insert into session_line (" + COLUMNS + ") values ("
            + "?, ".repeat(TYPES.length - 1) + "?)";
    /** PostgreSQL: the rows as CSV, every text quoted, a null an empty field unquoted. */
    private static final String COPY = "copy session_line (" + COLUMNS + ") from stdin with (format csv)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    /** H2: the values of one {@code in} list ({@link #inLists}). */
    static final int IN_LIST = 128;

    /** Rows fetched at a time when a file's lines are read back: a list of a million lines is never held whole. */
    private static final int FETCH_SIZE = 1000;

    private final boolean postgres;

    /**
     * H2: where each patient's accepted sessions lie, kept here in place of an index of the database (V28), read whole
     * from the ledger at its first use; null on PostgreSQL, whose patient index is written in place. Complete because
     * this ledger writes every line ({@link #store}): a tool that writes {@code session_line} by other means tells it
     * ({@link #reloadPatientDirectory}).
     */
    private final PatientDirectory directory;
    /** H2: the references each practice had accepted, read and added to with {@link #directory}; null on PostgreSQL. */
    private final AcceptedRefs acceptedRefs;
    /** Whether {@link #directory} and {@link #acceptedRefs} hold the ledger; guarded by the directory. */
    private boolean directoryLoaded;

    public SessionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = LedgerSql.isPostgres(jdbc);
        this.directory = postgres ? null : new PatientDirectory();
        this.acceptedRefs = postgres ? null : new AcceptedRefs();
        if (!postgres) {
            String url = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getURL());
            if (sharedH2(url)) {
                throw new IllegalStateException("H2 reached by other processes (" + url.replaceAll(";.*", "")
                        + "): on H2 the session ledger keeps where each patient's sessions lie in this process, so "
                        + "one gateway alone may write its database. Use PostgreSQL to run several instances");
            }
        }
    }

    /** Whether an H2 URL lets other processes write the same database (its server, or its automatic server). */
    static boolean sharedH2(String url) {
        String u = url == null ? "" : url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:") || u.contains(";auto_server=true");
    }

    /** Which of these references this practice already used for an accepted session. One round trip. */
    public Set<String> acceptedRefsAmong(String practiceInami, Collection<String> refs) {
        if (refs.isEmpty()) {
            return Set.of();
        }
        Set<String> used = new HashSet<>();
        if (postgres) {
            // one array parameter, on the unique index (practice, reference). Planned anew for each chunk, with its
            // values and the table as it is (never a server-side prepared statement): a plan made once, while the
            // table was empty, keeps the reference out of the index's condition and scans the practice's whole
            // history for each chunk, which grows with the list (a list of a million lines would never end)
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement("select accepted_ref from session_line "
                        + "where practice_inami = ? and accepted_ref = any(?)");
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
                ps.setString(1, practiceInami);
                ps.setArray(2, con.createArrayOf("varchar", refs.toArray()));
                return ps;
            }, rs -> {
                used.add(rs.getString(1));
            });
            return used;
        }
        // those the filter of accepted references may hold (none, for a list of new references), as (practice,
        // reference) pairs, which H2 looks up one by one on the unique index; with the practice and an "in" list of
        // references instead, H2 scans the practice's whole history for each chunk
        patientDirectory();
        List<String> maybe = new ArrayList<>();
        for (String ref : refs) {
            if (acceptedRefs.mayHold(practiceInami, ref)) {
                maybe.add(ref);
            }
        }
        for (List<String> part : inLists(maybe)) {
            List<Object[]> pairs = new ArrayList<>(part.size());
            part.forEach(ref -> pairs.add(new Object[]{practiceInami, ref}));
            named.query("select accepted_ref from session_line where (practice_inami, accepted_ref) in (:pairs)",
                    new MapSqlParameterSource("pairs", pairs), rs -> {
                        used.add(rs.getString(1));
                    });
        }
        return used;
    }

    /** Stores a chunk of judged lines of a practice of {@code networkId} in one batch. */
    public void insert(long fileId, String practiceInami, String networkId, List<Verdict> verdicts) {
        List<Object[]> rows = new ArrayList<>(verdicts.size());
        verdicts.forEach(v -> rows.add(row(fileId, practiceInami, networkId, v)));
        store(rows);
    }

    /**
     * Stores a list judged whole (its quotas allocated) in one batch: a line a quota refused is stored rejected, with
     * its session's date and care kept, as {@link #reject} leaves it.
     *
     * @return its accepted sessions, as {@link #acceptedSessionsOf} would read them once this commits
     */
    public List<PatientSessions.Row> insertJudged(long fileId, String practiceInami, String networkId,
                                                  List<JudgedLine> lines) {
        List<Object[]> rows = new ArrayList<>(lines.size());
        List<PatientSessions.Row> accepted = new ArrayList<>(lines.size());
        for (JudgedLine line : lines) {
            Object[] row = row(fileId, practiceInami, networkId, line.verdict());
            if (!line.quota().isAccepted()) {
                row[4] = null;
                row[14] = "REJECTED";
                row[15] = line.quota().reason().name();
                row[16] = joinArgs(line.quota().args());
                Arrays.fill(row, 18, 22, null);
            }
            if ("ACCEPTED".equals(row[14])) {
                accepted.add(patientSession(fileId, row));
            }
            rows.add(row);
        }
        store(rows);
        return accepted;
    }

    /** An accepted row as {@link #acceptedSessionsOf} reads it back (the columns of {@link #PATIENT_SESSIONS}). */
    private static PatientSessions.Row patientSession(long fileId, Object[] row) {
        return new PatientSessions.Row((String) row[6], (LocalDate) row[17], (String) row[10],
                (String) row[3], fileId, (String) row[5], (String) row[23], (String) row[24],
                (LocalDate) row[25], (String) row[13], (String) row[22]);
    }

    /**
     * Writes the rows in one statement: on PostgreSQL a {@code COPY} from the rows as CSV (one round trip, and the
     * server parses no statement a row), on H2 a batch of inserts.
     */
    private void store(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!postgres) {
            // read before the first line this ledger writes: the lines it reads are then every line committed
            // before, and every later one is added here
            patientDirectory();
            jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, TYPES[i]);
                    } else {
                        ps.setObject(i + 1, row[i]);
                    }
                }
            });
        } else {
            StringBuilder csv = new StringBuilder(rows.size() * 256);
            rows.forEach(row -> csvLine(csv, row));
            jdbc.execute((ConnectionCallback<Long>) con -> {
                try {
                    return con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (directory != null) {
            // in the lines' transaction, before its commit: a reader fetches the rows, which the database shows it
            // once committed, and never if rolled back
            for (Object[] row : rows) {
                if ("ACCEPTED".equals(row[14])) {
                    long patient = patientNumber((String) row[6]);
                    if (patient >= 0) {
                        directory.add(patient, (Long) row[0], Math.toIntExact(((Number) row[1]).longValue()));
                    }
                    if (row[4] != null) {
                        acceptedRefs.add((String) row[2], (String) row[4]);
                    }
                }
            }
        }
        if (rows.stream().anyMatch(SessionLedger::acceptedInPremiumPeriod)) {
            notePremiumSessions((Long) rows.get(0)[0]);
        }
    }

    /**
     * H2: the directory of the patients' sessions, read from the ledger at its first use (every accepted line, in
     * one pass over the table), and again after {@link #reloadPatientDirectory}: what it held stays (the places of a
     * list not yet committed among them), what the table holds is added.
     */
    private PatientDirectory patientDirectory() {
        synchronized (directory) {
            if (!directoryLoaded) {
                long start = System.nanoTime();
                jdbc.query("select patient_niss, file_id, line_number, practice_inami, accepted_ref from session_line "
                        + "where status = 'ACCEPTED'", rs -> {
                            long patient = patientNumber(rs.getString(1));
                            if (patient >= 0) {
                                directory.add(patient, rs.getLong(2), Math.toIntExact(rs.getLong(3)));
                            }
                            String ref = rs.getString(5);
                            if (ref != null) {
                                acceptedRefs.add(rs.getString(4), ref);
                            }
                        });
                directoryLoaded = true;
                LOG.info("The ledger's patients and references read: {} accepted sessions of {} patients in {} ms",
                        directory.places(), directory.patients(), (System.nanoTime() - start) / 1_000_000);
            }
            return directory;
        }
    }

    /**
     * Reads the patients' sessions from the ledger again, now (H2), adding what it finds to what is kept: for a tool
     * that wrote {@code session_line} without this ledger (a bulk load, the benchmark's seeded sessions), safe while
     * lists are taken in (they wait for it). Not needed on PostgreSQL, whose index is the database's.
     */
    public void reloadPatientDirectory() {
        if (directory != null) {
            synchronized (directory) {
                directoryLoaded = false;
                patientDirectory();
            }
        }
    }

    /**
     * An accepted line's patient as a number: the eleven digits the intake checked ({@code Niss.parse}); -1 for a
     * text of any other shape, which no accepted line holds.
     */
    private static long patientNumber(String patient) {
        if (patient == null || patient.length() != 11) {
            return -1;
        }
        for (int i = 0; i < 11; i++) {
            char c = patient.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(patient);
    }

    /** Whether a row is an accepted session of the practice premium's reference period. */
    private static boolean acceptedInPremiumPeriod(Object[] row) {
        if (!"ACCEPTED".equals(row[14]) || !(row[17] instanceof LocalDate day)) {
            return false;
        }
        return !day.isBefore(PremiumCalculator.PERIOD_START) && !day.isAfter(PremiumCalculator.PERIOD_END);
    }

    /** Notes the accepted sessions of the premium's period a file has, those not noted yet ({@code premium_session}). */
    private void notePremiumSessions(long fileId) {
        jdbc.update("insert into premium_session (session_id) select l.id from session_line l where l.file_id = ? "
                        + "and l.status = 'ACCEPTED' and l.session_date between ? and ? "
                        + "and not exists (select 1 from premium_session p where p.session_id = l.id)", fileId,
                Date.valueOf(PremiumCalculator.PERIOD_START), Date.valueOf(PremiumCalculator.PERIOD_END));
    }

    /**
     * A row as a line of PostgreSQL's CSV: a text between double quotes (one inside doubled), so that an empty text
     * stays empty and a separator, a quote or a backslash a practice wrote is stored as written; a null an empty
     * field; a number, a date as they print.
     */
    static void csvLine(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = row[i];
            if (value instanceof String text) {
                out.append('"');
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    if (ch == '"') {
                        out.append('"');
                    }
                    out.append(ch);
                }
                out.append('"');
            } else if (value instanceof BigDecimal amount) {
                out.append(amount.toPlainString());
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }

    /** The values of a reason as one column holds them; null when there are none. */
    static String joinArgs(List<String> args) {
        return args.isEmpty() ? null : String.join(ARG_SEPARATOR, args);
    }

    /** The values of a reason from their column. */
    static String[] splitArgs(String stored) {
        return stored.split(ARG_SEPARATOR, -1);
    }

    /** A judged line as its row, in the order of {@link #COLUMNS}; null for a column left empty. */
    private static Object[] row(long fileId, String practiceInami, String networkId, Verdict v) {
        DeclaredSession d = v.line();
        boolean accepted = v.accepted();
        ValidSession s = accepted ? v.session() : null;
        Price price = accepted ? v.price() : null;
        return new Object[] {
            fileId, d.lineNumber(), practiceInami, cut(d.lineRef()), accepted ? s.lineRef().value() : null,
            cut(d.psychologistInami()), cut(d.patientNiss()), cut(d.insurerCode()), cut(d.preferentialRegime()),
            cut(d.sessionDate()), cut(d.pseudocode()), cut(d.groupParticipants()), cut(d.referralDate()),
            cut(d.prescriberInami()), accepted ? "ACCEPTED" : "REJECTED", accepted ? null : v.reason().name(),
            accepted ? null : joinArgs(v.args()), accepted ? s.sessionDate() : null,
            accepted ? price.fee() : null, accepted ? price.insurerShare() : null, accepted ? price.copay() : null,
            accepted ? price.tranche1() : null, networkId, accepted ? s.care().name() : null,
            accepted ? s.kind().name() : null,
            accepted ? s.referralDate() : null
        };
    }

    /**
     * The sessions of other files that these sessions of {@code psychologist} repeat (same patient, date and
     * pseudocode), by their key, with the reference they were accepted under.
     */
    public Map<SessionKey, String> acceptedElsewhere(long fileId, Inami psychologist, Collection<SessionKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> patients = new HashSet<>();
        keys.forEach(k -> patients.add(k.patient().value()));
        Set<SessionKey> wanted = new HashSet<>(keys);
        Map<SessionKey, String> found = new HashMap<>();
        // selected by patient alone (PostgreSQL's patient index, H2's places of the patient), then filtered here: a
        // condition on the psychologist or the file would let the planner scan the psychologist's whole history
        byPatients("select patient_niss, session_date, pseudocode, line_ref, status, file_id, psychologist_inami "
                        + "from session_line where ", patients,
                rs -> {
                    if (!"ACCEPTED".equals(rs.getString(5)) || rs.getLong(6) == fileId
                            || !psychologist.value().equals(rs.getString(7))) {
                        return;
                    }
                    SessionKey key = new SessionKey(psychologist, Niss.parse(rs.getString(1)),
                            rs.getObject(2, LocalDate.class), Pseudocode.parse(rs.getString(3)));
                    if (wanted.contains(key)) {
                        found.putIfAbsent(key, rs.getString(4));
                    }
                });
        return found;
    }

    /**
     * The accepted sessions of these patients, in every network and file, looked up by patient: what a
     * list held whole is checked against and counted from ({@link PatientSessions}).
     */
    public PatientSessions acceptedSessionsOf(Collection<String> patients) {
        List<PatientSessions.Row> rows = new ArrayList<>();
        if (!patients.isEmpty()) {
            byPatients(PATIENT_SESSIONS + "where " + FreshRead.CONDITION + " and ", patients, rs -> addAccepted(rs, rows, null));
        }
        return new PatientSessions(patients, rows);
    }

    /**
     * The accepted sessions of these files of the patients {@code of} holds, read a file at a time on the file index,
     * the other patients' dropped as they are read (a list may hold a million lines): what the lists judged since the
     * intake last read its patients add to them ({@code EarlierSessions}).
     */
    public List<PatientSessions.Row> acceptedSessionsIn(Collection<Long> fileIds, Set<String> of) {
        List<PatientSessions.Row> rows = new ArrayList<>();
        for (long fileId : fileIds) {
            jdbc.query(PATIENT_SESSIONS + "where " + FreshRead.CONDITION + " and file_id = ?", rs -> {
                addAccepted(rs, rows, of);
            }, fileId);
        }
        return rows;
    }

    private static final String PATIENT_SESSIONS = "select patient_niss, session_date, pseudocode, line_ref, file_id, "
            + "psychologist_inami, care, service_kind, referral_date, prescriber_inami, network_id, status "
            + "from session_line ";

    private static void addAccepted(ResultSet rs, List<PatientSessions.Row> rows, Set<String> patients)
            throws SQLException {
        if ("ACCEPTED".equals(rs.getString(12)) && (patients == null || patients.contains(rs.getString(1)))) {
            rows.add(new PatientSessions.Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11)));
        }
    }

    /**
     * Streams the accepted lines of a file in the order the convention's quotas count them (session date, then
     * line number), a chunk at a time.
     */
    public void forEachAcceptedInQuotaOrder(long fileId, int chunkSize, Consumer<List<StoredSession>> sink) {
        List<StoredSession> chunk = new ArrayList<>(chunkSize);
        String sql = "select id, line_ref, psychologist_inami, patient_niss, insurer_code, preferential, session_date, "
                + "pseudocode, group_participants, referral_date, prescriber_inami from session_line "
                + "where file_id = ? and status = 'ACCEPTED' order by session_date, line_number";
        streamOfFile(sql, fileId, chunkSize, rs -> {
            Date referral = rs.getDate("referral_date");
            String participants = rs.getString("group_participants");
            chunk.add(new StoredSession(rs.getLong("id"), rs.getString("line_ref"), rs.getString("psychologist_inami"),
                    rs.getString("patient_niss"), rs.getString("insurer_code"), "Y".equals(rs.getString("preferential")),
                    rs.getDate("session_date").toLocalDate(), rs.getString("pseudocode"),
                    participants == null ? null : Integer.valueOf(participants),
                    referral == null ? null : referral.toLocalDate(), rs.getString("prescriber_inami")));
            if (chunk.size() >= chunkSize) {
                sink.accept(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            sink.accept(List.copyOf(chunk));
        }
    }

    /**
     * Turns accepted lines into rejected ones (a quota was full): no amounts, the reference free again. Only the
     * lines of the list being taken in, in its own transaction: a line never changes once its list is committed,
     * which the earlier sessions read before the network's lock count on ({@code be.psygate.intake.EarlierSessions}).
     */
    public void reject(List<Rejection> rejections) {
        jdbc.batchUpdate("update session_line set status = 'REJECTED', reason_code = ?, reason_args = ?, "
                        + "accepted_ref = null, fee = null, insurer_share = null, copay = null, tranche1 = null "
                        + "where id = ?", rejections, 1000, (ps, r) -> {
                    ps.setString(1, r.reason().name());
                    ps.setString(2, joinArgs(r.args()));
                    ps.setLong(3, r.sessionId());
                });
    }

    /**
     * The accepted sessions of other files of a network that a set of patients had, as the quotas count them: the
     * rows a ceiling or a referral series is counted from.
     */
    public List<CountedSession> acceptedOfPatients(String networkId, long fileId, Collection<String> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        // by patient alone (see acceptedElsewhere), the other conditions checked here
        List<CountedSession> rows = new ArrayList<>();
        byPatients("select patient_niss, session_date, care, service_kind, referral_date, prescriber_inami, status, "
                        + "network_id, file_id from session_line where ", patients,
                rs -> {
                    if ("ACCEPTED".equals(rs.getString(7)) && networkId.equals(rs.getString(8))
                            && rs.getLong(9) != fileId) {
                        rows.add(new CountedSession(rs.getString(1), rs.getObject(2, LocalDate.class),
                                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)));
                    }
                });
        return rows;
    }

    /**
     * Accepted sessions that count against the quotas (SPPL or SPS care, individual or group) of a network in a year,
     * of one psychologist or, with null, of the whole network; the file being taken in is not counted yet.
     */
    public int quotaCount(String networkId, String psychologistOrNull, int year) {
        return jdbc.query("select sessions from quota_count where network_id = ? and psychologist_inami = ? "
                        + "and session_year = ?", (rs, n) -> rs.getInt(1), networkId,
                psychologistOrNull == null ? NETWORK_ROW : psychologistOrNull, year)
                .stream().findFirst().orElse(0);
    }

    /** Each psychologist's sessions counted in a year against its capacity, in one network: one query. */
    public Map<String, Integer> quotaCountsOfPsychologists(String networkId, int year) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select psychologist_inami, sessions from quota_count where network_id = ? and session_year = ? "
                        + "and psychologist_inami <> ?",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, networkId, year, NETWORK_ROW);
        return counts;
    }

    /**
     * Adds a file's accepted sessions that count against the quotas to the network's and its psychologists' yearly
     * counts; called once the file's quotas are allocated, in its transaction, while the network is locked.
     */
    public void countForQuotas(long fileId, String networkId) {
        QuotaCounts counts = new QuotaCounts();
        jdbc.query("select psychologist_inami, cast(extract(year from session_date) as integer), "
                        + "cast(extract(month from session_date) as integer), count(*) "
                        + "from session_line where file_id = ? and status = 'ACCEPTED' and care in ('SPPL', 'SPS') "
                        + "and service_kind in ('INDIVIDUAL', 'GROUP') "
                        + "group by psychologist_inami, cast(extract(year from session_date) as integer), "
                        + "cast(extract(month from session_date) as integer)",
                rs -> {
                    counts.add(rs.getString(1), YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4));
                }, fileId);
        addToQuotaCounts(networkId, counts);
    }

    /**
     * Adds the accepted sessions of a list judged whole to the network's and its psychologists' yearly counts, as
     * {@link #countForQuotas(long, String)} counts them from the stored lines: in the list's transaction, while the
     * network is locked.
     */
    public void countForQuotas(String networkId, Collection<JudgedLine> lines) {
        QuotaCounts counts = new QuotaCounts();
        for (JudgedLine line : lines) {
            if (!line.accepted()) {
                continue;
            }
            ValidSession s = line.verdict().session();
            if ((s.care() == Care.SPPL || s.care() == Care.SPS)
                    && (s.kind() == ServiceKind.INDIVIDUAL || s.kind() == ServiceKind.GROUP)) {
                counts.add(s.psychologist().value(), YearMonth.from(s.sessionDate()), 1);
            }
        }
        addToQuotaCounts(networkId, counts);
    }

    /** Adds a list's counts to the three tables: one batch of updates each, and of inserts where a row is new. */
    private void addToQuotaCounts(String networkId, QuotaCounts counts) {
        Map<List<Object>, Integer> years = new HashMap<>();
        counts.years.forEach((row, n) -> years.put(List.of(networkId, row.psychologist(), row.year()), n));
        addCounts("update quota_count set sessions = sessions + ? where network_id = ? and psychologist_inami = ? "
                + "and session_year = ?", "insert into quota_count (network_id, psychologist_inami, session_year, "
                + "sessions) values (?, ?, ?, ?)", years);
        Map<List<Object>, Integer> psychologistMonths = new HashMap<>();
        counts.psychologistMonths.forEach((row, n) -> psychologistMonths.put(List.of(row.psychologist(),
                row.month().getYear(), row.month().getMonthValue(), networkId), n));
        addCounts("update psychologist_month_count set sessions = sessions + ? where psychologist_inami = ? "
                + "and session_year = ? and session_month = ? and network_id = ?", "insert into "
                + "psychologist_month_count (psychologist_inami, session_year, session_month, network_id, sessions) "
                + "values (?, ?, ?, ?, ?)", psychologistMonths);
        Map<List<Object>, Integer> months = new HashMap<>();
        counts.months.forEach((month, n) -> months.put(List.of(networkId, month.getYear(), month.getMonthValue()), n));
        addCounts("update quota_month_count set sessions = sessions + ? where network_id = ? and session_year = ? "
                + "and session_month = ?", "insert into quota_month_count (network_id, session_year, session_month, "
                + "sessions) values (?, ?, ?, ?)", months);
    }

    /**
     * Adds each number to its row's {@code sessions}: {@code update} (the number, then the row's key) for every row
     * in one batch, then {@code insert} (the key, then the number) in one batch for the rows that were not there.
     */
    private void addCounts(String update, String insert, Map<List<Object>, Integer> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<List<Object>, Integer>> entries = new ArrayList<>(rows.entrySet());
        int[] updated = jdbc.batchUpdate(update, entries.stream().map(e -> {
            List<Object> args = new ArrayList<>(e.getKey().size() + 1);
            args.add(e.getValue());
            args.addAll(e.getKey());
            return args.toArray();
        }).toList());
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                List<Object> args = new ArrayList<>(entries.get(i).getKey());
                args.add(entries.get(i).getValue());
                missing.add(args.toArray());
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(insert, missing);
        }
    }

    /**
     * Sessions to add to a network's counts: per psychologist and year (and the network's own row), per month, and
     * per psychologist and month.
     */
    private static final class QuotaCounts {
        final Map<QuotaRow, Integer> years = new HashMap<>();
        final Map<YearMonth, Integer> months = new HashMap<>();
        final Map<PsychologistMonth, Integer> psychologistMonths = new HashMap<>();

        void add(String psychologist, YearMonth month, int n) {
            years.merge(new QuotaRow(psychologist, month.getYear()), n, Integer::sum);
            years.merge(new QuotaRow(NETWORK_ROW, month.getYear()), n, Integer::sum);
            months.merge(month, n, Integer::sum);
            psychologistMonths.merge(new PsychologistMonth(psychologist, month), n, Integer::sum);
        }
    }

    /** One row of {@code psychologist_month_count} within a network: a psychologist and a month. */
    private record PsychologistMonth(String psychologist, YearMonth month) {
    }

    /**
     * Runs {@code select} (ending in {@code where }, its first column {@code patient_niss}) for the rows of these
     * patients: on PostgreSQL on the patient index, with one array parameter (one statement, one plan, whatever the
     * number of patients); on H2 at the places the directory names (V28), by file and line on the index of the lines
     * by file, the rows of other patients left out. The callers keep accepted lines only.
     */
    private void byPatients(String select, Collection<String> patients, org.springframework.jdbc.core.RowCallbackHandler rows) {
        if (postgres) {
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement(select + "patient_niss = any(?)");
                ps.setArray(1, con.createArrayOf("varchar", patients.toArray()));
                return ps;
            }, rows);
        } else {
            // an accepted line's patient is a number of eleven digits; a text of any other shape is no accepted line's
            List<Long> numbers = new ArrayList<>(patients.size());
            Set<String> wanted = new HashSet<>();
            for (String patient : patients) {
                long number = patientNumber(patient);
                if (number >= 0) {
                    numbers.add(number);
                    wanted.add(patient);
                }
            }
            List<PatientDirectory.Place> places = patientDirectory().placesOf(numbers);
            for (List<PatientDirectory.Place> part : inLists(places)) {
                List<Object[]> pairs = new ArrayList<>(part.size());
                part.forEach(place -> pairs.add(new Object[]{place.fileId(), place.lineNumber()}));
                named.query(select + "(file_id, line_number) in (:places)", new MapSqlParameterSource("places", pairs),
                        (ResultSet rs) -> {
                            if (wanted.contains(rs.getString(1))) {
                                rows.processRow(rs);
                            }
                        });
            }
        }
    }

    /**
     * H2: the values of an {@code in} list, without repeats, in lists of {@value #IN_LIST} each, the last one
     * filled up with its own first value (H2 looks a value up once, however often the list names it). Every
     * statement then has the same text whatever the number of values, and H2 parses and plans it once per
     * connection (its cache of statements, {@code QUERY_CACHE_SIZE}) instead of once per chunk: a list of a
     * different length was a statement never seen, parsed again each time, and kept in that cache at about 900 KB
     * for a thousand pairs.
     */
    static <T> List<List<T>> inLists(Collection<T> values) {
        List<T> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<List<T>> lists = new ArrayList<>((distinct.size() + IN_LIST - 1) / IN_LIST);
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            List<T> part = new ArrayList<>(IN_LIST);
            part.addAll(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)));
            while (part.size() < IN_LIST) {
                part.add(part.get(0));
            }
            lists.add(part);
        }
        return lists;
    }

    /**
     * Brings the planner's statistics of the tables the intake writes up to date (PostgreSQL's {@code ANALYZE}; the
     * other databases keep theirs themselves): after large writes, so that the plans chosen for the next lists
     * know the tables' sizes. Outside a transaction.
     */
    public void refreshStatistics() {
        if (postgres) {
            jdbc.execute("analyze session_line");
            jdbc.execute("analyze practice_entry");
            jdbc.execute("analyze received_file");
        }
    }

    /** One row of {@code quota_count} within a network: a psychologist (or the network's own row) and a year. */
    private record QuotaRow(String psychologist, int year) {
    }

    /** A declared field as its column holds it: at most 200 characters. */
    static String cut(String raw) {
        return raw == null || raw.length() <= 200 ? raw : raw.substring(0, 200);
    }

    /** Streams the outcome of every line of a file, in line order. */
    public void forEachOutcome(long fileId, Consumer<LineOutcome> sink) {
        streamOfFile("select line_number, line_ref, status, reason_code, reason_args, fee, insurer_share, copay, "
                + "tranche1 from session_line where file_id = ? order by line_number", fileId, FETCH_SIZE,
                rs -> sink.accept(outcome(rs)));
    }

    /**
     * Reads the rows {@code sql} selects of one file (its one parameter, the file's id), {@code fetchSize} rows at a
     * time from the database, each to {@code row}.
     */
    private void streamOfFile(String sql, long fileId, int fetchSize, RowCallbackHandler row) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setLong(1, fileId);
            ps.setFetchSize(fetchSize);
            return ps;
        }, row);
    }

    /** One page of a file's line outcomes, in line order. */
    public List<LineOutcome> outcomes(long fileId, int offset, int limit) {
        List<LineOutcome> out = new ArrayList<>();
        jdbc.query("select line_number, line_ref, status, reason_code, reason_args, fee, insurer_share, copay, tranche1 "
                        + "from session_line where file_id = ? order by line_number offset ? rows fetch next ? rows only",
                rs -> {
                    out.add(outcome(rs));
                }, fileId, offset, limit);
        return out;
    }

    private static LineOutcome outcome(java.sql.ResultSet rs) throws SQLException {
        String args = rs.getString("reason_args");
        return new LineOutcome(rs.getLong("line_number"), rs.getString("line_ref"),
                "ACCEPTED".equals(rs.getString("status")), rs.getString("reason_code"),
                args == null ? List.of() : Arrays.asList(splitArgs(args)),
                rs.getBigDecimal("fee"), rs.getBigDecimal("insurer_share"), rs.getBigDecimal("copay"),
                rs.getBigDecimal("tranche1"));
    }

    /**
     * A network's accepted sessions that count against its contingent, per month of one year (index 0 = January),
     * as {@link #countForQuotas} counts them.
     */
    public int[] countedSessionsPerMonthOfNetwork(String networkId, int year) {
        int[] months = new int[12];
        // kept by countForQuotas: twelve rows, whatever the number of sessions
        jdbc.query("select session_month, sessions from quota_month_count where network_id = ? and session_year = ?",
                rs -> {
                    months[rs.getInt(1) - 1] = rs.getInt(2);
                }, networkId, year);
        return months;
    }

    /**
     * Every line a practice sent under a reference, oldest first: a rejected line and the corrected line that was
     * accepted later both show. The NISS is not part of the view.
     */
    public List<SessionView> findByRef(String practiceInami, String lineRef) {
        return jdbc.query("select l.id, l.file_id, f.file_name, f.mode, l.line_number, l.line_ref, l.status, "
                        + "l.reason_code, l.session_date_text, l.pseudocode, l.insurer_code, l.fee, l.insurer_share, "
                        + "l.copay, l.tranche1, f.received_at, a.invoice_batch_id, a.insurer_state, a.insurer_paid, "
                        + "a.insurer_error, a.payment_ref from session_line l join received_file f on f.id = l.file_id "
                        + "left join session_account a on a.session_id = l.id "
                        + "where l.practice_inami = ? and l.line_ref = ? order by l.id",
                (rs, n) -> new SessionView(rs.getLong("id"), rs.getLong("file_id"), rs.getString("file_name"),
                        rs.getLong("line_number"), rs.getString("line_ref"), rs.getString("status"),
                        rs.getString("reason_code"), rs.getString("session_date_text"), rs.getString("pseudocode"),
                        rs.getString("insurer_code"), rs.getBigDecimal("fee"), rs.getBigDecimal("insurer_share"),
                        rs.getBigDecimal("copay"), rs.getBigDecimal("tranche1"),
                        rs.getTimestamp("received_at").toInstant(), (Long) rs.getObject("invoice_batch_id", Long.class),
                        rs.getString("insurer_state"), rs.getBigDecimal("insurer_paid"), rs.getString("insurer_error"),
                        rs.getString("payment_ref")),
                practiceInami, lineRef);
    }

    /**
     * A psychologist's accepted sessions that count for the capacity, in every network, per month of one year (index
     * 0 = January), as {@link #countForQuotas} counts them.
     */
    public int[] countedSessionsPerMonth(String psychologistInami, int year) {
        int[] months = new int[12];
        // kept by countForQuotas: at most twelve rows a network, whatever the number of sessions
        jdbc.query("select session_month, sessions from psychologist_month_count where psychologist_inami = ? "
                        + "and session_year = ?",
                rs -> {
                    months[rs.getInt(1) - 1] += rs.getInt(2);
                }, psychologistInami, year);
        return months;
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

    /**
     * The sessions of the practice premium's reference period ({@link PremiumCalculator#PERIOD_START} to
     * {@link PremiumCalculator#PERIOD_END}) accepted and not refused by their insurer, each with the day its list was
     * received in {@code zone}: the sessions the intake noted in {@code premium_session}, in the order of their
     * network (those of no network first), session date and line.
     */
    public List<PremiumSession> attestedForPremium(ZoneId zone) {
        return jdbc.query("select l.psychologist_inami, l.network_id, l.pseudocode, l.session_date, l.fee, "
                        + "f.received_at from premium_session p join session_line l on l.id = p.session_id "
                        + "join received_file f on f.id = l.file_id left join session_account a on a.session_id = l.id "
                        + "where l.status = 'ACCEPTED' and l.session_date between ? and ? "
                        + "and (a.insurer_state is null or a.insurer_state <> 'REFUSED') "
                        + "order by l.network_id nulls first, l.session_date, l.id",
                (rs, n) -> new PremiumSession(Inami.parse(rs.getString(1)), rs.getString(2),
                        Pseudocode.parse(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getBigDecimal(5),
                        LocalDate.ofInstant(rs.getTimestamp(6).toInstant(), zone)),
                Date.valueOf(PremiumCalculator.PERIOD_START), Date.valueOf(PremiumCalculator.PERIOD_END));
    }
}
