package be.psygate.billing;

import be.psygate.billing.InvoiceLedger.BatchMember;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import be.psygate.billing.InvoiceLedger.UninvoicedSession;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.ledger.AccountLedger.InsurerWord;
import be.psygate.ledger.AccountLedger;
import be.psygate.ledger.EntryLedger.OwedEntry;
import be.psygate.ledger.EntryLedger;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.money.account.SessionState;
import be.psygate.reconciliation.ReturnLedger;
import be.psygate.reconciliation.ReturnLedger.NewReturnLine;
import be.psygate.reconciliation.ReturnLineOutcome;
import be.psygate.reconciliation.ReturnStatus;
import be.psygate.support.OnH2AndPostgres;
import be.psygate.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's way after intake, written set-based (PostgreSQL: one statement per set, the values as arrays; H2:
 * batches), gives the same rows on both databases: sessions invoiced, a batch's totals to the cent, a session held
 * out of billing, a refused batch invoiced again, an answer's lines, entries and states in the answer's order.
 */
class SessionAccountsOnBothDatabasesTest {

    static final String SCHEMA = TestPostgres.newSchemaName("psygate_accounts_");
    static final String PRACTICE = "91234537770";

    static java.util.stream.Stream<Arguments> databases() {
        return TestPostgres.h2AndPostgres("accounts", SCHEMA);
    }

    @OnH2AndPostgres
    void invoicedHeldReopenedAndAnswered(String name, DataSource db, String schema) {
        // as the gateway migrates: the shared migrations, then its database's own
        var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration",
                schema == null ? "classpath:db/vendor/h2" : "classpath:db/vendor/postgresql");
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        AccountLedger accounts = new AccountLedger(jdbc);
        InvoiceLedger invoices = new InvoiceLedger(jdbc, accounts);
        EntryLedger entries = new EntryLedger(jdbc);
        ReturnLedger returns = new ReturnLedger(jdbc);
        long[] ids = sessions(jdbc, 5, new String[] {"66.10", "12.34", "0.01", "99.99", "45.00"});

        // a run puts the five sessions in a batch; the totals are theirs to the cent
        long run = invoices.createRun("API");
        List<BatchMember> members = uninvoiced(invoices);
        assertThat(members).extracting(BatchMember::id).containsExactly(ids[0], ids[1], ids[2], ids[3], ids[4]);
        long batch = invoices.createBatch(run, "100", YearMonth.of(2025, 3), "efact", "sftp", "insurers/100/in");
        invoices.fill(batch, members, "B1.txt");
        BatchRecord record = invoices.batch(batch).orElseThrow();
        assertThat(record.lineCount()).isEqualTo(5);
        assertThat(record.totalInsurerShare()).isEqualTo(new BigDecimal("223.44"));
        assertThat(record.totalFee()).isEqualTo(new BigDecimal("323.44"));
        assertThat(invoices.linesOf(batch)).extracting(InvoiceLine::sessionId)
                .containsExactly(ids[0], ids[1], ids[2], ids[3], ids[4]);
        assertThat(uninvoiced(invoices)).isEmpty();

        // one session held out: the batch counts four, and no later run takes it
        invoices.holdFromBilling(batch, ids[2], "not printable ASCII");
        assertThat(invoices.batch(batch).orElseThrow().totalInsurerShare()).isEqualTo(new BigDecimal("223.43"));
        assertThat(uninvoiced(invoices)).isEmpty();

        // the insurer refuses the batch: its four sessions are invoiced again, in a new batch
        assertThat(accounts.reopened(batch)).isEqualTo(4);
        List<BatchMember> again = uninvoiced(invoices);
        assertThat(again).extracting(BatchMember::id).containsExactly(ids[0], ids[1], ids[3], ids[4]);
        assertThat(again).allMatch(BatchMember::invoicedBefore);
        long second = invoices.createBatch(run, "100", YearMonth.of(2025, 3), "efact", "sftp", "insurers/100/in");
        invoices.fill(second, again, "B2.txt");
        assertThat(invoices.batch(second).orElseThrow().lineCount()).isEqualTo(4);

