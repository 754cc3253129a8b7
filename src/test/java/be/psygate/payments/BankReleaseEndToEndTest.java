package be.psygate.payments;

import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.TestIds;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import be.psygate.support.TestResources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole gateway with {@code psygate.payments.release=bank}, in a context of its own (its own data directory,
 * SFTP port and broker): a list in over SFTP, a billing run, the insurer's settlement from its SFTP folder, payment
 * runs; the tranche 2 is held after the settlement and paid only once a camt.053 statement in the bank's folder
 * shows the insurer's credit on the hospital's account. The same credit on another account releases nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class BankReleaseEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path DATA_DIR = TestResources.newTempDir("psygate-bank-release-");
    private static final int SFTP_PORT = TestResources.freePort();
    private static final int BROKER_PORT = TestResources.freePort();
    private static final Path FIXTURES = Path.of("test-fixtures/bank");

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("psygate.data-dir", DATA_DIR::toString);
        registry.add("psygate.sftp.port", () -> SFTP_PORT);
        registry.add("psygate.clock.fixed", () -> GatewayTest.TODAY);
        registry.add("psygate.simulated-insurer.answering", () -> "200,300");
        registry.add("psygate.intake.poll-delay", () -> 100);
        registry.add("psygate.intake.read-lock-check-interval", () -> 250);
        registry.add("psygate.broker.acceptor", () -> "tcp://127.0.0.1:" + BROKER_PORT);
        registry.add("psygate.payments.release", () -> "bank");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrancheTwoIsPaidOnlyOnceAStatementShowsTheInsurersCreditOnTheHospitalsAccount() throws Exception {
        TestPractice practice = TestPractice.newOne("bankrel");
        admin().postForEntity("/api/practices", practice.registration("password-bankrel", null), Map.class);
        String list = TestPractice.HEADER + "\n"
                + "REL-1;" + practice.inami() + ";" + TestIds.niss("700101", 601, false)
                + ";116;N;2025-05-05;792691;;;\n";
        Drop.andAwaitAnswer(DATA_DIR.resolve("sftp/practices/bankrel"), "in", "may.csv",
                list.getBytes(StandardCharsets.UTF_8), "may.csv.ack.csv", WAIT);
        admin().postForEntity("/api/billing-runs", null, Map.class);
        long batch = jdbc.sql("select distinct a.invoice_batch_id from session_line l join session_account a "
                + "on a.session_id = l.id where l.practice_inami = ? and a.invoice_batch_id is not null")
                .param(practice.inami()).query(Long.class).single();
        long session = jdbc.sql("select id from session_line where practice_inami = ? and line_ref = 'REL-1'")
                .param(practice.inami()).query(Long.class).single();
        String reference = "100-" + batch + "-116";

        // insurer 100 settles REL-1 in full, under its payment reference, from its SFTP folder
        InsurerCode mutuality = InsurerCode.parse("116");
        InsurerReturn settlement = InsurerReturn.settlement("100", batch, true, "90101", LocalDate.parse("2025-07-15"),
                List.of(ReturnLine.accepted(session, LineRef.parse("REL-1"), mutuality, new BigDecimal("66.10"))),
                List.of(MutualitySettlement.of(mutuality, new BigDecimal("66.10"), new BigDecimal("66.10"),
                        reference)));
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        Formats.ANSWERS.named("efact").write(settlement, answer);
        Drop.file(DATA_DIR.resolve("sftp/insurers/100/out"), "answer-" + batch + ".txt", answer.toByteArray());
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from announced_payment where payment_ref = ?")
                .param(reference).query(Integer.class).single() == 1);

        // the settlement alone pays tranche 1, and holds tranche 2 for the bank
        admin().postForObject("/api/payment-runs?dueBy=2025-08-31", null, Map.class);
        assertThat(paid(practice)).containsExactly("59.49");
        assertThat(trancheTwoConfirmed(session)).isFalse();

        // the insurer's credit on another account: no evidence, nothing released
        String statement = Files.readString(FIXTURES.resolve("camt053-v08.xml"))
                .replace("300-000000009308-319", reference);
        Drop.file(DATA_DIR.resolve("bank/in"), "other-account.xml", statement
                .replace("BE88363000000141", "BE71096123456769").replace("2025-93-08", "2025-OTHER")
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> Files.exists(DATA_DIR.resolve("bank/in/.done/other-account.xml")));
        admin().postForObject("/api/payment-runs?dueBy=2025-08-31", null, Map.class);
        assertThat(trancheTwoConfirmed(session)).isFalse();
        assertThat(paid(practice)).containsExactly("59.49");

        // the hospital's own statement (camt.053.001.08) shows it: tranche 2 released, paid by the next run, once
        Drop.file(DATA_DIR.resolve("bank/in"), "statement.xml", statement.getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> trancheTwoConfirmed(session));
        admin().postForObject("/api/payment-runs?dueBy=2025-08-31", null, Map.class);
        assertThat(paid(practice)).containsExactly("59.49", "6.61");
        Drop.file(DATA_DIR.resolve("bank/in"), "statement-again.xml", statement.getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> Files.exists(DATA_DIR.resolve("bank/in/.done/statement-again.xml")));
        admin().postForObject("/api/payment-runs?dueBy=2025-12-31", null, Map.class);
        assertThat(paid(practice)).containsExactly("59.49", "6.61");
        assertThat(decisions("other-account.xml")).containsExactly("OTHER_ACCOUNT", "DEBIT");
        assertThat(decisions("statement.xml")).containsExactly("MATCHED", "DEBIT");
        assertThat(decisions("statement-again.xml")).as("a duplicate, counted nowhere").isEmpty();
    }

    private List<String> decisions(String fileName) {
        return jdbc.sql("select decision from bank_credit where file_name = ? order by id").param(fileName)
                .query(String.class).list();
    }

    private List<String> paid(TestPractice practice) {
        return jdbc.sql("select amount from payment where practice_inami = ? and returned_at is null order by id")
                .param(practice.inami()).query(BigDecimal.class).list().stream().map(BigDecimal::toPlainString)
                .toList();
    }

    private boolean trancheTwoConfirmed(long session) {
        return jdbc.sql("select confirmed from practice_entry where session_id = ? and kind = 'TRANCHE_2'")
                .param(session).query(Boolean.class).single();
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }
}
