package be.psygate.retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the ledger still needs a list: read only, from the tables of intake, reconciliation and payments.
 */
@Component
public class Settlements {

    /** An archive time may lag its record's time by the gateway's clock against the machine's zone: a day at most. */
    private static final Duration MATCH_TOLERANCE = Duration.ofDays(1);

    private final JdbcClient jdbc;

    public Settlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the list uploaded at this path (relative to the practices' folder) and archived then stands: the latest
     * record of an upload at that path received before it was archived.
     *
     * @param settledAt null while it is not settled: an accepted session its insurer has not paid or refused for
     *                  good, or an amount owed for one of its sessions not paid yet
     */
    public record Settlement(long fileId, Instant settledAt) {
        public boolean settled() {
            return settledAt != null;
        }
    }

    public Optional<Settlement> of(String uploadPath, Instant archivedAt) {
        List<Object[]> files = jdbc.sql("select id, received_at, answered_at from received_file "
                        + "where remote_path = ? and received_at <= ? order by received_at desc, id desc")
                .params(uploadPath, Timestamp.from(archivedAt.plus(MATCH_TOLERANCE)))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2), rs.getTimestamp(3)})
                .list();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        long fileId = (Long) files.get(0)[0];
        Timestamp received = (Timestamp) files.get(0)[1];
        Timestamp answered = (Timestamp) files.get(0)[2];
        long open = jdbc.sql("select count(*) from session_line l left join session_account a on a.session_id = l.id "
                        + "where l.file_id = ? and l.status = 'ACCEPTED' "
                        + "and (a.insurer_state is null or a.insurer_state not in ('PAID', 'REFUSED'))")
                .param(fileId).query(Long.class).single();
        // a list whose tranche 1 is not written out yet (tranche1_pending) owes it still, unpaid
        long unpaid = jdbc.sql("select count(*) from practice_entry e join session_line l on l.id = e.session_id "
                        + "where l.file_id = ? and e.payment_id is null")
                .param(fileId).query(Long.class).single()
                + jdbc.sql("select count(*) from tranche1_pending where file_id = ?")
                .param(fileId).query(Long.class).single();
        if (open > 0 || unpaid > 0) {
            return Optional.of(new Settlement(fileId, null));
        }
        Timestamp lastReturn = jdbc.sql("select max(r.received_at) from insurer_return r "
                        + "join return_line rl on rl.return_id = r.id join session_line l on l.id = rl.session_id "
                        + "where l.file_id = ?")
                .param(fileId).query(Timestamp.class).optional().orElse(null);
        Timestamp lastPayment = jdbc.sql("select max(pr.started_at) from payment_run pr "
                        + "join payment p on p.payment_run_id = pr.id join practice_entry e on e.payment_id = p.id "
                        + "join session_line l on l.id = e.session_id where l.file_id = ?")
                .param(fileId).query(Timestamp.class).optional().orElse(null);
        Instant settled = Stream.of(received, answered, lastReturn, lastPayment)
                .filter(t -> t != null).map(Timestamp::toInstant).max(Instant::compareTo).orElseThrow();
        return Optional.of(new Settlement(fileId, settled));
    }

    /** Counts of the financial records older than {@code before}, which the gateway never deletes. */
    public record FinancialCounts(long lists, long invoiceBatches, long insurerAnswers, long paymentRuns) {
    }

    public FinancialCounts olderThan(Instant before) {
        Timestamp t = Timestamp.from(before);
        return new FinancialCounts(
                count("select count(*) from received_file where received_at < ?", t),
                count("select count(*) from invoice_batch where created_at < ?", t),
                count("select count(*) from insurer_return where received_at < ?", t),
                count("select count(*) from payment_run where started_at < ?", t));
    }

    private long count(String sql, Timestamp t) {
        return jdbc.sql(sql).param(t).query(Long.class).single();
    }
}
