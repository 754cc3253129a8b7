package be.psygate.practice;

import be.psygate.support.HeldLock;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;


/**
 * The lists of one network are judged one at a time: a list waits for the network's lock as long as another list of
 * the network holds it, however long that is. On H2 that is longer than its lock timeout (here 100 ms), after which
 * H2 gives a wait up.
 */
class NetworkLockTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_network_lock_");

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:network-lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=100");
        return Stream.of(Arguments.of("H2", h2, null),
                Arguments.of("PostgreSQL", TestPostgres.dataSource(SCHEMA), SCHEMA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aListWaitsForTheNetworkAsLongAsAnotherListHoldsIt(String name, DataSource db, String schema)
            throws Exception {
        TestPostgres.dropSchema(SCHEMA);
        var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration",
                schema == null ? "classpath:db/vendor/h2" : "classpath:db/vendor/postgresql");
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        NetworkRepository networks = new NetworkRepository(JdbcClient.create(db));
        networks.save(new Network("n", "Network", Network.PublicKind.ADULTS, null));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));

        // the second list waits, past H2's lock timeout, without failing, and goes on once the first one is done
        HeldLock.secondWaitsForTheFirst(tx, () -> networks.lockForIntake("n"), Duration.ofMillis(600));
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
