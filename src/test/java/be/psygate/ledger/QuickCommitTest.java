package be.psygate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * A write whose commit need not wait for the disk: committed and seen by others as any write, on PostgreSQL with
 * {@code synchronous_commit} off for its own transaction alone, and never for a transaction it joins.
 */
class QuickCommitTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_quick_");

    static Stream<Arguments> databases() throws SQLException {
        try (Connection c = TestPostgres.connect("public")) {
            c.createStatement().execute("create schema if not exists " + SCHEMA);
        }
        return TestPostgres.h2AndPostgres("quick", SCHEMA);
    }

    @OnH2AndPostgres
    void theWriteIsCommittedAndTheConnectionGoesBackAsItWas(String name, DataSource db, String schema)
            throws SQLException {
        try (Connection one = db.getConnection()) {
            // one connection, as a pool would hand the same one out again
            SingleConnectionDataSource single = new SingleConnectionDataSource(one, true);
            JdbcTemplate jdbc = new JdbcTemplate(single);
            jdbc.execute("create table mark (id integer primary key, at varchar(40))");
            QuickCommit quick = new QuickCommit(single);

            String during = quick.run(() -> {
                jdbc.update("insert into mark (id, at) values (1, 'now')");
                return schema == null ? "H2" : jdbc.queryForObject("show synchronous_commit", String.class);
            });

            assertThat(new JdbcTemplate(db).queryForObject("select at from mark where id = 1", String.class))
                    .as("seen from another connection").isEqualTo("now");
            if (schema != null) {
                assertThat(during).isEqualTo("off");
                assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            }
        }
    }

    @OnH2AndPostgres
    void aWriteInsideATransactionBegunCommitsWithIt(String name, DataSource db, String schema) throws SQLException {
        try (Connection one = db.getConnection()) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(one, true);
            JdbcTemplate jdbc = new JdbcTemplate(single);
            jdbc.execute("create table entry (id integer primary key)");
            QuickCommit quick = new QuickCommit(single);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(single));

            String during = tx.execute(status -> {
                jdbc.update("insert into entry (id) values (1)");
                String setting = quick.run(() -> {
                    jdbc.update("insert into entry (id) values (2)");
                    return schema == null ? "H2" : jdbc.queryForObject("show synchronous_commit", String.class);
                });
                status.setRollbackOnly();
                return setting;
            });

            assertThat(jdbc.queryForObject("select count(*) from entry", Integer.class))
                    .as("rolled back with the transaction it joined").isZero();
            if (schema != null) {
                assertThat(during).as("the joined transaction's commit keeps waiting for the disk").isEqualTo("on");
            }
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
    }
}
