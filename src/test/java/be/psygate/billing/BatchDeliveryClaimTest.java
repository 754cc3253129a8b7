package be.psygate.billing;

import be.psygate.ledger.AccountLedger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instance delivers a batch (issue "Operations and reliability": two gateways asked for a billing run at once
 * each delivered every pending batch), on H2 and PostgreSQL migrated as in production: of two instances claiming a
 * pending batch at once exactly one gets it; a delivered batch is claimed by none; a failed delivery gives the claim
 * back; a claim older than the delivery lease (its instance died) is taken again.
 */
class BatchDeliveryClaimTest {

    static final Duration LEASE = Duration.ofMinutes(10);
    static final String PG_URL = env("PSYGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("PSYGATE_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("PSYGATE_TEST_PG_PASSWORD", "");
    static final String SCHEMA = "psygate_batches_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:batches-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DriverManagerDataSource postgres = new DriverManagerDataSource(
                PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, PG_USER, PG_PASSWORD);
        return Stream.of(Arguments.of("H2", h2, null), Arguments.of("PostgreSQL", postgres, SCHEMA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneInstanceDeliversABatch(String name, DataSource db, String schema) throws Exception {
        var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        InvoiceLedger a = new InvoiceLedger(jdbc, new AccountLedger(jdbc));
        InvoiceLedger b = new InvoiceLedger(jdbc, new AccountLedger(jdbc));
        long run = a.createRun("API");
        Instant now = Instant.parse("2025-07-01T06:00:00Z");

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                long batch = a.createBatch(run, "100", YearMonth.of(2025, 3), "efact", "sftp", "insurers/100/in");
                assertThat(race(threads, a, b, batch, now)).as("round %d", round).isEqualTo(1);
                if (round % 3 == 0) {
                    a.markDelivered(batch);
                    assertThat(b.claimDelivery(batch, now.plus(LEASE.multipliedBy(2)), now.plus(LEASE)))
                            .as("a delivered batch").isFalse();
                } else if (round % 3 == 1) {
                    a.recordFailure(batch, "the insurer's server is down");
                    assertThat(b.claimDelivery(batch, now, now.minus(LEASE))).as("after a failure").isTrue();
                } else {
                    assertThat(b.claimDelivery(batch, now.plus(LEASE).minusSeconds(1), now.minusSeconds(1)))
                            .as("a claim younger than the lease").isFalse();
                    assertThat(b.claimDelivery(batch, now.plus(LEASE).plusSeconds(1), now.plusSeconds(1)))
                            .as("a claim older than the lease").isTrue();
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static int race(ExecutorService threads, InvoiceLedger a, InvoiceLedger b, long batch, Instant now)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (InvoiceLedger instance : List.of(a, b)) {
            Callable<Boolean> claim = () -> {
                together.await(10, TimeUnit.SECONDS);
                return instance.claimDelivery(batch, now, now.minus(LEASE));
            };
            results.add(threads.submit(claim));
        }
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        return won;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
