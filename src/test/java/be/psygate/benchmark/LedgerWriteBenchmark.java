package be.psygate.benchmark;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.PGStatement;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What the ledger's writes of a list cost on two schemas side by side, on the same machine state: today's schema
 * ("main", every migration) and the same schema changed by the SQL statements of {@code bench.ledger-b} ("B"; with
 * {@code none}, B is main again: a control that shows how far the two can differ for nothing). {@code bench.files}
 * lists of {@code bench.lines / bench.files} lines each, every list written to both schemas in turn (the order swapped
 * at every list), as the intake writes it in one transaction: its file row, the lookup of its references among the
 * practice's accepted ones, its lines in one batch, the tranche 1 it owes (one row; {@code bench.ledger-b-tranche1}
 * gives B another statement of the same three parameters: due date, time, file), the commit. A list's lines belong
 * to 200 patients drawn from {@code bench.ledger-patients} (the benchmark's lists have 150 to 250 a list), so that
 * a list writes at as many places of the patient index as a practice's list does. Prints the wall time and the
 * writing thread's CPU time of each schema (the CPU time moves little with the other processes of a loaded machine;
 * on H2 it is the database's own work, H2's page writer included while it runs on the committing thread).
 *
 * <pre>./mvnw -B -o -Pbenchmark verify -Dbench.main=be.psygate.benchmark.LedgerWriteBenchmark \
 *     -Dbench.databases=h2 -Dbench.files=600 -Dbench.lines=300000 \
 *     "-Dbench.ledger-b=drop index ix_session_line_network"</pre>
 */
public final class LedgerWriteBenchmark {

    private static final String PRACTICE = "91234537770";
    private static final String NETWORK = "n";
    /** The patients of one list; each has two or three of its lines. */
    private static final int PATIENTS_A_LIST = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The intake's tranche 1 of a list (EntryLedger.owesTranche1): due date, time, file. */
    private static final String TRANCHE_1 = "insert into tranche1_pending (due_date, noted_at, file_id, "
            + "practice_inami) values (?, ?, ?, '" + PRACTICE + "')";

    private LedgerWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lists = Integer.getInteger("bench.files", 200);
        int lines = Integer.getInteger("bench.lines", 100_000) / lists;
        Path work = Path.of(System.getProperty("bench.work", "target/benchmark-work")).resolve("ledger");
        int population = Integer.getInteger("bench.ledger-patients", 20_000);
        String changes = System.getProperty("bench.ledger-b", "none").trim();
        String bTranche1 = System.getProperty("bench.ledger-b-tranche1", "").trim();
        List<String> bStatements = changes.isEmpty() || changes.equals("none") ? List.of()
                : Stream.of(changes.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        for (String name : System.getProperty("bench.databases", "h2,postgres").split(",")) {
            BenchDatabase db = BenchDatabase.named(name.trim());
            List<Schema> schemas = List.of(new Schema("main", db, work, "_main", List.of(), TRANCHE_1),
                    new Schema(bStatements.isEmpty() && bTranche1.isEmpty() ? "B (= main)" : "B", db, work, "_b",
                            bStatements, bTranche1.isEmpty() ? TRANCHE_1 : bTranche1));
            Random random = new Random(Long.getLong("bench.seed", 2025));
            try {
                for (int i = 0; i < lists; i++) {
                    List<String> patients = patients(random, population, lines);
                    for (int k = 0; k < schemas.size(); k++) {
                        schemas.get((i + k) % schemas.size()).writeList(i, lines, patients);
                    }
                }
                for (Schema s : schemas) {
                    System.out.printf(Locale.ROOT, "[ledger] %-10s %-10s %d lists of %d lines: wall %6d ms (%.1f ms a "
                                    + "list), CPU of the writing thread %6d ms (%.1f ms a list); %d indexes on "
                                    + "session_line, %d on practice_entry%n", db.name(), s.label, lists, lines,
                            s.wallNanos / 1_000_000, s.wallNanos / 1e6 / lists, s.cpuNanos / 1_000_000,
                            s.cpuNanos / 1e6 / lists, s.indexes("session_line"), s.indexes("practice_entry"));
                }
                System.out.printf(Locale.ROOT, "[ledger] %-10s B against main: CPU %+.1f%%, wall %+.1f%%; B is main%s%n",
                        db.name(), 100.0 * (schemas.get(1).cpuNanos - schemas.get(0).cpuNanos) / schemas.get(0).cpuNanos,
                        100.0 * (schemas.get(1).wallNanos - schemas.get(0).wallNanos) / schemas.get(0).wallNanos,
                        bStatements.isEmpty() && bTranche1.isEmpty() ? " (a control)"
                                : " and then: " + String.join("; ", bStatements)
                                + (bTranche1.isEmpty() ? "" : "; tranche 1 written by: " + bTranche1));
            } finally {
                for (Schema s : schemas) {
                    s.close();
                }
                db.dropSchemas();
            }
        }
    }

