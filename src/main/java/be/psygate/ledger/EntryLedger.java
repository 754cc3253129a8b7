package be.psygate.ledger;

import be.psygate.money.account.Entry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What each session is worth to its psychologist, entry by entry, and the one writer of {@code practice_entry} and of
 * {@code tranche1_pending}: tranche 1, owed by a list from its intake and written out entry by entry before a
 * payment run, what an insurer's answer makes owed (tranche 2, clawbacks), the bank's confirmation of an insurer's
 * payment, an entry paid by a transfer and owed again when the bank returns the transfer.
 */
@Repository
public class EntryLedger {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public EntryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = LedgerSql.isPostgres(jdbc);
    }

    /**
     * Tranche 1 of every session a list had accepted, due on {@code due}: one row for the whole list, in the list's
     * transaction. The entries themselves are written by {@link #postTranche1()}, before a payment run plans.
     */
    public void owesTranche1(long fileId, String practiceInami, LocalDate due) {
        jdbc.update("insert into tranche1_pending (file_id, practice_inami, due_date, noted_at) values (?, ?, ?, ?)",
                fileId, practiceInami, Date.valueOf(due), Timestamp.from(Instant.now()));
    }

    /**
     * Writes out the tranche 1 of every list still owed as one ({@link #owesTranche1}): an entry a session the list
     * accepted, due when the list's row says, and the list's row goes. The caller holds the payment-run lock, so
     * that two instances never post the same list; a list noted while this runs is left for the next call. A
     * session that has its tranche 1 entry already (written by an earlier version at intake) gets none again.
     *
     * @return how many entries were written
     */
    public int postTranche1() {
        List<Long> lists = jdbc.queryForList("select file_id from tranche1_pending order by file_id", Long.class);
        if (lists.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(Instant.now());
        // On PostgreSQL the unique index on (session_id, number) skips a session that has its entry already. A "not
        // exists" there was planned once for the whole run, from statistics that had not seen the entries this very
        // transaction writes: a scan of every entry written so far, list after list (1,960 lists took 317 s).
        String alreadyPosted = postgres ? " on conflict (session_id, number) do nothing"
                : " and not exists (select 1 from practice_entry e where e.session_id = l.id and e.number = 1)";
        int[][] written = jdbc.batchUpdate("insert into practice_entry (practice_inami, session_id, number, kind, "
                        + "amount, due_date, confirmed, created_at) select l.practice_inami, l.id, 1, 'TRANCHE_1', "
                        + "l.tranche1, p.due_date, true, ? from tranche1_pending p join session_line l "
                        + "on l.file_id = p.file_id where p.file_id = ? and l.status = 'ACCEPTED'" + alreadyPosted,
                lists, 500, (ps, file) -> {
                    ps.setTimestamp(1, now);
                    ps.setLong(2, file);
                });
        jdbc.batchUpdate("delete from tranche1_pending where file_id = ?", lists, 500,
                (ps, file) -> ps.setLong(1, file));
        int count = 0;
        for (int[] batch : written) {
            for (int n : batch) {
                count += Math.max(n, 0);
            }
        }
        return count;
    }

    /**
     * Records what an insurer's answer made owed, in the order given: on PostgreSQL one statement for them all (one
     * array a column), else one batch.
     */
    public void owed(List<OwedEntry> owed) {
        if (owed.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (!postgres) {
            jdbc.batchUpdate("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                    + "payment_ref, confirmed, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", owed, 1000, (ps, o) -> {
                        Entry e = o.entry();
                        ps.setString(1, o.practiceInami());
                        ps.setLong(2, e.sessionId());
                        ps.setInt(3, e.number());
                        ps.setString(4, e.kind().name());
                        ps.setBigDecimal(5, e.amount());
                        ps.setDate(6, Date.valueOf(e.due()));
                        ps.setString(7, o.paymentRef());
                        ps.setBoolean(8, o.confirmed());
                        ps.setTimestamp(9, now);
                    });
            return;
        }
        SqlArrays.update(jdbc, "insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                + "payment_ref, confirmed, created_at) "
                + "select v.practice, v.session, v.number, v.kind, v.amount, v.due, v.ref, v.confirmed, ? "
                + "from unnest(?::varchar[], ?::bigint[], ?::int[], ?::varchar[], ?::numeric[], ?::date[], "
                + "?::varchar[], ?::boolean[]) with ordinality "
                + "as v(practice, session, number, kind, amount, due, ref, confirmed, ord) order by v.ord",
                SqlArrays.columns(owed)
                        .add("varchar", OwedEntry::practiceInami)
                        .add("bigint", o -> o.entry().sessionId())
                        .add("int4", o -> o.entry().number())
                        .add("varchar", o -> o.entry().kind().name())
                        .add("numeric", o -> o.entry().amount())
                        .add("date", o -> Date.valueOf(o.entry().due()))
                        .add("varchar", OwedEntry::paymentRef)
                        .add("bool", OwedEntry::confirmed), now);
    }

    /** The bank shows an insurer's payment: the tranches waiting for it are released. */
    public int confirmPaymentReference(String paymentRef) {
        return jdbc.update("update practice_entry set confirmed = true where payment_ref = ? and confirmed = false",
                paymentRef);
    }

    /** Marks the entries paid by a transfer; how many of them were still unpaid (each counted 1, or -2 unknown). */
    public int[][] paidBy(long paymentId, List<Entry> entries) {
        return jdbc.batchUpdate("update practice_entry set payment_id = ? where session_id = ? and number = ? "
                + "and payment_id is null", entries, 500, (ps, e) -> {
                    ps.setLong(1, paymentId);
                    ps.setLong(2, e.sessionId());
                    ps.setInt(3, e.number());
                });
    }

    /** A transfer returned: its entries are owed again (unlinked from it). */
    public int owedAgain(long paymentId) {
        return jdbc.update("update practice_entry set payment_id = null where payment_id = ?", paymentId);
    }

    /**
     * An amount owed for a session, as an insurer's answer made it.
     *
     * @param paymentRef the insurer's payment it comes from, null for a clawback
     * @param confirmed  false while it waits for the bank to show that payment
     */
    public record OwedEntry(String practiceInami, Entry entry, String paymentRef, boolean confirmed) {
    }
}
