package be.psygate.reconciliation;

import be.psygate.billing.InsurerState;
import be.psygate.billing.InvoiceLedger;
import be.psygate.ledger.AccountLedger;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two transactions taking in answers to one invoice batch, on two threads (two lanes, or two gateway instances),
 * take turns at {@link InvoiceLedger#lockBatch} ({@code select ... for update}), on H2 and PostgreSQL migrated as in
 * production: the second waits there while the first holds the batch, and once the first commits it goes on seeing
 * what the first wrote; an answer to another batch does not wait.
 */
class AnswersOfOneBatchTakeTurnsTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_turns_");

    static Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("turns", SCHEMA);
    }

    @OnH2AndPostgres
    void theSecondAnswerToABatchWaitsAtItsLockUntilTheFirstCommits(String name, DataSource db, String schema)
            throws Exception {
        var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        InvoiceLedger ledger = new InvoiceLedger(jdbc, new AccountLedger(jdbc));
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db));
        long run = ledger.createRun("API");
        long batch = ledger.createBatch(run, "100", YearMonth.of(2025, 3), "efact", "sftp", "insurers/100/in");
        long otherBatch = ledger.createBatch(run, "200", YearMonth.of(2025, 3), "efact", "sftp", "insurers/200/in");
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        CountDownLatch secondLocked = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(t -> {
                ledger.lockBatch(batch);
                ledger.setInsurerState(batch, InsurerState.RECEIVED);
                firstHolds.countDown();
                await(firstMayCommit);
                ledger.setInsurerState(batch, InsurerState.SETTLED);
            }));
            assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Optional<InsurerState>> second = threads.submit(() -> transaction.execute(t -> {
                longLockWaits(jdbc, schema);
                ledger.lockBatch(batch);
                secondLocked.countDown();
                return ledger.insurerState(batch);
            }));

            Optional<InsurerState> other = transaction.execute(t -> {
                ledger.lockBatch(otherBatch);
                return ledger.insurerState(otherBatch);
            });
            assertThat(other).as("an answer to another batch does not wait").isEmpty();
            assertThat(secondLocked.await(500, TimeUnit.MILLISECONDS)).as("the second waits while the first holds it")
                    .isFalse();
            firstMayCommit.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).as("the second sees what the first committed")
                    .contains(InsurerState.SETTLED);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        TestPostgres.dropSchema(SCHEMA);
    }

    /** On H2, a lock is waited for longer than the test holds it (PostgreSQL waits as long as it takes). */
    private static void longLockWaits(JdbcTemplate jdbc, String schema) {
        if (schema == null) {
            jdbc.execute("set lock_timeout 20000");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
