package be.psygate.billing;

import be.psygate.ledger.AccountLedger;
import be.psygate.support.Race;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    static final String SCHEMA = TestPostgres.newSchemaName("psygate_batches_");

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("batches", SCHEMA);
    }

    @OnH2AndPostgres
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
        TestPostgres.dropSchema(SCHEMA);
    }

    /** How many of the two instances got the batch's delivery, both claiming it at the same moment. */
    private static int race(ExecutorService threads, InvoiceLedger a, InvoiceLedger b, long batch, Instant now)
            throws Exception {
        return Race.winners(threads, List.of(() -> a.claimDelivery(batch, now, now.minus(LEASE)),
                () -> b.claimDelivery(batch, now, now.minus(LEASE))));
    }
}
