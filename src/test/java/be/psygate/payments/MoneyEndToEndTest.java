package be.psygate.payments;

import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.TestIds;
import be.psygate.identity.Iban;
import be.psygate.payments.sepa.AccountCredits;
import be.psygate.payments.sepa.BankCredit;
import be.psygate.payments.sepa.CamtWriter;
import be.psygate.payments.sepa.CreditTransfer;
import be.psygate.payments.sepa.CreditTransferBatch;
import be.psygate.payments.sepa.Pain001Reader;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Money from end to end: a list in, a billing run, the insurer's settlement (one session paid in full, one in
 * part, one refused), a payment run; the pain.001 transfer and the practice's statement checked line by line, and
 * nothing paid twice when the settlement comes again or the payment run is repeated.
 */
class MoneyEndToEndTest extends GatewayTest {

    @Autowired
    BankStatementService bankStatements;

    @Test
    void paysTrancheOneAndTwoAndClawsBackWhatTheInsurerRefused() throws Exception {
        TestPractice practice = registeredPractice("payee");
        String list = TestPractice.HEADER + "\n"
                + "PAY-1;" + practice.inami() + ";" + TestIds.niss("700101", 501, false) + ";116;N;2025-05-05;792691;;;\n"
                + "PAY-2;" + practice.inami() + ";" + TestIds.niss("700101", 502, false) + ";116;N;2025-05-06;792691;;;\n"
                + "PAY-3;" + practice.inami() + ";" + TestIds.niss("700101", 503, false) + ";116;N;2025-05-07;792691;;;\n";
        Path home = practiceHome("payee");
        sendList("payee", "may.csv", list);

        admin().postForEntity("/api/billing-runs", null, Map.class);
        long batch = jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a "
                + "on a.session_id = l.id where l.practice_inami = ? and a.invoice_batch_id is not null")
                .param(practice.inami()).query(Long.class).single();
        Map<String, Long> ids = Map.of("PAY-1", sessionId(practice, "PAY-1"), "PAY-2", sessionId(practice, "PAY-2"),
                "PAY-3", sessionId(practice, "PAY-3"));

        // insurer 100 settles: PAY-1 in full (66.10), PAY-2 in part (30.00), PAY-3 refused
        InsurerCode mutuality = InsurerCode.parse("116");
        InsurerReturn settlement = InsurerReturn.settlement("100", batch, true, "90001", LocalDate.parse("2025-07-15"),
                List.of(ReturnLine.accepted(ids.get("PAY-1"), LineRef.parse("PAY-1"), mutuality, new BigDecimal("66.10")),
                        ReturnLine.accepted(ids.get("PAY-2"), LineRef.parse("PAY-2"), mutuality, new BigDecimal("30.00")),
                        ReturnLine.refused(ids.get("PAY-3"), LineRef.parse("PAY-3"), mutuality, "R000412",
                                "Insurability not open on the session date")),
                List.of(MutualitySettlement.of(mutuality, new BigDecimal("198.30"), new BigDecimal("96.10"),
                        "100-" + batch + "-116")));
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        Formats.ANSWERS.named("efact").write(settlement, answer);
        Drop.file(DATA_DIR.resolve("sftp/insurers/100/out"), "answer-" + batch + ".txt", answer.toByteArray());
        await().atMost(WAIT).until(() -> "REFUSED".equals(insurerState(ids.get("PAY-3"))));
        assertThat(insurerState(ids.get("PAY-1"))).isEqualTo("PAID");
        assertThat(insurerState(ids.get("PAY-2"))).isEqualTo("PARTLY_PAID");
        // the payment the bank is to show: the reference and what the insurer accepted for the mutuality
        assertThat(jdbc.sql("select amount from announced_payment where payment_ref = ?").param("100-" + batch + "-116")
                .query(BigDecimal.class).single()).isEqualByComparingTo("96.10");

