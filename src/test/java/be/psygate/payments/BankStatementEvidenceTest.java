package be.psygate.payments;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.OpsTopic;
import be.psygate.support.TestPractice;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bank side with {@code psygate.payments.release=bank}: bank-style statements (the fixtures of
 * {@code test-fixtures/bank}) dropped in the bank's folder, tranches 2 held for the insurers' payment references as
 * a settlement leaves them, and the references announced as a settlement announces them. Weak evidence releases
 * nothing; a statement before its settlement and one after release the same tranche 2, once.
 */
class BankStatementEvidenceTest extends GatewayTest {

    private static final Path FIXTURES = Path.of("test-fixtures/bank");
    private static final BigDecimal ANNOUNCED = new BigDecimal("66.10");

    @Autowired
    BankStatementService bankStatements;

    @Autowired
    ConnectionFactory connectionFactory;

    @Value("${psygate.broker.ops-events}")
    String opsTopic;

    @Test
    void weakEvidenceReleasesNothingAndTheRestOfThePaymentReleasesTheTrancheOnce() throws Exception {
        String ref = "300-000000000803-319";
        long session = heldTrancheTwo("weakbank", "WEAK", ref).get(0);
        assertThat(bankStatements.announce("300", null, ref, ANNOUNCED)).isZero();

        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            // 0.01 and 66.10 on another company's account, 66.10 in USD, 10.00 on the hospital's account (the
            // reference in AddtlNtryInf only), and entries that are no money received or carry no whole reference
            Map<String, Object> weak = drop(topic, "camt053-weak-evidence.xml", "camt053-weak-evidence.xml");
            assertThat(weak).containsEntry("duplicate", false).containsEntry("entries", 10)
                    .containsEntry("setAside", 7).containsEntry("credits", 3).containsEntry("short", 1)
                    .containsEntry("matched", 0).containsEntry("unmatched", 2).containsEntry("released", 0);
            assertThat(confirmed(session)).isFalse();
            assertThat(decisions("camt053-weak-evidence.xml")).containsExactly("OTHER_ACCOUNT", "OTHER_ACCOUNT",
                    "OTHER_CURRENCY", "SHORT", "ZERO_AMOUNT", "DEBIT", "REVERSAL", "NOT_BOOKED", "UNMATCHED",
                    "UNMATCHED");
            await().atMost(WAIT).until(() -> topic.ofType("ALERT_BANK_SHORT_PAYMENT").stream()
                    .anyMatch(a -> ref.equals(a.get("paymentReference"))));
            assertThat(topic.ofType("ALERT_BANK_SHORT_PAYMENT").stream()
                    .filter(a -> ref.equals(a.get("paymentReference"))).findFirst().orElseThrow())
                    .containsEntry("announced", "66.10").containsEntry("received", "10.00");

            // the rest, its reference split over two Ustrd lines: 10.00 + 56.10 cover the 66.10 announced
            Map<String, Object> rest = drop(topic, "camt054-rest-of-payment.xml", "camt054-rest-of-payment.xml");
            assertThat(rest).containsEntry("matched", 1).containsEntry("released", 1);
            assertThat(confirmed(session)).isTrue();

            // the evening statement reports the same credit again (same bank reference): it counts once
            Map<String, Object> evening = drop(topic, "camt053-end-of-day.xml", "camt053-end-of-day.xml");
            assertThat(evening).containsEntry("repeated", 1).containsEntry("matched", 0)
                    .containsEntry("released", 0);
            // the notification dropped a second time, under another name: a duplicate, counted nowhere
            Map<String, Object> again = drop(topic, "camt054-rest-of-payment.xml", "camt054-rest-of-payment-2.xml");
            assertThat(again).containsEntry("duplicate", true)
                    .containsEntry("duplicateOf", "camt054-rest-of-payment.xml");
            assertThat(decisions("camt054-rest-of-payment-2.xml")).isEmpty();
        }
        assertThat(jdbc.sql("select sum(amount) from bank_credit where matched_ref = ? and decision = 'MATCHED'")
                .param(ref).query(BigDecimal.class).single()).isEqualByComparingTo(ANNOUNCED);
        assertThat(jdbc.sql("select count(*) from practice_entry where payment_ref = ? and confirmed = true")
                .param(ref).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aStatementBeforeItsSettlementAndOneAfterReleaseTheSameTrancheTwoOnce() throws Exception {
        String before = "300-000000000801-319";
        String after = "300-000000000802-319";
        List<Long> sessions = heldTrancheTwo("orderbank", "ORD", before, after);

        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            // the statement first: the credit is recorded, nothing announced it yet
            Map<String, Object> first = drop(topic, "camt053-before-settlement.xml", "camt053-before-settlement.xml");
            assertThat(first).containsEntry("unmatched", 1).containsEntry("released", 0);
            assertThat(confirmed(sessions.get(0))).isFalse();
            // then the settlement announces the reference: it looks back and finds the credit
            assertThat(bankStatements.announce("300", null, before, ANNOUNCED)).isEqualTo(1);
            assertThat(confirmed(sessions.get(0))).isTrue();
            assertThat(decisions("camt053-before-settlement.xml")).containsExactly("MATCHED");

            // the settlement first, then the statement
            assertThat(bankStatements.announce("300", null, after, ANNOUNCED)).isZero();
            assertThat(confirmed(sessions.get(1))).isFalse();
            Map<String, Object> second = drop(topic, "camt054-after-settlement.xml", "camt054-after-settlement.xml");
            assertThat(second).containsEntry("matched", 1).containsEntry("released", 1);
            assertThat(confirmed(sessions.get(1))).isTrue();

            // each again, in the other order: nothing more
            assertThat(bankStatements.announce("300", null, after, ANNOUNCED)).isZero();
            assertThat(drop(topic, "camt053-before-settlement.xml", "camt053-before-settlement-2.xml"))
                    .containsEntry("duplicate", true);
            assertThat(bankStatements.announce("300", null, before, ANNOUNCED)).isZero();

            // more money under a reference paid in full: flagged, nothing more released
            Map<String, Object> more = drop(topic, "camt054-overpayment.xml", "camt054-overpayment.xml");
            assertThat(more).containsEntry("matched", 1).containsEntry("released", 0);
            assertThat(decisions("camt054-overpayment.xml")).containsExactly("OVERPAID");
            assertThat(decisions("camt053-before-settlement.xml")).containsExactly("MATCHED");
            await().atMost(WAIT).until(() -> topic.ofType("ALERT_BANK_OVERPAYMENT").stream()
                    .anyMatch(a -> before.equals(a.get("paymentReference")) && "71.10".equals(a.get("received"))
                            && "66.10".equals(a.get("announced"))));
        }
        for (String ref : List.of(before, after)) {
            assertThat(jdbc.sql("select count(*) from bank_credit where matched_ref = ?").param(ref)
                    .query(Integer.class).single()).as(ref).isEqualTo(ref.equals(before) ? 2 : 1);
            assertThat(jdbc.sql("select count(*) from practice_entry where payment_ref = ? and confirmed = true")
                    .param(ref).query(Integer.class).single()).as(ref).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from announced_payment where payment_ref = ? "
                    + "and released_at is not null").param(ref).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void eachRefusedStatementRaisesAnAlertNamingItsFileAndAnEvent() throws Exception {
        try (OpsTopic topic = OpsTopic.listen(connectionFactory, opsTopic)) {
            Drop.file(DATA_DIR.resolve("bank/in"), "camt053-v13-not-read.xml",
                    Files.readAllBytes(FIXTURES.resolve("camt053-v13-not-read.xml")));
            Drop.file(DATA_DIR.resolve("bank/in"), "xxe-camt054.xml",
                    Files.readAllBytes(FIXTURES.resolve("xxe-camt054.xml")));

            await().atMost(WAIT).until(() -> topic.ofType("ALERT_BANK_STATEMENT_REFUSED").size() >= 2);
            assertThat(topic.ofType("ALERT_BANK_STATEMENT_REFUSED"))
                    .extracting(a -> a.get("fileName"))
                    .containsExactlyInAnyOrder("camt053-v13-not-read.xml", "xxe-camt054.xml");
            assertThat(topic.ofType("ALERT_BANK_STATEMENT_REFUSED").stream()
                    .filter(a -> "camt053-v13-not-read.xml".equals(a.get("fileName"))).findFirst().orElseThrow()
                    .get("reason").toString()).contains("camt.053.001.13");
            await().atMost(WAIT).until(() -> topic.ofType("BANK_STATEMENT").stream()
                    .filter(e -> Boolean.TRUE.equals(e.get("refused"))).count() >= 2);
        }
        await().atMost(WAIT).until(() -> Files.exists(DATA_DIR.resolve("bank/in/.failed/camt053-v13-not-read.xml")));
        assertThat(decisions("camt053-v13-not-read.xml")).isEmpty();
    }

    /** A practice with one session per reference, each with a tranche 2 held for that reference. */
    private List<Long> heldTrancheTwo(String user, String prefix, String... refs) throws IOException {
        TestPractice practice = TestPractice.newOne(user);
        rest.withBasicAuth("admin", "admin").postForEntity("/api/practices",
                practice.registration("password-" + user, null), Map.class);
        Path home = practiceHome(user);
        drop(user, "july.csv", practice.listOf(prefix, refs.length));
        await().atMost(WAIT).until(() -> Files.exists(home.resolve("out/july.csv.ack.csv")));
        List<Long> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            long session = jdbc.sql("select id from session_line where practice_inami = ? and line_ref = ?")
                    .params(practice.inami(), prefix + "-" + (i + 1)).query(Long.class).single();
            // as a settlement leaves it when psygate.payments.release=bank
            jdbc.sql("insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                            + "payment_ref, confirmed, created_at) values (?, ?, 2, 'TRANCHE_2', 6.61, "
                            + "date '2025-08-15', ?, false, current_timestamp)")
                    .params(practice.inami(), session, refs[i]).update();
            sessions.add(session);
        }
        return sessions;
    }

    /** Drops a fixture in the bank's folder under {@code name} and waits for its {@code BANK_STATEMENT} event. */
    private Map<String, Object> drop(OpsTopic topic, String fixture, String name) throws IOException {
        Drop.file(DATA_DIR.resolve("bank/in"), name, Files.readAllBytes(FIXTURES.resolve(fixture)));
        await().atMost(WAIT).until(() -> topic.ofType("BANK_STATEMENT").stream()
                .anyMatch(e -> name.equals(e.get("fileName"))));
        return topic.ofType("BANK_STATEMENT").stream().filter(e -> name.equals(e.get("fileName"))).findFirst()
                .orElseThrow();
    }

    private boolean confirmed(long session) {
        return jdbc.sql("select confirmed from practice_entry where session_id = ? and number = 2").param(session)
                .query(Boolean.class).single();
    }

    private List<String> decisions(String fileName) {
        return jdbc.sql("select decision from bank_credit where file_name = ? order by id").param(fileName)
                .query(String.class).list();
    }
}
