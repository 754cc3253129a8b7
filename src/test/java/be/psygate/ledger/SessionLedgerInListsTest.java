package be.psygate.ledger;

import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's lookups of many patients or references at once: every row found once, however many values and
 * however often a value is named; on H2, in statements whose text does not depend on how many values there are, so
 * that H2 parses each once per connection instead of once per list.
 */
class SessionLedgerInListsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_inlists_");
    static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;
    static final int SESSIONS = 300;

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("inlists", SCHEMA);
    }

    @OnH2AndPostgres
    void manyPatientsAndReferencesAreEachFoundOnce(String name, DataSource db, String schema) {
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "many.csv");
        jdbc.batchUpdate("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                        + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, "
                        + "network_id, care, service_kind) values (?, ?, ?, ?, ?, ?, ?, '100', date '2025-03-10', "
                        + "'792691', 'ACCEPTED', 'n', 'SPPL', 'INDIVIDUAL')",
                IntStream.range(0, SESSIONS).mapToObj(i -> new Object[]{file, i + 2, PRACTICE, "R" + i, "R" + i,
                        PRACTICE, patient(i)}).toList());
        SessionLedger sessions = new SessionLedger(jdbc);

        // every patient named twice, and some nobody has seen
        List<String> patients = new ArrayList<>();
        IntStream.range(0, SESSIONS).forEach(i -> patients.add(patient(i)));
        IntStream.range(0, SESSIONS).forEach(i -> patients.add(patient(i)));
        IntStream.range(SESSIONS, SESSIONS + 7).forEach(i -> patients.add(patient(i)));
        PatientSessions read = sessions.acceptedSessionsOf(patients);
        List<CountedSession> counted = read.counted("n", file + 1, patients.subList(0, SESSIONS));
        assertThat(counted).hasSize(SESSIONS);
        assertThat(counted).extracting(CountedSession::patientNiss).doesNotHaveDuplicates();
        assertThat(sessions.acceptedOfPatients("n", file + 1, patients)).hasSize(SESSIONS);

        List<String> refs = new ArrayList<>();
        IntStream.range(0, SESSIONS + 20).forEach(i -> refs.add("R" + i));
        assertThat(sessions.acceptedRefsAmong(PRACTICE, refs))
                .hasSize(SESSIONS)
                .allMatch(ref -> Integer.parseInt(ref.substring(1)) < SESSIONS);

        if (schema == null) {
            // H2: lookups of 130 and of 250 patients are one statement text, run once and twice
            jdbc.execute("set query_statistics true");
            sessions.acceptedSessionsOf(patients.subList(0, 130));
            sessions.acceptedSessionsOf(patients.subList(0, 250));
            List<String> texts = jdbc.queryForList("select sql_statement from information_schema.query_statistics",
                    String.class);
            assertThat(texts.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("(file_id, line_number) in")))
                    .hasSize(1);
        }
    }

    @Test
    void anInListHoldsEachValueOnceAndIsFilledUpWithItsOwnFirstValue() {
        assertThat(SessionLedger.inLists(List.of())).isEmpty();

        List<List<String>> one = SessionLedger.inLists(List.of("b", "a", "b"));
        assertThat(one).hasSize(1);
        assertThat(one.get(0)).hasSize(SessionLedger.IN_LIST).startsWith("b", "a", "b")
                .containsOnly("a", "b");

        List<Integer> values = IntStream.range(0, SessionLedger.IN_LIST + 1).boxed().toList();
        List<List<Integer>> two = SessionLedger.inLists(values);
        assertThat(two).hasSize(2);
        assertThat(two.get(0)).isEqualTo(values.subList(0, SessionLedger.IN_LIST));
        assertThat(two.get(1)).hasSize(SessionLedger.IN_LIST).containsOnly(SessionLedger.IN_LIST);
    }

    /** A patient's national number (the ledger keeps what the line said; these lookups do not check it). */
    private static String patient(int i) {
        return String.format(Locale.ROOT, "%011d", 80_000_000_000L + i);
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
