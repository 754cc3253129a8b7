package be.psygate.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database a benchmark round runs on: the gateway's default H2 file database in the round's data directory, or
 * PostgreSQL in a schema of the round's own (dropped at the end). PostgreSQL is found with {@code bench.pg-url},
 * {@code bench.pg-user} and {@code bench.pg-password} (by default the local server, database {@code test}).
 */
record BenchDatabase(String name, String url, String user, String password, String schema) {

    static BenchDatabase named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            // the gateway's own H2 settings (application.yml), in the round's data directory
            case "h2" -> new BenchDatabase("H2", null, "sa", "", null);
            case "postgres", "postgresql" -> new BenchDatabase("PostgreSQL",
                    System.getProperty("bench.pg-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                    System.getProperty("bench.pg-user", "postgres"), System.getProperty("bench.pg-password", ""),
                    "psygate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
            default -> throw new IllegalArgumentException("no database named " + name + " (h2 or postgres)");
        };
    }

    boolean postgres() {
        return schema != null;
    }

    /** The JDBC URL the gateway uses on PostgreSQL: in the round's own schema, inserts batched into one statement. */
    String gatewayUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    Map<String, Object> gatewayProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (!postgres()) {
            return p;
        }
        p.put("spring.datasource.url", gatewayUrl());
        p.put("spring.datasource.username", user);
        p.put("spring.datasource.password", password);
        p.put("spring.flyway.schemas", schema);
        return p;
    }

    /** A connection to the same database, in the baseline's own place (schema or H2 file). */
    Connection baselineConnection(Path dataDir) throws SQLException {
        if (!postgres()) {
            // committed as the gateway's H2 commits: written at once (WRITE_DELAY=0)
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("baseline/baseline").toAbsolutePath()
                    + ";AUTO_SERVER=FALSE;WRITE_DELAY=0", user, password);
        }
        Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", user, password);
        try (Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema + "_baseline");
            s.execute("set search_path to " + schema + "_baseline");
        }
        return c;
    }

    /** Drops what the round left in PostgreSQL; H2's files go with the data directory. */
    void dropSchemas() {
        if (!postgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("drop schema if exists " + schema + "_baseline cascade");
        } catch (SQLException e) {
            System.err.println("could not drop the benchmark schemas " + schema + ": " + e.getMessage());
        }
    }
}
