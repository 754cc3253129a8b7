package be.psygate.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Supplier;

/**
 * Runs a write whose loss in a crash of the database server would cost no more than doing it again, in a transaction
 * that commits without waiting for the disk: on PostgreSQL with {@code synchronous_commit} off for that transaction
 * alone. Its rows are visible to every session at once, as after any commit; they reach the disk a fraction of a
 * second later, or with the next commit that waits for the disk, whichever comes first. Saves a wait for the disk, a
 * few milliseconds, a write. On H2, and inside a transaction already begun (whose own commit decides), the write is
 * run as it is.
 */
public final class QuickCommit {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean postgres;

    public QuickCommit(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.postgres = LedgerSql.isPostgres(jdbc);
    }

    /** Runs {@code write}, whose statements go to this data source, and commits it without waiting for the disk. */
    public <T> T run(Supplier<T> write) {
        if (!postgres || TransactionSynchronizationManager.isActualTransactionActive()) {
            return write.get();
        }
        return tx.execute(status -> {
            // for this transaction alone: the connection goes back to its pool as it was
            jdbc.execute("set local synchronous_commit to off");
            return write.get();
        });
    }
}
