package be.psygate.ledger;

import be.psygate.money.account.SessionState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's way after intake, and the one writer of {@code session_account}: the batch that invoices it, a hold
 * out of billing, and the insurer's word on it. Each write is a named transition of the session's account
 * ({@code money.account}'s state machine): {@link #invoiced}, {@link #heldFromBilling}, {@link #reopened} (the
 * insurer refused the batch: invoiced again later) and {@link #answered} (paid, partly paid or refused). Intake's
 * own writes (a line stored, accepted or rejected) stay with {@link SessionLedger}, the owner of {@code session_line}.
 *
 * <p>Every transition is one statement for a whole set of sessions: a billing run of a million sessions inserts
 * them batch by batch, and an insurer's answer updates its sessions at once.
 */
@Repository
public class AccountLedger {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public AccountLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = LedgerSql.isPostgres(jdbc);
    }

    /**
     * Invoiced: the sessions are put in the batch. {@code fresh} were never invoiced (they have no account row
     * yet); {@code again} were invoiced before, in a batch the insurer refused. A session already in a batch, or held
     * out of billing, is left where it is.
     *
     * @return how many sessions the batch now holds of those given
     */
    public int invoiced(long batchId, Collection<Long> fresh, Collection<Long> again) {
        int count = 0;
        if (!fresh.isEmpty()) {
            if (postgres) {
                // one statement for the whole batch, the ids as one array
                count += SqlArrays.update(jdbc, "insert into session_account (session_id, invoice_batch_id) "
                        + "select t.id, ? from unnest(?::bigint[]) as t(id)", fresh, batchId);
            } else {
                List<Long> ids = new ArrayList<>(fresh);
                jdbc.batchUpdate("insert into session_account (session_id, invoice_batch_id) values (?, ?)", ids,
                        1000, (ps, id) -> {
                            ps.setLong(1, id);
                            ps.setLong(2, batchId);
                        });
                count += ids.size();
            }
        }
        if (!again.isEmpty()) {
            count += SqlArrays.update(jdbc, "update session_account set invoice_batch_id = ? where session_id = any(?) "
                    + "and invoice_batch_id is null and billing_hold is null", again, batchId);
        }
        return count;
    }

    /**
     * Held from billing: the session is taken out of its batch and out of every later one (it stays ACCEPTED), with
     * the reason.
     *
     * @return whether the batch held it
     */
    public boolean heldFromBilling(long batchId, long sessionId, String reason) {
        return jdbc.update("update session_account set invoice_batch_id = null, billing_hold = ? where session_id = ? "
                        + "and invoice_batch_id = ?",
                reason.substring(0, Math.min(reason.length(), 1000)), sessionId, batchId) == 1;
    }

    /** Reopened: the insurer refused the whole batch; its sessions go back to be invoiced again. */
    public int reopened(long batchId) {
        return jdbc.update("update session_account set insurer_state = ?, invoice_batch_id = null "
                + "where invoice_batch_id = ?", SessionState.REOPENED.name(), batchId);
    }

    /**
     * Answered: the insurer paid (all or part of) or refused each of these sessions; each takes the state its account
     * reached. A session named twice takes its last word, as with one update after the other.
     */
    public void answered(List<InsurerWord> words) {
        if (words.isEmpty()) {
            return;
        }
        if (!postgres) {
            jdbc.batchUpdate("update session_account set insurer_state = ?, insurer_paid = ?, insurer_error = ?, "
                    + "payment_ref = coalesce(?, payment_ref) where session_id = ?", words, 1000, (ps, w) -> {
                        ps.setString(1, w.state().name());
                        ps.setBigDecimal(2, w.paid());
                        ps.setString(3, w.errorCode());
                        ps.setString(4, w.paymentRef());
                        ps.setLong(5, w.sessionId());
                    });
            return;
        }
        Map<Long, InsurerWord> last = new LinkedHashMap<>();
        for (InsurerWord w : words) {
            last.put(w.sessionId(), w);
        }
        // one statement, one array a column
        SqlArrays.update(jdbc, "update session_account a set insurer_state = v.state, insurer_paid = v.paid, "
                + "insurer_error = v.error, payment_ref = coalesce(v.ref, a.payment_ref) "
                + "from unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::varchar[], ?::varchar[]) "
                + "as v(id, state, paid, error, ref) where a.session_id = v.id", SqlArrays.columns(last.values())
                .add("bigint", InsurerWord::sessionId)
                .add("varchar", w -> w.state().name())
                .add("numeric", InsurerWord::paid)
                .add("varchar", InsurerWord::errorCode)
                .add("varchar", InsurerWord::paymentRef));
    }

    /**
     * Brings the planner's statistics of {@code session_account} up to date (PostgreSQL's {@code ANALYZE}; H2 keeps
     * its own): after a billing run that put many sessions in batches, so that the plans that read a batch's sessions
     * (rendering, reconciliation) know the table's size. Counts the rows of the current transaction too.
     */
    public void refreshStatistics() {
        if (postgres) {
            jdbc.execute("analyze session_account");
        }
    }

    /**
     * The insurer's word on one session, as its account stands after it.
     *
     * @param paid       what the insurer has paid for the session in all
     * @param errorCode  the insurer's refusal code, null unless refused
     * @param paymentRef the payment's reference, null to keep the one known
     */
    public record InsurerWord(long sessionId, SessionState state, BigDecimal paid, String errorCode,
                              String paymentRef) {
    }
}
