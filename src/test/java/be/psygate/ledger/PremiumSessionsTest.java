package be.psygate.ledger;

import be.psygate.money.premium.PremiumSession;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions the practice premium is computed from: the accepted, not refused sessions of its reference period,
 * those stored before the premium had a table of its own carried over by its migration, on both databases. (The
 * intake's own noting of a session of the period is shown end to end by MoneyEndToEndTest.)
 */
class PremiumSessionsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_premium_");
    static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("premium", SCHEMA);
    }

    @OnH2AndPostgres
    void thePeriodsAcceptedSessionsStoredBeforeTheMigrationAreCarriedOver(String name, DataSource db, String schema) {
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.fromVersion("21"));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "2023.csv");
        jdbc.update("insert into network (id, name, public_kind) values ('m', 'Other network', 'ADULTS')");
        line(jdbc, file, 2, "P1", "ACCEPTED", "2023-03-01", "n");
        line(jdbc, file, 3, "P2", "ACCEPTED", "2022-09-01", "m");
        line(jdbc, file, 4, "P3", "ACCEPTED", "2023-08-31", "n");
        // not the premium's: turned down, before the period, after it
        line(jdbc, file, 5, "P4", "REJECTED", "2023-03-02", "n");
        line(jdbc, file, 6, "P5", "ACCEPTED", "2022-08-31", "n");
        line(jdbc, file, 7, "P6", "ACCEPTED", "2023-09-01", "n");

        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        List<PremiumSession> sessions = new SessionLedger(jdbc).attestedForPremium(ZoneId.of("Europe/Brussels"));

        // by network, then by date
        assertThat(sessions).extracting(PremiumSession::sessionDate).containsExactly(LocalDate.of(2022, 9, 1),
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 8, 31));
        assertThat(sessions).extracting(PremiumSession::networkId).containsExactly("m", "n", "n");

        // a session the insurer refused is no longer attested
        long refused = jdbc.queryForObject("select id from session_line where line_ref = 'P3'", Long.class);
        jdbc.update("insert into session_account (session_id, insurer_state) values (?, 'REFUSED')", refused);
        assertThat(new SessionLedger(jdbc).attestedForPremium(ZoneId.of("Europe/Brussels"))).hasSize(2);
    }

    private static void line(JdbcTemplate jdbc, long file, int number, String ref, String status, String date,
                             String network) {
        boolean accepted = "ACCEPTED".equals(status);
        jdbc.update("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, network_id, care, "
                + "service_kind, fee) values (?, ?, ?, ?, ?, ?, '85073003328', '100', ?, '792691', ?, ?, 'SPPL', "
                + "'INDIVIDUAL', 75.00)", file, number, PRACTICE, ref, accepted ? ref : null, PRACTICE,
                java.sql.Date.valueOf(date), status, network);
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