        // the same settlement again, under another name: recognised, nothing changes
        Drop.file(DATA_DIR.resolve("sftp/insurers/100/out"), "answer-" + batch + "-again.txt", answer.toByteArray());
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from insurer_return where file_name = ?")
                .param("answer-" + batch + "-again.txt").query(Integer.class).single() == 0
                && Files.notExists(DATA_DIR.resolve("sftp/insurers/100/out/answer-" + batch + "-again.txt")));
        // the answers made three entries; the list's tranche 1 is owed since its intake, written out entry by entry
        // by the next payment run: the balance shows the six open entries, each once
        assertThat(entries(practice)).isEqualTo(3);
        Map<String, Object> owed = admin().getForObject("/api/practices/{p}/balance", Map.class, practice.inami());
        assertThat((List<Map<String, Object>>) owed.get("entries")).extracting(e -> e.get("kind") + " " + e.get("amount"))
                .containsExactlyInAnyOrder("TRANCHE_1 59.49", "TRANCHE_1 59.49", "TRANCHE_1 59.49",
                        "TRANCHE_2 6.61", "CLAWBACK -29.49", "CLAWBACK -59.49");
        assertThat(owed).containsEntry("open", 96.1);

        // tranche 1 is due on 2025-07-30 (a month after the list), tranche 2 and clawbacks on 2025-08-15
        Map<?, ?> run = admin().postForObject("/api/payment-runs?dueBy=2025-08-31", null, Map.class);
        assertThat(run.get("transfers")).isNotNull();
        assertThat(entries(practice)).as("tranche 1 written out by the run").isEqualTo(6);
        Path statement = home.resolve("out").resolve(((List<String>) run.get("statements")).stream()
                .filter(s -> s.startsWith("payee/")).findFirst().orElseThrow().substring("payee/out/".length()));
        await().atMost(WAIT).until(() -> Files.exists(statement));
        List<String> lines = Files.readAllLines(statement);
        assertThat(lines).as("statement").hasSize(8);
        assertThat(lines).containsExactly(
                "line_ref;session_date;pseudocode;entry;amount;due_date;list;insurer_state",
                "PAY-1;2025-05-05;792691;TRANCHE_1;59.49;2025-07-30;may.csv;PAID",
                "PAY-1;2025-05-05;792691;TRANCHE_2;6.61;2025-08-15;may.csv;PAID",
                "PAY-2;2025-05-06;792691;TRANCHE_1;59.49;2025-07-30;may.csv;PARTLY_PAID",
                "PAY-2;2025-05-06;792691;CLAWBACK;-29.49;2025-08-15;may.csv;PARTLY_PAID",
                "PAY-3;2025-05-07;792691;TRANCHE_1;59.49;2025-07-30;may.csv;REFUSED",
                "PAY-3;2025-05-07;792691;CLAWBACK;-59.49;2025-08-15;may.csv;REFUSED",
                lines.get(7));
        assertThat(lines.get(7)).startsWith("#total;;;;96.10;;");

        // the bank file pays exactly what the insurer paid: 66.10 + 30.00
        Path pain = DATA_DIR.resolve("bank/out").resolve((String) run.get("painFile"));
        await().atMost(WAIT).until(() -> Files.exists(pain));
        CreditTransferBatch transfers;
        try (InputStream in = Files.newInputStream(pain)) {
            transfers = new Pain001Reader().read(in);
        }
        CreditTransfer ours = transfers.transfers().stream()
                .filter(t -> t.creditorName().equals("Practice payee")).findFirst().orElseThrow();
        assertThat(ours.amount()).isEqualByComparingTo("96.10");
        assertThat(ours.creditorIban().value()).isEqualTo("BE14063123456783");
        // executed on the run's day (a TARGET2 business day), not on dueBy; the message id told apart per install
        assertThat(transfers.executionDate()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(transfers.messageId()).matches("PSYGATE-[0-9A-Z]{25}");
        assertThat(transfers.batchBooking()).isTrue();
        assertThat(ours.remittanceInformation())
                .isEqualTo("PsyGate 2025-06-30: 3 sessions, details in " + statement.getFileName());

        // the session's life and the practice's balance, as the API shows them
        List<Map<String, Object>> life = admin().getForObject("/api/sessions?practice={p}&lineRef=PAY-2", List.class,
                practice.inami());
        assertThat(life.get(0)).containsEntry("insurerState", "PARTLY_PAID").containsEntry("insurerPaid", 30.0)
                .containsEntry("paymentReference", "100-" + batch + "-116");
        Map<String, Object> balance = admin().getForObject("/api/practices/{p}/balance", Map.class, practice.inami());
        assertThat(balance).containsEntry("paid", 96.1).containsEntry("open", 0.0);

        // a second run pays nothing again
        Map<?, ?> again = admin().postForObject("/api/payment-runs?dueBy=2025-12-31", null, Map.class);
        assertThat((List<String>) again.get("statements")).noneMatch(s -> s.startsWith("payee/"));
        assertThat(jdbc.sql("select count(*) from practice_entry where practice_inami = ? and payment_id is null")
                .param(practice.inami()).query(Integer.class).single()).isZero();
    }

    @Test
    void provisionalErrorsAreRecordedAndARefusedFilePutsEverySessionBackToBeInvoicedAgain() throws Exception {
        TestPractice practice = registeredPractice("refused");
        sendList("refused", "may.csv", practice.listOf("REF", 3));
        admin().postForEntity("/api/billing-runs", null, Map.class);
        long batch = jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a "
                + "on a.session_id = l.id where l.practice_inami = ? and a.invoice_batch_id is not null")
                .param(practice.inami()).query(Long.class).single();
        InsurerCode mutuality = InsurerCode.parse("100");
        Path out = DATA_DIR.resolve("sftp/insurers/100/out");

        // first a provisional list of errors: one line each, the sessions stay in their batch
        InsurerReturn provisional = InsurerReturn.provisionalErrors("100", batch, true, "90002",
                LocalDate.parse("2025-07-01"), List.of(
                        ReturnLine.refused(sessionId(practice, "REF-1"), LineRef.parse("REF-1"), mutuality, "R000412",
                                "Insurability not open"),
                        ReturnLine.refused(sessionId(practice, "REF-2"), LineRef.parse("REF-2"), mutuality, "R000412",
                                "Insurability not open"),
                        // a session number the gateway never sent in this batch: recorded, naming no session
                        ReturnLine.refused(999_999_999L, LineRef.parse("STRANGER-1"), mutuality, "R000412",
                                "Insurability not open")));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        Formats.ANSWERS.named("efact").write(provisional, first);
        Drop.file(out, "provisional-" + batch + ".txt", first.toByteArray());
        await().atMost(WAIT).until(() -> returnLines(batch, "PROVISIONAL_ERROR") == 3);
        assertThat(jdbc.sql("select session_id from return_line where line_ref = 'STRANGER-1'")
                .query((rs, n) -> rs.getObject(1)).list()).containsExactly((Object) null);

        // then the whole file refused: every session of the batch is recorded and goes back to be invoiced
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Formats.ANSWERS.named("efact").write(InsurerReturn.fileRefused("100", batch, true, "12", "90003",
                LocalDate.parse("2025-07-02")), second);
        Drop.file(out, "refused-" + batch + ".txt", second.toByteArray());
        await().atMost(WAIT).until(() -> returnLines(batch, "REOPENED") == 3);
        assertThat(jdbc.sql("select count(*) from session_line l left join session_account a on a.session_id = l.id where l.practice_inami = ? "
                        + "and a.invoice_batch_id is null and a.insurer_state = 'REOPENED'").param(practice.inami())
                .query(Integer.class).single()).isEqualTo(3);

        admin().postForEntity("/api/billing-runs", null, Map.class);
        assertThat(jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a "
                + "on a.session_id = l.id where l.practice_inami = ? and a.invoice_batch_id is not null")
                .param(practice.inami()).query(Long.class).list()).singleElement().isNotEqualTo(batch);
    }

    private int returnLines(long batch, String outcome) {
        return jdbc.sql("select count(*) from return_line l join insurer_return r on r.id = l.return_id "
                + "where r.batch_id = ? and l.outcome = ?").params(batch, outcome).query(Integer.class).single();
    }

    @Test
    void aTrancheTwoWaitingForTheBankIsReleasedWhenTheStatementShowsTheInsurersPayment() throws Exception {
        TestPractice practice = registeredPractice("banked");
        sendList("banked", "june.csv", practice.listOf("BNK", 1));
        long session = sessionId(practice, "BNK-1");
        // as a settlement leaves it when psygate.payments.release=bank: a tranche 2 held until the bank shows it
        jdbc.sql("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, payment_ref, "
                        + "confirmed, created_at) values (?, ?, 2, 'TRANCHE_2', 6.61, date '2025-08-15', "
                        + "'300-000000000777-319', false, current_timestamp)")
                .params(practice.inami(), session).update();

        bankStatements.announce("300", null, "300-000000000777-319", new BigDecimal("1234.56"));
        ByteArrayOutputStream camt = new ByteArrayOutputStream();
        new CamtWriter().write054(new AccountCredits("STMT-1", LocalDateTime.parse("2025-07-20T08:00:00"),
                Iban.parse("BE88363000000141"), List.of(new BankCredit(LocalDate.parse("2025-07-19"),
                new BigDecimal("1234.56"), "SOLIDARIS", "300-000000000777-319", null))), camt);
        Drop.file(DATA_DIR.resolve("bank/in"), "camt054-0719.xml", camt.toByteArray());

        await().atMost(WAIT).until(() -> jdbc.sql("select confirmed from practice_entry where session_id = ? "
                + "and number = 2").param(session).query(Boolean.class).single());
        assertThat(jdbc.sql("select matched_ref from bank_credit where file_name = 'camt054-0719.xml'")
                .query(String.class).single()).isEqualTo("300-000000000777-319");
    }

    @Test
    void thePracticePremiumCountsTheIndividualSessionsOfTheReferencePeriodReceivedByTheCutOff() throws Exception {
        TestPractice practice = registeredPractice("premium");
        String list = TestPractice.HEADER + "\n"
                + practice.line("PRM-1", TestPractice.nextPatient(), "2023-07-03", "792691") + "\n"
                + practice.line("PRM-2", TestPractice.nextPatient(), "2023-07-04", "792691") + "\n"
                + practice.line("PRM-3", TestPractice.nextPatient(), "2023-07-05", "792713") + "\n"
                + practice.line("PRM-4", TestPractice.nextPatient(), "2023-07-06", "792654") + "\n";
        assertThat(Files.readAllLines(sendList("premium", "july-2023.csv", list)).subList(1, 5))
                .allMatch(l -> l.contains(";ACCEPTED;"));
        String late = TestPractice.HEADER + "\n"
                + practice.line("PRM-5", TestPractice.nextPatient(), "2023-07-10", "792676") + "\n";
        assertThat(Files.readAllLines(sendList("premium", "late-2023.csv", late)).get(1)).contains(";ACCEPTED;");
        // the gateway under test received both lists "today"; say when they would have come: 23:30 on 5 October
        // 2023 in Brussels (in time), and 00:30 on 6 October in Brussels, still 5 October in UTC (too late)
        receivedAt(practice, "july-2023.csv", "2023-10-05T21:30:00Z");
        receivedAt(practice, "late-2023.csv", "2023-10-05T22:30:00Z");

        Map<String, Object> report = admin().getForObject("/api/premiums/2023", Map.class);
        assertThat(report).containsEntry("cutOff", "2023-10-05");
        assertThat((Integer) report.get("receivedAfterCutOff")).isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) report.get("premiums");
        Map<String, Object> ours = all.stream().filter(p -> practice.inami().equals(p.get("inami"))).findFirst()
                .orElseThrow();
        // 4 x 77.10 = 308.40 attested: 800 x 308.40 / 36,000 = 6.85; one outreach session in four, 25% of the 50%
        // aimed at: 200 x 0.5 = 100.00. The late outreach session is left out (with it: 2 of 5, 160.00)
        assertThat(ours).containsEntry("sessions", 4).containsEntry("outreachSessions", 1)
                .containsEntry("receivedAfterCutOff", 1).containsEntry("attested", 308.4)
                .containsEntry("outreachShare", 0.25).containsEntry("part80", 6.85).containsEntry("part20", 100.0)
                .containsEntry("total", 106.85);
        String csv = admin().getForObject("/api/premiums/2023.csv", String.class);
        assertThat(csv).contains(practice.inami() + ";demo-adults;308.40;0.2500;6.85;100.00;106.85;793995;4;1;1\r\n");
    }

    private void receivedAt(TestPractice practice, String fileName, String instant) {
        assertThat(jdbc.sql("update received_file set received_at = ? where practice_inami = ? and file_name = ?")
                .params(Timestamp.from(Instant.parse(instant)), practice.inami(), fileName).update()).isEqualTo(1);
    }

    private long sessionId(TestPractice practice, String ref) {
        return jdbc.sql("select id from session_line where practice_inami = ? and line_ref = ?")
                .params(practice.inami(), ref).query(Long.class).single();
    }

    private String insurerState(long sessionId) {
        return jdbc.sql("select insurer_state from session_account where session_id = ?").param(sessionId)
                .query(String.class).optional().orElse(null);
    }

    private int entries(TestPractice practice) {
        return jdbc.sql("select count(*) from practice_entry where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single();
    }
}
