package be.psygate.ledger;

import be.psygate.support.HeldLock;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing's notices of the billable lists wait in the gateway's table from the list's transaction until the broker has
 * them, oldest list first, each under its file's duplicate-detection id, on both databases. (Their route is
 * IntakeRoutesTest's; the notice of a list taken in over SFTP, and of one taken again after a crash, is on the queue
 * once: IntakeOverSftpTest, IntakeTakenAgainTest, CrashIT.)
 */
class ListNoticesTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_notices_");
    static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("notices", SCHEMA);
    }

    @OnH2AndPostgres
    void aNoticeWaitsUntilTheBrokerHasItAndIsNotedAgainOnlyOnceSent(String name, DataSource db, String schema)
            throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long first = SessionLedgerLookupsTest.practicesAndFile(jdbc, "june.csv");
        long second = first + 1;
        jdbc.update("insert into received_file (id, practice_inami, mode, file_name, remote_path, sha256, size_bytes, "
                + "status, received_at, notice_id, accepted_count) values (?, ?, 'BILL', 'july.csv', 'in/july.csv', "
                + "'july', 1, 'PROCESSED', current_timestamp, 'a-notice-id', 4)", second, PRACTICE);
        FileLedger files = new FileLedger(JdbcClient.create(db), db);

        files.noteNotice(second, PRACTICE, 4, new BigDecimal("230.40"));
        files.noteNotice(first, PRACTICE, 2, new BigDecimal("115.20"));

        // oldest list first, each under its duplicate-detection id (one made of the file's id when it has none)
        assertThat(files.pendingNotices(10)).containsExactly(
                new PendingNotice(first, "psygate-file-" + first, PRACTICE, 2, new BigDecimal("115.20")),
                new PendingNotice(second, "a-notice-id", PRACTICE, 4, new BigDecimal("230.40")));
        assertThat(files.pendingNotices(1)).extracting(PendingNotice::fileId).containsExactly(first);

        // taken again while its notice waits: still one
        FileRecord july = files.find(second).orElseThrow();
        files.noteNoticeAgain(july);
        assertThat(files.pendingNotices(10)).hasSize(2);

        files.noticesSent(List.of(first, second));
        assertThat(files.pendingNotices(10)).isEmpty();

        // taken again once sent: noted again, without the share it no longer knows; the broker keeps one
        files.noteNoticeAgain(july);
        assertThat(files.pendingNotices(10)).containsExactly(new PendingNotice(second, "a-notice-id", PRACTICE, 4,
                null));
    }

    @OnH2AndPostgres
    void oneInstanceAtATimeHandsNoticesToTheBroker(String name, DataSource db, String schema) throws Exception {
        TestPostgres.dropSchema(SCHEMA);
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        FileLedger files = new FileLedger(JdbcClient.create(db), db);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));

        // the second turn waits while the first one holds the lock, and goes on once it is done
        HeldLock.secondWaitsForTheFirst(tx, files::lockNotices, Duration.ofMillis(500));
    }

    @AfterAll
    static void dropSchema() {
        try {
            TestPostgres.dropSchema(SCHEMA);
        } catch (SQLException | RuntimeException ignored) {
            // nothing to drop
        }
    }
}