    /** The patient of each line of a list: {@value #PATIENTS_A_LIST} patients of the population, in turn. */
    private static List<String> patients(Random random, int population, int lines) {
        List<String> chosen = new ArrayList<>(PATIENTS_A_LIST);
        for (int p = 0; p < PATIENTS_A_LIST; p++) {
            chosen.add(String.format(Locale.ROOT, "%011d", 80_000_000_000L + random.nextInt(population)));
        }
        List<String> byLine = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            byLine.add(chosen.get(i % PATIENTS_A_LIST));
        }
        return byLine;
    }

    /** One schema: a database with every migration, then some statements of its own, with a practice of a network. */
    private static final class Schema implements AutoCloseable {

        final String label;
        final boolean postgres;
        final Connection con;
        final String schema;
        final String tranche1;
        long wallNanos;
        long cpuNanos;

        Schema(String label, BenchDatabase db, Path work, String suffix, List<String> statements, String tranche1)
                throws Exception {
            this.label = label;
            this.tranche1 = tranche1;
            this.postgres = db.postgres();
            DataSource ds;
            if (postgres) {
                schema = db.schema() + suffix;
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema
                        + "&reWriteBatchedInserts=true");
                pg.setUser(db.user());
                pg.setPassword(db.password());
                ds = pg;
            } else {
                schema = null;
                Path dir = work.resolve("h2" + suffix);
                deleteTree(dir);
                JdbcDataSource h2 = new JdbcDataSource();
                // the gateway's H2 settings (application.yml)
                h2.setURL("jdbc:h2:file:" + dir.resolve("psygate").toAbsolutePath()
                        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
                h2.setUser("sa");
                ds = h2;
            }
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration",
                    postgres ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2");
            (postgres ? flyway.schemas(schema) : flyway).load().migrate();
            con = ds.getConnection();
            try (Statement s = con.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                s.execute("insert into network (id, name, public_kind) values ('" + NETWORK + "', 'N', 'ADULTS')");
                s.execute("insert into practice (inami, name, bce, iban, network_id, agreement_start, yearly_capacity, "
                        + "sftp_user, language, created_at, updated_at) values ('" + PRACTICE + "', 'P', "
                        + "'0812345801', 'BE88363000000141', '" + NETWORK + "', date '2022-01-01', 500000, 'p', 'fr', "
                        + "current_timestamp, current_timestamp)");
            }
            con.setAutoCommit(false);
        }

        void writeList(int list, int lines, List<String> patients) throws SQLException {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long file;
            try (PreparedStatement ps = con.prepareStatement("insert into received_file (practice_inami, mode, "
                    + "file_name, remote_path, sha256, size_bytes, status, received_at) values (?, 'BILL', ?, ?, ?, 1, "
                    + "'PROCESSED', ?)", new String[]{"id"})) {
                ps.setString(1, PRACTICE);
                ps.setString(2, "list-" + list + ".csv");
                ps.setString(3, "p/in/list-" + list + ".csv");
                ps.setString(4, "sha-" + list);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    file = keys.getLong(1);
                }
            }
            List<String> refs = new ArrayList<>(lines);
            for (int i = 0; i < lines; i++) {
                refs.add("L" + list + "-" + i);
            }
            lookUp(refs);
            try (PreparedStatement ps = con.prepareStatement("insert into session_line (file_id, line_number, "
                    + "practice_inami, line_ref, accepted_ref, psychologist_inami, patient_niss, insurer_code, "
                    + "preferential, session_date_text, pseudocode, status, session_date, fee, insurer_share, copay, "
                    + "tranche1, network_id, care, service_kind) values (?, ?, ?, ?, ?, ?, ?, '100', 'N', ?, '792691', "
                    + "'ACCEPTED', ?, ?, ?, ?, ?, ?, 'SPPL', 'INDIVIDUAL')")) {
                for (int i = 0; i < lines; i++) {
                    LocalDate date = LocalDate.of(2025, 1 + list % 12, 1 + i % 28);
                    ps.setLong(1, file);
                    ps.setLong(2, i + 2);
                    ps.setString(3, PRACTICE);
                    ps.setString(4, refs.get(i));
                    ps.setString(5, refs.get(i));
                    ps.setString(6, PRACTICE);
                    ps.setString(7, patients.get(i));
                    ps.setString(8, date.toString());
                    ps.setDate(9, Date.valueOf(date));
                    ps.setBigDecimal(10, new BigDecimal("75.00"));
                    ps.setBigDecimal(11, new BigDecimal("64.00"));
                    ps.setBigDecimal(12, new BigDecimal("11.00"));
                    ps.setBigDecimal(13, new BigDecimal("57.60"));
                    ps.setString(14, NETWORK);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = con.prepareStatement(tranche1)) {
                ps.setDate(1, Date.valueOf(LocalDate.of(2026, 1, 31)));
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setLong(3, file);
                ps.executeUpdate();
            }
            con.commit();
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            wallNanos += System.nanoTime() - wall;
        }

        /** The list's references among the practice's accepted ones, as SessionLedger looks them up. */
        private void lookUp(List<String> refs) throws SQLException {
            if (postgres) {
                try (PreparedStatement ps = con.prepareStatement("select accepted_ref from session_line "
                        + "where practice_inami = ? and accepted_ref = any(?)")) {
                    // planned with its values each time, as SessionLedger does (a generic plan scans the history)
                    ps.unwrap(PGStatement.class).setPrepareThreshold(0);
                    ps.setString(1, PRACTICE);
                    ps.setArray(2, con.createArrayOf("varchar", refs.toArray()));
                    drain(ps);
                }
                return;
            }
            StringBuilder sql = new StringBuilder("select accepted_ref from session_line "
                    + "where (practice_inami, accepted_ref) in (");
            for (int i = 0; i < refs.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            try (PreparedStatement ps = con.prepareStatement(sql.append(')').toString())) {
                int p = 1;
                for (String ref : refs) {
                    ps.setString(p++, PRACTICE);
                    ps.setString(p++, ref);
                }
                drain(ps);
            }
        }

        private static void drain(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }

        long indexes(String table) throws SQLException {
            String sql = postgres ? "select count(*) from pg_indexes where schemaname = ? and tablename = ?"
                    : "select count(*) from information_schema.indexes where table_name = ?";
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                if (postgres) {
                    ps.setString(1, schema);
                    ps.setString(2, table);
                } else {
                    ps.setString(1, table.toUpperCase(Locale.ROOT));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            if (!postgres) {
                try (Statement s = con.createStatement()) {
                    s.execute("shutdown");
                } catch (SQLException ignored) {
                    // closed with the database
                }
            } else {
                con.rollback();
                try (Statement s = con.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                }
                con.commit();
            }
            con.close();
        }

        private static void deleteTree(Path dir) throws Exception {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
