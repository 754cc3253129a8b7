package be.psygate.intake;

import be.psygate.identity.TestIds;
import be.psygate.ledger.FileLedger;
import be.psygate.ledger.JudgedLine;
import be.psygate.ledger.PatientSessions;
import be.psygate.ledger.SessionLedger;
import be.psygate.practice.NetworkRepository;
import be.psygate.support.LedgerLines;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's patients' earlier sessions, read before the network's lock and brought up to date under it, are what
 * reading them under the lock gives: the lines of every list judged since, in the list's network or another one,
 * accepted ones alone, are added, and nothing twice.
 */
class EarlierSessionsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_earlier_");
    static final String P1 = "85073003328";
    static final String P2 = TestIds.niss("900226", 123, false);
    static final String P3 = TestIds.niss("770101", 123, false);
    static final String OTHER_PRACTICE = TestIds.inami("923456", "880");
    static final Set<String> PATIENTS = Set.of(P1, P2);

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("earlier", SCHEMA);
    }

    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private NetworkRepository networks;
    private FileLedger files;
    private SessionLedger sessions;
    private EarlierSessions earlier;

    @OnH2AndPostgres
    void theSessionsReadBeforeTheLockAndBroughtUpToDateAreThoseReadUnderIt(String name, DataSource db, String schema) {
        setUp(db, schema);
        list("n", "91234537770", line(P1, "2025-01-10", "ACCEPTED"), line(P3, "2025-01-10", "ACCEPTED"));

        EarlierSessions.Snapshot read = earlier.read(PATIENTS);
        assertThat(read).isNotNull();
        assertThat(read.sessions().rows()).hasSize(1);
        // nothing judged since: the snapshot as it is
        assertThat(underTheLock(read)).containsExactlyInAnyOrderElementsOf(readNow());

        // judged since: a list of the network (a refused line among its lines) and one of another network, where the
        // same patient saw a psychologist of another practice
        list("n", "91234537770", line(P1, "2025-02-10", "ACCEPTED"), line(P2, "2025-02-11", "ACCEPTED"),
                line(P1, "2025-02-12", "REJECTED"), line(P3, "2025-02-13", "ACCEPTED"));
        list("m", OTHER_PRACTICE, line(P2, "2025-02-14", "ACCEPTED"));

        assertThat(readNow()).hasSize(4);
        assertThat(underTheLock(read)).containsExactlyInAnyOrderElementsOf(readNow());
    }

    @OnH2AndPostgres
    void moreListsJudgedSinceThanAreWorthCatchingUpOnAreReadWhole(String name, DataSource db, String schema) {
        setUp(db, schema);
        EarlierSessions.Snapshot read = earlier.read(PATIENTS);
        for (int i = 0; i <= EarlierSessions.MOST_LISTS_CAUGHT_UP; i++) {
            list(i % 2 == 0 ? "n" : "m", i % 2 == 0 ? "91234537770" : OTHER_PRACTICE,
                    line(i % 3 == 0 ? P1 : P2, "2025-03-" + (10 + i), "ACCEPTED"));
        }

        assertThat(readNow()).hasSize(EarlierSessions.MOST_LISTS_CAUGHT_UP + 1);
        assertThat(underTheLock(read)).containsExactlyInAnyOrderElementsOf(readNow());
        // and the sessions of other patients than the snapshot's are read whole
        java.util.List<PatientSessions.Row> others = tx.execute(s -> {
            networks.lockForIntake("n");
            return earlier.now(read, Set.of(P1, P3)).rows();
        });
        assertThat(others).containsExactlyInAnyOrderElementsOf(sessions.acceptedSessionsOf(Set.of(P1, P3)).rows());
    }

    @OnH2AndPostgres
    void theSessionsKeptInMemoryAreBroughtUpToDateWithTheListsJudgedSince(String name, DataSource db, String schema) {
        setUp(db, schema);
        EarlierSessions keeping = new EarlierSessions(sessions, files, networks, 1_000);
        list("n", "91234537770", line(P1, "2025-01-10", "ACCEPTED"), line(P3, "2025-01-10", "ACCEPTED"));
        assertThat(keeping.read(PATIENTS).sessions().rows()).hasSize(1)
                .containsExactlyInAnyOrderElementsOf(readNow());

        // judged since, by another instance (nothing noted here): in the network, a refused line among them, and in
        // another network
        list("n", "91234537770", line(P1, "2025-02-10", "ACCEPTED"), line(P2, "2025-02-11", "ACCEPTED"),
                line(P1, "2025-02-12", "REJECTED"), line(P3, "2025-02-13", "ACCEPTED"));
        list("m", OTHER_PRACTICE, line(P2, "2025-02-14", "ACCEPTED"));
        EarlierSessions.Snapshot kept = keeping.read(PATIENTS);
        assertThat(kept.sessions().rows()).hasSize(4).containsExactlyInAnyOrderElementsOf(readNow());
        assertThat(underTheLock(keeping, kept)).containsExactlyInAnyOrderElementsOf(readNow());

        // judged here: its lines noted in its transaction, used once its number shows it committed
        long here = list("n", "91234537770", line(P2, "2025-03-01", "ACCEPTED"));
        keeping.judged(here, sessions.acceptedSessionsIn(List.of(here), PATIENTS));
        assertThat(underTheLock(keeping, kept)).hasSize(5).containsExactlyInAnyOrderElementsOf(readNow());
        assertThat(keeping.read(PATIENTS).sessions().rows()).containsExactlyInAnyOrderElementsOf(readNow());

        // a list noted and rolled back adds nothing
        keeping.judged(Long.MAX_VALUE, List.of(new PatientSessions.Row(P1, java.time.LocalDate.parse("2025-03-02"),
                "792691", "R-lost", Long.MAX_VALUE, "91234537770", "SPPL", "INDIVIDUAL", null, null, "n")));
        assertThat(keeping.read(PATIENTS).sessions().rows()).hasSize(5).containsExactlyInAnyOrderElementsOf(readNow());
    }

    @OnH2AndPostgres
    void aPatientReadWhileAListWasJudgedDoesNotCountItTwice(String name, DataSource db, String schema) {
        setUp(db, schema);
        // the counts are read, then a list of P1 commits before P1's sessions are read: they hold it already
        Map<String, Long> before = networks.judgedLists();
        list("n", "91234537770", line(P1, "2025-02-10", "ACCEPTED"), line(P2, "2025-02-11", "ACCEPTED"));
        for (int keptSessions : new int[] {0, 1_000}) {
            EarlierSessions early = new EarlierSessions(sessions, files, late(db, before), keptSessions);
            EarlierSessions.Snapshot read = early.read(PATIENTS);
            assertThat(read.judged()).isEqualTo(before);
            assertThat(read.sessions().rows()).hasSize(2);
            // under the lock, the list judged since the counts is not added again
            assertThat(underTheLock(early, read)).hasSize(2).containsExactlyInAnyOrderElementsOf(readNow());
            // nor to the kept sessions, brought up to date before the next list
            assertThat(early.read(PATIENTS).sessions().rows()).hasSize(2)
                    .containsExactlyInAnyOrderElementsOf(readNow());
        }
    }

    @OnH2AndPostgres
    void keptSessionsStayExactWhenPatientsAreDroppedOrTooMuchWasJudgedElsewhere(String name, DataSource db,
                                                                              String schema) {
        setUp(db, schema);
        // room for two patients' sessions and entries
        EarlierSessions keeping = new EarlierSessions(sessions, files, networks, 4);
        list("n", "91234537770", line(P1, "2025-01-10", "ACCEPTED"), line(P2, "2025-01-11", "ACCEPTED"));
        assertThat(keeping.read(PATIENTS).sessions().rows()).hasSize(2);
        // P3 pushes P1 or P2 out; both are read again when they come back
        assertThat(keeping.read(Set.of(P3)).sessions().rows()).isEmpty();
        list("m", OTHER_PRACTICE, line(P1, "2025-01-20", "ACCEPTED"));
        assertThat(keeping.read(PATIENTS).sessions().rows()).hasSize(3).containsExactlyInAnyOrderElementsOf(readNow());

        // more lists judged elsewhere than are worth bringing the kept sessions up to date with
        for (int i = 0; i <= EarlierSessions.MOST_LISTS_KEPT_UP; i++) {
            list(i % 2 == 0 ? "n" : "m", i % 2 == 0 ? "91234537770" : OTHER_PRACTICE,
                    line(i % 3 == 0 ? P1 : P2, "2025-04-01", "ACCEPTED"));
        }
        assertThat(keeping.read(PATIENTS).sessions().rows())
                .hasSize(3 + EarlierSessions.MOST_LISTS_KEPT_UP + 1).containsExactlyInAnyOrderElementsOf(readNow());
    }

    /** The networks' counts, read first as they were {@code before} (the patients then read after a commit). */
    private static NetworkRepository late(DataSource db, Map<String, Long> before) {
        return new NetworkRepository(JdbcClient.create(db)) {
            private boolean stale = true;

            @Override
            public Map<String, Long> judgedLists() {
                Map<String, Long> counts = stale ? before : super.judgedLists();
                stale = false;
                return counts;
            }
        };
    }

    private void setUp(DataSource db, String schema) {
        var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration",
                schema == null ? "classpath:db/vendor/h2" : "classpath:db/vendor/postgresql");
        (schema == null ? flyway : flyway.schemas(schema)).cleanDisabled(false).load().clean();
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        jdbc = new JdbcTemplate(db);
        tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        networks = new NetworkRepository(JdbcClient.create(db));
        files = new FileLedger(JdbcClient.create(db), db);
        sessions = new SessionLedger(jdbc);
        earlier = new EarlierSessions(sessions, files, networks, 0);
        for (String network : new String[] {"n", "m"}) {
            jdbc.update("insert into network (id, name, public_kind) values (?, 'Network', 'ADULTS')", network);
        }
        practice("91234537770", "n");
        practice(OTHER_PRACTICE, "m");
    }

    private void practice(String inami, String network) {
        jdbc.update("insert into practice (inami, name, bce, iban, network_id, agreement_start, yearly_capacity, "
                + "sftp_user, language, created_at, updated_at) values (?, 'P', '0812345801', 'BE88363000000141', ?, "
                + "date '2022-01-01', 500, ?, 'fr', current_timestamp, current_timestamp)", inami, network,
                "p" + inami);
    }

    private PatientSessions.Row[] underTheLock(EarlierSessions.Snapshot read) {
        return underTheLock(earlier, read);
    }

    private PatientSessions.Row[] underTheLock(EarlierSessions from, EarlierSessions.Snapshot read) {
        return tx.execute(s -> {
            networks.lockForIntake("n");
            return from.now(read, PATIENTS).rows().toArray(PatientSessions.Row[]::new);
        });
    }

    private java.util.List<PatientSessions.Row> readNow() {
        return sessions.acceptedSessionsOf(PATIENTS).rows();
    }

    record Line(String patient, String date, String status) {
    }

    private static Line line(String patient, String date, String status) {
        return new Line(patient, date, status);
    }

    /**
     * A list's transaction as the intake runs it: the network locked, the file, its lines stored by the ledger, the
     * list's number.
     *
     * @return the list's file
     */
    private long list(String network, String practice, Line... lines) {
        return tx.execute(s -> {
            long before = networks.lockForIntake(network);
            String name = "list-" + System.nanoTime() + ".csv";
            jdbc.update("insert into received_file (practice_inami, mode, file_name, remote_path, sha256, size_bytes, "
                    + "status, received_at) values (?, 'BILL', ?, ?, ?, 1, 'PROCESSED', current_timestamp)", practice,
                    name, "in/" + name, name);
            long file = jdbc.queryForObject("select max(id) from received_file", Long.class);
            List<JudgedLine> judged = new ArrayList<>();
            int number = 2;
            for (Line l : lines) {
                String ref = "R" + file + "-" + number;
                judged.add("ACCEPTED".equals(l.status())
                        ? LedgerLines.accepted(number, ref, practice, l.patient(), l.date())
                        : LedgerLines.refused(number, ref, practice, l.patient(), l.date()));
                number++;
            }
            sessions.insertJudged(file, practice, network, judged);
            networks.judged(network, before + 1);
            files.judged(file, network, before + 1);
            return file;
        });
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