        // an answer: its lines, entries and states, in its order
        long answer = returns.insertReturn("100", second, ReturnKind.SETTLEMENT, "REF", "answer.txt", "sha-" + name,
                ReturnStatus.APPLIED, 3).orElseThrow();
        LocalDate day = LocalDate.of(2025, 7, 1);
        returns.insertLines(List.of(
                new NewReturnLine(answer, ids[0], "R0", ReturnLineOutcome.PAID, new BigDecimal("66.10"), null, null,
                        "P-1", day),
                new NewReturnLine(answer, ids[1], "R1", ReturnLineOutcome.REFUSED, new BigDecimal("0.00"), "R000412",
                        "x".repeat(600), null, day),
                new NewReturnLine(answer, null, "R9", ReturnLineOutcome.UNKNOWN_REFERENCE, new BigDecimal("1.00"),
                        null, null, null, day)));
        entries.owed(List.of(
                new OwedEntry(PRACTICE, new Entry(ids[0], 2, EntryKind.TRANCHE_2, new BigDecimal("6.61"),
                        day.plusMonths(1)), "P-1", false),
                new OwedEntry(PRACTICE, new Entry(ids[1], 2, EntryKind.CLAWBACK, new BigDecimal("-11.11"),
                        day.plusMonths(1)), null, true)));
        accounts.answered(List.of(
                new InsurerWord(ids[0], SessionState.PAID, new BigDecimal("66.10"), null, "P-1"),
                new InsurerWord(ids[1], SessionState.REFUSED, new BigDecimal("0.00"), "R000412", null)));

        assertThat(jdbc.queryForList("select session_id, outcome, error_text from return_line where return_id = ? "
                + "order by id", answer)).extracting(r -> r.get("outcome") == null ? r.get("OUTCOME") : r.get("outcome"))
                .containsExactly("PAID", "REFUSED", "UNKNOWN_REFERENCE");
        assertThat(jdbc.queryForObject("select length(error_text) from return_line where session_id = ?",
                Integer.class, ids[1])).isEqualTo(500);
        assertThat(returns.historyOf(List.of(ids[0], ids[1])).keySet()).containsExactlyInAnyOrder(ids[0], ids[1]);
        assertThat(jdbc.queryForObject("select sum(amount) from practice_entry where session_id in (?, ?)",
                BigDecimal.class, ids[0], ids[1])).isEqualByComparingTo("-4.50");
        assertThat(jdbc.queryForObject("select confirmed from practice_entry where session_id = ? and number = 2",
                Boolean.class, ids[0])).isFalse();
        assertThat(entries.confirmPaymentReference("P-1")).isEqualTo(1);
        Map<String, Object> paid = jdbc.queryForMap("select insurer_state, insurer_paid, payment_ref, "
                + "invoice_batch_id from session_account where session_id = ?", ids[0]);
        assertThat(paid.values()).containsExactly("PAID", new BigDecimal("66.10"), "P-1", second);
        Map<String, Object> refused = jdbc.queryForMap("select insurer_state, insurer_error, payment_ref "
                + "from session_account where session_id = ?", ids[1]);
        assertThat(refused.values()).containsExactly("REFUSED", "R000412", null);
    }

    private static List<BatchMember> uninvoiced(InvoiceLedger invoices) {
        List<BatchMember> out = new ArrayList<>();
        invoices.forEachUninvoiced((UninvoicedSession s) -> out.add(s.member()));
        return out;
    }

    /** Accepted sessions of one list, with these insurer shares (the fee is the share plus 20.00). */
    private static long[] sessions(JdbcTemplate jdbc, int count, String[] shares) {
        jdbc.update("insert into network (id, name, public_kind) values ('n', 'Network', 'ADULTS')");
        jdbc.update("insert into practice (inami, name, bce, iban, network_id, agreement_start, yearly_capacity, "
                + "sftp_user, language, created_at, updated_at) values (?, 'P', '0812345801', 'BE88363000000141', 'n', "
                + "date '2022-01-01', 500, 'p', 'fr', current_timestamp, current_timestamp)", PRACTICE);
        jdbc.update("insert into received_file (practice_inami, mode, file_name, remote_path, sha256, size_bytes, "
                + "status, received_at) values (?, 'BILL', 'l.csv', 'in/l.csv', 's', 1, 'PROCESSED', "
                + "current_timestamp)", PRACTICE);
        long file = jdbc.queryForObject("select max(id) from received_file", Long.class);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            BigDecimal share = new BigDecimal(shares[i]);
            jdbc.update("insert into session_line (file_id, line_number, practice_inami, line_ref, accepted_ref, "
                    + "psychologist_inami, patient_niss, insurer_code, session_date, pseudocode, status, fee, "
                    + "insurer_share, copay, tranche1) values (?, ?, ?, ?, ?, ?, '85073003328', '100', "
                    + "date '2025-03-04', '792691', 'ACCEPTED', ?, ?, ?, ?)", file, i + 2, PRACTICE, "R" + i, "R" + i,
                    PRACTICE, share.add(new BigDecimal("20.00")), share, new BigDecimal("20.00"),
                    share.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP));
            ids[i] = jdbc.queryForObject("select id from session_line where line_ref = ?", Long.class, "R" + i);
        }
        return ids;
    }

    @AfterAll
    static void dropSchema() {
        try {
            TestPostgres.dropSchema(SCHEMA);
        } catch (java.sql.SQLException | RuntimeException ignored) {
            // nothing to drop
        }
    }
}
