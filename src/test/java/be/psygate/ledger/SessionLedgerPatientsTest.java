package be.psygate.ledger;

import be.psygate.identity.TestIds;
import be.psygate.rules.ReasonCode;
import be.psygate.support.LedgerLines;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A patient's accepted sessions, as the ledger finds them by patient (on H2 at the places it keeps, V28; on PostgreSQL
 * on the patient index): those stored before the ledger started and those it stored since, never a list rolled back,
 * a line refused since or another patient's line, each once.
 */
class SessionLedgerPatientsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_patients_");
    static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;
    static final String P1 = "85073003328";
    static final String P2 = TestIds.niss("900226", 123, false);

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("patients", SCHEMA);
    }

    @OnH2AndPostgres
    void aPatientsSessionsAreThoseCommittedBeforeTheLedgerStartedAndSinceEachOnce(String name, DataSource db,
                                                                                 String schema) {
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        long before = SessionLedgerLookupsTest.practicesAndFile(jdbc, "before.csv");
        // stored by a gateway that has stopped since
        new SessionLedger(jdbc).insertJudged(before, PRACTICE, "n", List.of(
                LedgerLines.accepted(2, "A1", PRACTICE, P1, "2025-01-10"),
                LedgerLines.accepted(3, "A2", PRACTICE, P2, "2025-01-10"),
                LedgerLines.refused(4, "A3", PRACTICE, P1, "2025-01-11")));

        SessionLedger sessions = new SessionLedger(jdbc);
        assertThat(dates(sessions, P1)).containsExactly("2025-01-10");

        // a list rolled back leaves nothing; taken in again, its sessions are there once
        long rolledBack = SessionLedgerLookupsTest.file(jdbc, "again.csv");
        tx.executeWithoutResult(status -> {
            sessions.insertJudged(rolledBack, PRACTICE, "n", List.of(
                    LedgerLines.accepted(2, "B1", PRACTICE, P1, "2025-02-10")));
            assertThat(dates(sessions, P1)).containsExactlyInAnyOrder("2025-01-10", "2025-02-10");
            status.setRollbackOnly();
        });
        assertThat(dates(sessions, P1)).containsExactly("2025-01-10");
        tx.executeWithoutResult(status -> sessions.insertJudged(rolledBack, PRACTICE, "n", List.of(
                LedgerLines.accepted(2, "B1", PRACTICE, P1, "2025-02-10"),
                LedgerLines.accepted(3, "B2", PRACTICE, P2, "2025-02-11"))));
        assertThat(dates(sessions, P1)).containsExactlyInAnyOrder("2025-01-10", "2025-02-10");
        assertThat(dates(sessions, P2)).containsExactlyInAnyOrder("2025-01-10", "2025-02-11");
        assertThat(sessions.acceptedSessionsOf(List.of(P1, P2)).rows()).hasSize(4);

        // a session refused after it was stored is no longer found
        long refusedSince = jdbc.queryForObject("select id from session_line where file_id = ? and line_number = 2",
                Long.class, rolledBack);
        sessions.reject(List.of(new Rejection(refusedSince, ReasonCode.CONTINGENT_EXCEEDED, List.of("100", "2025"))));
        assertThat(dates(sessions, P1)).containsExactly("2025-01-10");

        // the other lookups by patient find the same sessions
        assertThat(sessions.acceptedOfPatients("n", rolledBack, List.of(P1, P2)))
                .extracting(CountedSession::patientNiss).containsExactlyInAnyOrder(P1, P2);
        assertThat(sessions.acceptedElsewhere(rolledBack, be.psygate.identity.Inami.parse(PRACTICE), List.of(
                new be.psygate.rules.SessionKey(be.psygate.identity.Inami.parse(PRACTICE),
                        be.psygate.identity.Niss.parse(P2), java.time.LocalDate.parse("2025-01-10"),
                        be.psygate.identity.Pseudocode.parse("792691"))))).containsValue("A2");

        // written without the ledger (a bulk load): found once the ledger is told
        long loaded = SessionLedgerLookupsTest.file(jdbc, "loaded.csv");
        jdbc.update("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, network_id, care, "
                + "service_kind) values (?, 2, ?, 'C1', 'C1', ?, ?, '100', date '2025-03-10', '792691', 'ACCEPTED', "
                + "'n', 'SPPL', 'INDIVIDUAL')", loaded, PRACTICE, PRACTICE, P1);
        sessions.reloadPatientDirectory();
        assertThat(dates(sessions, P1)).containsExactlyInAnyOrder("2025-01-10", "2025-03-10");
    }

    @Test
    void onH2TheLedgerRefusesADatabaseOtherProcessesMayWrite() throws SQLException {
        // the places of the patients' sessions are this process's: another gateway writing the same H2 database
        // would leave them short, and a patient's quotas would miss its sessions
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            JdbcDataSource remote = new JdbcDataSource();
            remote.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:shared-" + System.nanoTime());
            assertThatThrownBy(() -> new SessionLedger(new JdbcTemplate(remote)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL")
                    .hasMessageContaining("jdbc:h2:tcp://localhost:" + server.getPort());
        } finally {
            server.stop();
        }
        assertThat(SessionLedger.sharedH2("jdbc:h2:file:./data/db/psygate;AUTO_SERVER=TRUE;WRITE_DELAY=0")).isTrue();
        assertThat(SessionLedger.sharedH2("jdbc:h2:ssl://db.example/psygate")).isTrue();
        assertThat(SessionLedger.sharedH2("jdbc:h2:file:./data/db/psygate;AUTO_SERVER=FALSE;WRITE_DELAY=0")).isFalse();
        assertThat(SessionLedger.sharedH2("jdbc:h2:mem:test")).isFalse();
    }

    private static List<String> dates(SessionLedger sessions, String patient) {
        return sessions.acceptedSessionsOf(Set.of(patient)).rows().stream()
                .peek(r -> assertThat(r.patientNiss()).isEqualTo(patient))
                .map(r -> r.sessionDate().toString()).toList();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
    }
}
