package be.psygate.ledger;

import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.Verdict;
import be.psygate.rules.quota.Allocation;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ledger answers without an index of every line by psychologist or by reference alone, on both databases:
 * a psychologist's pace from the month counts the intake keeps (those of the lines stored before the counts existed
 * carried over by the migration), and the references a practice already used, by (practice, reference) on the
 * unique index.
 */
class SessionLedgerLookupsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_lookups_");
    static final String PRACTICE = "91234537770";
    static final String OTHER_PRACTICE = "92345648880";

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("lookups", SCHEMA);
    }

    @OnH2AndPostgres
    void thePaceCountsTheLinesStoredBeforeAndAfterTheCountsAndTheReferencesAreFoundByPractice(String name,
                                                                                             DataSource db,
                                                                                             String schema)
            throws SQLException {
        // lines stored before the month counts existed (the last migration before them: H2 has no V20), then the
        // migration that counts them
        migrate(db, schema, MigrationVersion.fromVersion(schema == null ? "19" : "20"));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long first = practicesAndFile(jdbc, "first.csv");
        line(jdbc, first, 2, PRACTICE, "R1", "ACCEPTED", "2025-01-15", "SPPL", "INDIVIDUAL");
        line(jdbc, first, 3, PRACTICE, "R2", "ACCEPTED", "2025-01-20", "SPS", "GROUP");
        line(jdbc, first, 4, PRACTICE, "R3", "ACCEPTED", "2025-03-02", "SPPL", "INDIVIDUAL");
        // not counted: another kind of care, a refused line, another year
        line(jdbc, first, 5, PRACTICE, "R4", "ACCEPTED", "2025-03-03", "OTHER", "INDIVIDUAL");
        line(jdbc, first, 6, PRACTICE, "R5", "REJECTED", "2025-03-04", "SPPL", "INDIVIDUAL");
        line(jdbc, first, 7, PRACTICE, "R6", "ACCEPTED", "2024-12-30", "SPPL", "INDIVIDUAL");
        migrate(db, schema, MigrationVersion.LATEST);
        SessionLedger sessions = new SessionLedger(jdbc);

        assertThat(sessions.countedSessionsPerMonth(PRACTICE, 2025)).containsExactly(2, 0, 1, 0, 0, 0, 0, 0, 0, 0,
                0, 0);
        assertThat(sessions.countedSessionsPerMonth(PRACTICE, 2024)[11]).isEqualTo(1);

        // a list stored afterwards: its sessions are added as the quotas count them
        long second = file(jdbc, "second.csv");
        line(jdbc, second, 2, PRACTICE, "R7", "ACCEPTED", "2025-03-10", "SPPL", "INDIVIDUAL");
        line(jdbc, second, 3, PRACTICE, "R8", "ACCEPTED", "2025-12-01", "SPPL", "GROUP");
        line(jdbc, second, 4, PRACTICE, "R9", "ACCEPTED", "2025-12-02", "OTHER", "GROUP");
        sessions.countForQuotas(second, "n");
        assertThat(sessions.countedSessionsPerMonth(PRACTICE, 2025)).containsExactly(2, 0, 2, 0, 0, 0, 0, 0, 0, 0,
                0, 1);
        assertThat(sessions.countedSessionsPerMonth(OTHER_PRACTICE, 2025)).containsOnly(0);
        assertThat(sessions.quotaCount("n", PRACTICE, 2025)).isEqualTo(2);

        // the references this practice had accepted; not a refused line's, not another practice's
        line(jdbc, second, 5, OTHER_PRACTICE, "X1", "ACCEPTED", "2025-03-10", "SPPL", "INDIVIDUAL");
        assertThat(sessions.acceptedRefsAmong(PRACTICE, List.of("R1", "R5", "R8", "X1", "NEW")))
                .containsExactlyInAnyOrder("R1", "R8");
        assertThat(sessions.acceptedRefsAmong(OTHER_PRACTICE, List.of("R1", "X1"))).containsExactly("X1");
        if (schema == null) {
            String plan = jdbc.queryForObject("explain select accepted_ref from session_line "
                    + "where (practice_inami, accepted_ref) in ((?, ?), (?, ?))", String.class, PRACTICE, "R1",
                    PRACTICE, "R2");
            assertThat(plan.toLowerCase(Locale.ROOT)).contains("ux_session_accepted_ref").contains("in(row");
        }

        // a practice's refused lines keep their patient's text as sent, whatever it is, and a lookup by such a text
        // finds nothing: only an accepted line, whose number was checked, is looked up by patient
        List<String> hostile = List.of("8507300332X", "850730033281234567890", "-8507300332", "1' or '1'='1",
                "８５０７３００３３２８");
        List<JudgedLine> refused = new java.util.ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            refused.add(new JudgedLine(Verdict.reject(new DeclaredSession(20 + i, "H" + i, PRACTICE, hostile.get(i),
                    "100", "N", "2025-03-10", "792691", "", "", "", null), ReasonCode.PATIENT_NISS_INVALID,
                    List.of()), Allocation.accepted()));
        }
        assertThat(sessions.insertJudged(second, PRACTICE, "n", refused)).isEmpty();
        assertThat(jdbc.queryForList("select patient_niss from session_line where file_id = ? and line_number >= 20 "
                + "order by line_number", String.class, second)).containsExactlyElementsOf(hostile);
        assertThat(sessions.acceptedSessionsOf(hostile).rows()).isEmpty();
        assertThat(sessions.acceptedOfPatients("n", first, hostile)).isEmpty();

        // what each line and each tranche is written in: the primary key and the indexes the readers need
        if (schema == null) {
            // H2: no index by patient; the ledger keeps where each patient's sessions lie (V28) and reads them by
            // list and line, on the index of the lines by file, a place at a time
            assertThat(indexes(jdbc, schema, "session_line")).containsExactlyInAnyOrder("primary key",
                    "ux_session_accepted_ref", "ix_session_line_file");
            String plan = jdbc.queryForObject("explain select patient_niss from session_line "
                    + "where (file_id, line_number) in ((?, ?), (?, ?))", String.class, first, 2, second, 3);
            assertThat(plan.toLowerCase(Locale.ROOT)).contains("ix_session_line_file").contains("in(row");
            // H2 keeps the foreign key of the practice, the only index of practice_entry by practice alone
            assertThat(indexes(jdbc, schema, "practice_entry")).containsExactlyInAnyOrder("primary key",
                    "ux_practice_entry_session", "ix_practice_entry_unpaid", "ix_practice_entry_ref",
                    "constraint_index_6");
            assertThat(indexes(jdbc, schema, "return_line")).hasSize(3);
            assertThat(indexes(jdbc, schema, "session_account")).hasSize(2);
        } else {
            assertThat(indexes(jdbc, schema, "session_line")).containsExactlyInAnyOrder("primary key",
                    "ux_session_accepted_ref", "ix_session_line_file", "ix_session_line_patient");
            assertThat(indexes(jdbc, schema, "practice_entry")).containsExactlyInAnyOrder("primary key",
                    "ux_practice_entry_session", "ix_practice_entry_unpaid", "ix_practice_entry_ref");
            assertThat(jdbc.queryForObject("select indexdef from pg_indexes where schemaname = ? "
                    + "and indexname = 'ix_practice_entry_ref'", String.class, schema)).contains("WHERE");
            assertEachLookupIsPlannedWithItsOwnReferences(db);
        }
    }

    /**
     * PostgreSQL: the lookup of a chunk's references is planned with its values, each time. A statement the driver
     * prepares on the server (after five uses on a connection) keeps one plan, made for any values and for the table
     * as it was: made while a list's first chunks were stored, it scanned the practice's whole history for each chunk.
     */
    private static void assertEachLookupIsPlannedWithItsOwnReferences(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection()) {
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            SessionLedger sessions = new SessionLedger(one);
            for (int chunk = 0; chunk < 10; chunk++) {
                assertThat(sessions.acceptedRefsAmong(PRACTICE, List.of("R1", "NEW" + chunk))).containsExactly("R1");
            }
            assertThat(one.queryForObject("select count(*) from pg_prepared_statements "
                    + "where statement like '%accepted_ref = any%'", Integer.class)).isZero();
        }
    }

    /**
     * The indexes of a table, in lower case; its primary key's as "primary key", a unique constraint's by the
     * constraint's name (H2 adds a suffix).
     */
    private static List<String> indexes(JdbcTemplate jdbc, String schema, String table) {
        if (schema == null) {
            return jdbc.query("select index_name, index_type_name from information_schema.indexes "
                    + "where table_name = ?", (rs, n) -> {
                        String index = rs.getString(1).toLowerCase(Locale.ROOT);
                        return "PRIMARY KEY".equals(rs.getString(2)) ? "primary key"
                                : index.startsWith("ux_") ? index.replaceAll("_index_\\w+$", "") : index;
                    }, table.toUpperCase(Locale.ROOT));
        }
        return jdbc.query("select i.indexname, c.contype from pg_indexes i left join pg_constraint c "
                        + "on c.conname = i.indexname and c.contype = 'p' where i.schemaname = ? and i.tablename = ?",
                (rs, n) -> rs.getString(2) != null ? "primary key" : rs.getString(1), schema, table);
    }

    static void migrate(DataSource db, String schema, MigrationVersion target) {
        // as the gateway migrates: the shared migrations, then its database's own
        var flyway = Flyway.configure().dataSource(db).target(target).locations("classpath:db/migration",
                schema == null ? "classpath:db/vendor/h2" : "classpath:db/vendor/postgresql");
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
    }

    static long practicesAndFile(JdbcTemplate jdbc, String fileName) {
        jdbc.update("insert into network (id, name, public_kind) values ('n', 'Network', 'ADULTS')");
        for (String inami : List.of(PRACTICE, OTHER_PRACTICE)) {
            jdbc.update("insert into practice (inami, name, bce, iban, network_id, agreement_start, yearly_capacity, "
                    + "sftp_user, language, created_at, updated_at) values (?, 'P', '0812345801', 'BE88363000000141', "
                    + "'n', date '2022-01-01', 500, ?, 'fr', current_timestamp, current_timestamp)", inami,
                    "p" + inami);
        }
        return file(jdbc, fileName);
    }

    static long file(JdbcTemplate jdbc, String fileName) {
        jdbc.update("insert into received_file (practice_inami, mode, file_name, remote_path, sha256, size_bytes, "
                + "status, received_at) values (?, 'BILL', ?, ?, ?, 1, 'PROCESSED', current_timestamp)", PRACTICE,
                fileName, "in/" + fileName, fileName);
        return jdbc.queryForObject("select max(id) from received_file", Long.class);
    }

    private static void line(JdbcTemplate jdbc, long file, int number, String practice, String ref, String status,
                             String date, String care, String kind) {
        boolean accepted = "ACCEPTED".equals(status);
        jdbc.update("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, network_id, care, "
                + "service_kind) values (?, ?, ?, ?, ?, ?, '85073003328', '100', ?, '792691', ?, 'n', ?, ?)", file,
                number, practice, ref, accepted ? ref : null, practice, java.sql.Date.valueOf(date), status, care,
                kind);
    }

    @AfterAll
    static void dropSchema() {
        try {
            TestPostgres.dropSchema(SCHEMA);
        } catch (java.sql.SQLException | RuntimeException ignored) {
            // nothing to drop
        }
    }
}
