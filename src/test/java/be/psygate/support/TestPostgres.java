package be.psygate.support;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the tests run against, at {@code PSYGATE_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) with {@code PSYGATE_TEST_PG_USER} and
 * {@code PSYGATE_TEST_PG_PASSWORD}; each test works in a schema of its own, dropped at its end.
 */
public final class TestPostgres {

    public static final String URL = TestResources.env("PSYGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = TestResources.env("PSYGATE_TEST_PG_USER", "postgres");
    public static final String PASSWORD = TestResources.env("PSYGATE_TEST_PG_PASSWORD", "");

    private TestPostgres() {
    }

    /** A schema name no other run uses: {@code prefix} and twelve hexadecimal digits. */
    public static String newSchemaName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The server's URL with {@code schema} as the current schema. */
    public static String urlOf(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Connections to the server in {@code schema}. */
    public static DataSource dataSource(String schema) {
        return new DriverManagerDataSource(urlOf(schema), USER, PASSWORD);
    }

    /** A connection to the server in {@code schema}. */
    public static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(urlOf(schema), USER, PASSWORD);
    }

    /**
     * The two databases a repository is tested on, as a parameterized test's arguments (name, data source, schema):
     * an H2 database in memory named {@code h2Name} and a random suffix (no schema), and the server in
     * {@code schema}.
     */
    public static Stream<Arguments> h2AndPostgres(String h2Name, String schema) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + h2Name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return Stream.of(Arguments.of("H2", h2, null), Arguments.of("PostgreSQL", dataSource(schema), schema));
    }

    /** Drops {@code schema} and all it holds, if it is there. */
    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

}
