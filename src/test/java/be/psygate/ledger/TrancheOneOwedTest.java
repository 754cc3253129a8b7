package be.psygate.ledger;

import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.payments.PaymentLedger;
import be.psygate.payments.PaymentLedger.KindTotal;
import be.psygate.payments.PaymentLedger.OpenEntry;
import be.psygate.retention.Settlements;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tranche 1 of a list's accepted sessions is owed from the list's intake, one row a list, and written out entry by
 * entry once, before a payment run plans; until then the practice's money and the retention count it all the same,
 * on both databases. (The intake's own noting, and a payment run writing it out and paying it, are shown end to end by
 * MoneyEndToEndTest; a crash at any moment by CrashIT.)
 */
class TrancheOneOwedTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_tranche1_");
    static final String PRACTICE = SessionLedgerLookupsTest.PRACTICE;
    static final LocalDate DUE = LocalDate.of(2025, 7, 1);

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("tranche1", SCHEMA);
    }

    @OnH2AndPostgres
    void aListOwesItsTrancheOneFromItsIntakeAndTheWritingOutMakesEachEntryOnce(String name, DataSource db,
                                                                              String schema) throws SQLException {
        JdbcTemplate jdbc = migrated(db, schema);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "june.csv");
        line(jdbc, file, 2, "T1", "ACCEPTED", "59.49");
        line(jdbc, file, 3, "T2", "ACCEPTED", "57.60");
        line(jdbc, file, 4, "T3", "REJECTED", null);
        EntryLedger entries = new EntryLedger(jdbc);
        PaymentLedger payments = new PaymentLedger(jdbc, entries);

        entries.owesTranche1(file, PRACTICE, DUE);

        // no entry yet, but owed: the practice's money and its open entries show it, released at once
        assertThat(count(jdbc, "practice_entry")).isZero();
        assertThat(trancheOne(payments)).isEqualTo(new KindTotal(EntryKind.TRANCHE_1, new BigDecimal("0.00"),
                new BigDecimal("117.09")));
        List<OpenEntry> open = List.of(new OpenEntry(DUE, "TRANCHE_1", new BigDecimal("59.49"), true, "T1"),
                new OpenEntry(DUE, "TRANCHE_1", new BigDecimal("57.60"), true, "T2"));
        assertThat(payments.openEntriesOf(PRACTICE)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(open);
        assertThat(payments.openEntriesOf(SessionLedgerLookupsTest.OTHER_PRACTICE)).isEmpty();
        assertThat(payments.unpaidReleasedEntries()).as("not a payment's before it is written out").isEmpty();

        // written out: an entry for each accepted session, with the list's due date; the list owes it no longer
        assertThat(entries.postTranche1()).isEqualTo(2);
        assertThat(count(jdbc, "tranche1_pending")).isZero();
        assertThat(payments.unpaidReleasedEntries().values().stream().flatMap(List::stream).toList())
                .containsExactly(new Entry(session(jdbc, "T1"), 1, EntryKind.TRANCHE_1, new BigDecimal("59.49"), DUE),
                        new Entry(session(jdbc, "T2"), 1, EntryKind.TRANCHE_1, new BigDecimal("57.60"), DUE));
        assertThat(trancheOne(payments).due()).isEqualByComparingTo("117.09");
        assertThat(payments.openEntriesOf(PRACTICE)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(open);

        // written out again: nothing more
        assertThat(entries.postTranche1()).isZero();
        assertThat(count(jdbc, "practice_entry")).isEqualTo(2);
    }

    @OnH2AndPostgres
    void aSessionWhoseTrancheOneIsWrittenAlreadyGetsNoSecondOne(String name, DataSource db, String schema) throws SQLException {
        JdbcTemplate jdbc = migrated(db, schema);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "june.csv");
        line(jdbc, file, 2, "T1", "ACCEPTED", "59.49");
        line(jdbc, file, 3, "T2", "ACCEPTED", "59.49");
        // as the version before this one wrote it at intake
        jdbc.update("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                + "confirmed, created_at) values (?, ?, 1, 'TRANCHE_1', 59.49, ?, true, current_timestamp)", PRACTICE,
                session(jdbc, "T1"), java.sql.Date.valueOf(DUE));
        EntryLedger entries = new EntryLedger(jdbc);
        entries.owesTranche1(file, PRACTICE, DUE);

        assertThat(entries.postTranche1()).isEqualTo(1);
        assertThat(jdbc.queryForList("select session_id from practice_entry order by session_id", Long.class))
                .containsExactly(session(jdbc, "T1"), session(jdbc, "T2"));
    }

    @OnH2AndPostgres
    void aListIsNotSettledWhileItOwesItsTrancheOne(String name, DataSource db, String schema) throws SQLException {
        JdbcTemplate jdbc = migrated(db, schema);
        long file = SessionLedgerLookupsTest.practicesAndFile(jdbc, "june.csv");
        line(jdbc, file, 2, "T1", "ACCEPTED", "59.49");
        // the insurer paid the session: only what the gateway owes the practice keeps the list
        jdbc.update("insert into session_account (session_id, insurer_state) values (?, 'PAID')", session(jdbc, "T1"));
        Settlements settlements = new Settlements(JdbcClient.create(db));
        Instant later = Instant.now().plusSeconds(60);
        assertThat(settlements.of("in/june.csv", later)).hasValueSatisfying(s -> assertThat(s.settled()).isTrue());

        EntryLedger entries = new EntryLedger(jdbc);
        entries.owesTranche1(file, PRACTICE, DUE);
        assertThat(settlements.of("in/june.csv", later)).hasValueSatisfying(s -> assertThat(s.settled()).isFalse());
        entries.postTranche1();
        assertThat(settlements.of("in/june.csv", later)).hasValueSatisfying(s -> assertThat(s.settled()).isFalse());
    }

    /** A database of its own for each test: a new H2 database, PostgreSQL's schema made again. */
    private static JdbcTemplate migrated(DataSource db, String schema) throws SQLException {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
        SessionLedgerLookupsTest.migrate(db, schema, MigrationVersion.LATEST);
        return new JdbcTemplate(db);
    }

    private static KindTotal trancheOne(PaymentLedger payments) {
        return payments.totalsOf(PRACTICE).stream().filter(t -> t.kind() == EntryKind.TRANCHE_1).findFirst()
                .orElseThrow();
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static long session(JdbcTemplate jdbc, String ref) {
        return jdbc.queryForObject("select id from session_line where line_ref = ?", Long.class, ref);
    }

    private static void line(JdbcTemplate jdbc, long file, int number, String ref, String status, String tranche1) {
        boolean accepted = "ACCEPTED".equals(status);
        jdbc.update("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, network_id, care, "
                + "service_kind, fee, tranche1) values (?, ?, ?, ?, ?, ?, '85073003328', '100', date '2025-06-02', "
                + "'792691', ?, 'n', 'SPPL', 'INDIVIDUAL', 75.00, ?)", file, number, PRACTICE, ref,
                accepted ? ref : null, PRACTICE, status, tranche1 == null ? null : new BigDecimal(tranche1));
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
