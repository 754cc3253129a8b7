package be.psygate.console;

import be.psygate.billing.InvoiceLedger;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.ops.DeadLetters.DeadLetter;
import be.psygate.ops.DeadLetters;
import be.psygate.ops.OperatorActions;
import be.psygate.payments.PaymentLedger;
import be.psygate.practice.NetworkService;
import be.psygate.reconciliation.ReturnLedger;
import be.psygate.reconciliation.ReturnLineOutcome;
import be.psygate.reconciliation.ReturnStatus;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.jms.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may see and do what in the web console's pages: nobody sees a page without logging in; ops reads every page
 * and sends no form; admin sends the forms, which are audited; a form without its CSRF token is refused. The API
 * keeps its HTTP basic login and takes no session.
 */
class ConsolePagesAccessTest extends GatewayTest {

    private static final String DEMO_NETWORK = "demo-adults";
    private static final String DEMO_PRACTICE = "91234537770";
    private static final List<String> PAGES = List.of("/", "/files", "/practices", "/practices/" + DEMO_PRACTICE,
            "/networks", "/networks/" + DEMO_NETWORK, "/billing", "/returns", "/payments", "/dead-letters", "/audit",
            "/operations");

    @Autowired
    WebApplicationContext context;
    @Autowired
    NetworkService networks;
    @Autowired
    OperatorActions audit;
    @Autowired
    InvoiceLedger invoices;
    @Autowired
    ReturnLedger returns;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    PaymentLedger paymentLedger;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** The other tests register practices without naming a network: the gateway must serve one only. */
    @AfterEach
    void networksOfThisTestRemoved() {
        jdbc.sql("delete from network where id like 'console-test-%'").update();
    }

    /**
     * The console's own files and the WebJars are served where the pages link them, and nothing else is taken for a
     * static file: a page's links to other pages are written as they are.
     */
    @Test
    void theConsolesFilesAreServedUnderAssetsAndWebJarsAndPageLinksAreLeftAlone() throws Exception {
        for (String file : List.of("/assets/console.css", "/assets/console.js", "/assets/network-chart.js",
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js")) {
            mvc.perform(get(file)).andExpect(status().isOk());
        }
        mvc.perform(get("/networks/" + DEMO_NETWORK).with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/practices/" + DEMO_PRACTICE + "\"")));
    }

    @Test
    void aVisitorWhoHasNotLoggedInIsSentToTheLoginFormAndSeesNoData() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
        mvc.perform(get("/login").header("Accept-Language", "fr-BE,fr;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
                        containsString("name=\"username\""), containsString("name=\"password\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void theLoginFormLogsTheApiUsersInAndRefusesAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("ops").password("ops"))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername("ops").withRoles("OPS"));
        mvc.perform(formLogin("/login").user("ops").password("wrong"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void theLoginFormIsThrottledLikeTheApi() throws Exception {
        // an address of its own, so that no other test's logins are refused
        String address = "192.0.2.77";
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").with(from(address)).with(csrf()).param("username", "flood-" + i)
                            .param("password", "guess"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // locked out: even the right password is not checked
        mvc.perform(post("/login").with(from(address)).with(csrf()).param("username", "ops").param("password", "ops"))
                .andExpect(redirectedUrl("/login?throttled")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("id=\"login-throttled\"")));
    }

    /** The admin sees {@code page} with its control {@code controlId}, which asks for a confirmation. */
    /**
     * The admin sees the page's control, starts a run with it ({@code runs} redirects back to the page): one run
     * more is counted, and the write is audited.
     */
    private void adminStartsARun(String page, String controlId, String runs, LongSupplier count) throws Exception {
        adminSeesControl(page, controlId);
        long runsBefore = count.getAsLong();
        mvc.perform(post(runs).with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(count.getAsLong()).isEqualTo(runsBefore + 1);
        auditedAsAdmin(runs);
    }

    private void adminSeesControl(String page, String controlId) throws Exception {
        mvc.perform(get(page).with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("admin-control"),
                        containsString("id=\"" + controlId + "\""), containsString("data-confirm="))));
    }

    /** The operators' audit has the admin's request to {@code path}, answered by a redirect. */
    private void auditedAsAdmin(String path) {
        assertThat(audit.latest(5)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("admin");
            assertThat(a.path()).isEqualTo(path);
            assertThat(a.status()).isEqualTo(302);
        });
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void opsSeesEveryPageInTheBrowsersLanguageButNoAdminControl() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).with(user("ops").roles("OPS")).header("Accept-Language", "nl-BE,nl;q=0.9"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("<html lang=\"nl\">"),
                            not(containsString("admin-control")), containsString("Afmelden"))));
        }
        // a language the console does not speak: English
        mvc.perform(get("/").with(user("ops").roles("OPS")).header("Accept-Language", "de-DE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void theOverviewAsksForItsCountsAgainAndGetsThePartAloneUntilTheRefreshTimeHasPassed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").session(session).with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-get=\"/\""),
                        containsString("hx-trigger=\"every 5s\""), containsString("/webjars/htmx.org/"))));
        // the refresh: the same address, the part alone, still polling
        mvc.perform(get("/").session(session).header("HX-Request", "true").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section id=\"live\""), containsString("id=\"intake\""),
                        containsString("hx-trigger=\"every 5s\""), not(containsString("<html")))));
        // an unattended screen: opened longer ago than psygate.console.refresh-for (30m): the last part, no more polls
        session.setAttribute(OverviewPage.OPENED, Instant.now().minus(Duration.ofMinutes(31)));
        mvc.perform(get("/").session(session).header("HX-Request", "true").with(user("ops").roles("OPS")))
                .andExpect(status().is(OverviewPage.STOP_POLLING))
                .andExpect(content().string(allOf(containsString("id=\"intake\""), not(containsString("hx-trigger")),
                        containsString("id=\"refresh-state\""))));
    }

    @Test
    void aRefreshAfterTheLoginEndedSendsTheWholePageToTheLoginForm() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"))
                .andExpect(content().string(not(containsString("intake"))));
    }

    @Test
    void opsIsRefusedEveryFormAndNothingChanges() throws Exception {
        mvc.perform(networkForm("console-test-ops").with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(practiceForm().with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        long runsBefore = runCount();
        mvc.perform(post("/billing/runs").with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/billing/parked/1").with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(runCount()).isEqualTo(runsBefore);
        long paymentRunsBefore = paymentRunCount();
        mvc.perform(post("/payments/runs").with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(paymentRunCount()).isEqualTo(paymentRunsBefore);
        assertThat(networks.find("console-test-ops")).isEmpty();
        assertThat(audit.latest(5)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("ops");
            assertThat(a.path()).isEqualTo("/networks");
            assertThat(a.status()).isEqualTo(403);
        });
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedEvenToAnAdmin() throws Exception {
        mvc.perform(networkForm("console-test-nocsrf").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("admin").roles("ADMIN", "OPS"))).andExpect(status().isForbidden());
        long runsBefore = runCount();
        mvc.perform(post("/billing/runs").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/billing/parked/1").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isForbidden());
        assertThat(runCount()).isEqualTo(runsBefore);
        long paymentRunsBefore = paymentRunCount();
        mvc.perform(post("/payments/runs").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isForbidden());
        assertThat(paymentRunCount()).isEqualTo(paymentRunsBefore);
        assertThat(networks.find("console-test-nocsrf")).isEmpty();
    }

    @Test
    void anAdminRegistersANetworkThroughTheFormAndTheWriteIsAudited() throws Exception {
        mvc.perform(get("/networks").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("admin-control"), containsString("name=\"id\""),
                        containsString("name=\"publicKind\""), containsString("name=\"yearlyContingent\""))));
        mvc.perform(networkForm("console-test-admin").with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(redirectedUrl("/networks/console-test-admin"));
        assertThat(networks.find("console-test-admin")).hasValueSatisfying(n ->
                assertThat(n.yearlyContingent()).isEqualTo(1200));
        assertThat(audit.latest(5)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("admin");
            assertThat(a.method()).isEqualTo("POST");
            assertThat(a.path()).isEqualTo("/networks");
            assertThat(a.summary()).contains("NetworkPages.register", "id=console-test-admin")
                    .doesNotContain("_csrf");
            assertThat(a.status()).isEqualTo(302);
        });
    }

    @Test
    void anAdminStartsABillingRunFromTheBillingPageAndTheWriteIsAudited() throws Exception {
        adminStartsARun("/billing", "start-billing-run", "/billing/runs", this::runCount);
        assertThat(invoices.latestRuns(1)).singleElement()
                .satisfies(r -> assertThat(r.trigger()).isEqualTo("CONSOLE"));
    }

    @Test
    void aParkedBatchThatIsNotThereIsNotFound() throws Exception {
        mvc.perform(post("/billing/parked/987654321").with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminStartsAPaymentRunFromThePaymentsPageAndTheWriteIsAudited() throws Exception {
        adminStartsARun("/payments", "start-payment-run", "/payments/runs", this::paymentRunCount);
    }

    @Test
    void opsDownloadsThePremiumReportAsTheApiExportsIt() throws Exception {
        String api = mvc.perform(get("/api/premiums/2023.csv").with(httpBasic("ops", "ops")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/payments").with(user("ops").roles("OPS")))
                .andExpect(content().string(containsString("href=\"/payments/premiums-2023.csv\"")));
        mvc.perform(get("/payments/premiums-2023.csv").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(allOf(containsString("inami;network;attested"),
                        equalTo(api))));
        mvc.perform(get("/payments/premiums-2023.csv"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theInsurersAnswersShowTheirUnmatchedAndRefusedLinesWithoutNationalNumbersNorTheInsurersText()
            throws Exception {
        String niss = TestPractice.nextPatient();
        long answer = returns.insertReturn("100", null, ReturnKind.REJECTED, "CONSOLE-REF-1", "answer-" + niss + ".csv",
                "console-test-" + System.nanoTime(), ReturnStatus.APPLIED, 2).orElseThrow();
        returns.insertLines(List.of(
                new ReturnLedger.NewReturnLine(answer, null, "U" + niss, ReturnLineOutcome.UNKNOWN_REFERENCE, null,
                        null, "Patient Jeanne Exemple", null, LocalDate.now()),
                new ReturnLedger.NewReturnLine(answer, null, "R" + niss, ReturnLineOutcome.REFUSED, null, "E4711",
                        "Patient Jeanne Exemple", null, LocalDate.now())));
        mvc.perform(get("/returns").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CONSOLE-REF-1"), containsString("E4711"),
                        containsString("id=\"unmatched-lines\""), containsString("id=\"refused-lines\""),
                        not(containsString(niss)), not(containsString("Jeanne Exemple")))));
    }

    @Test
    void theDeadLettersShowNoBodyAndOnlyAnAdminWithItsTokenReplaysOneAudited() throws Exception {
        String queue = "psygate.billing.dead-letters";
        String niss = TestPractice.nextPatient();
        List<Long> before = parkedMessageIds();
        new JmsTemplate(connectionFactory).send(queue, session -> session.createTextMessage(
                "{\"batchId\":987654321,\"note\":\"Patient Jeanne Exemple " + niss + "\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedMessageIds().size() > before.size());
        long id = parkedMessageIds().stream().filter(m -> !before.contains(m)).findFirst().orElseThrow();

        mvc.perform(get("/dead-letters").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-queue=\"" + queue + "\""),
                        containsString("data-message=\"" + id + "\""), not(containsString(niss)),
                        not(containsString("Jeanne Exemple")), not(containsString("987654321")),
                        not(containsString("admin-control")))));
        String replay = "/dead-letters/" + queue + "/" + id + "/replay";
        mvc.perform(post(replay).with(user("ops").roles("OPS")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(replay).with(user("admin").roles("ADMIN", "OPS"))).andExpect(status().isForbidden());
        assertThat(parkedMessageIds()).contains(id);

        mvc.perform(get("/dead-letters").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(content().string(allOf(containsString("admin-control"), containsString("data-confirm="))));
        mvc.perform(post(replay).with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(redirectedUrl("/dead-letters"));
        // a parked batch the ledger does not know is dropped, never delivered
        assertThat(parkedMessageIds()).doesNotContain(id);
        auditedAsAdmin(replay);
    }

    @Test
    void aParkedBatchIsShownByItsBatchInsurerAndMonthAndAnAdminDeliversItAgainByTheBatch() throws Exception {
        long run = invoices.createRun("API");
        long batch = invoices.createBatch(run, "100", YearMonth.of(2025, 3), "efact", "sftp", "insurers/100/in");
        // delivered since it was parked: delivering it again must only drop the parked message
        jdbc.sql("update invoice_batch set status = 'DELIVERED' where id = ?").param(batch).update();
        List<Long> before = parkedMessageIds();
        new JmsTemplate(connectionFactory).send("psygate.billing.dead-letters",
                session -> session.createTextMessage("{\"batchId\":" + batch + "}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedMessageIds().size() > before.size());
        long message = parkedMessageIds().stream().filter(m -> !before.contains(m)).findFirst().orElseThrow();

        String row = "data-batch=\"" + batch + "\"";
        mvc.perform(get("/billing").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row), containsString("<td>100</td>"),
                        containsString("<td>2025-03</td>"), containsString("<td>DELIVERED</td>"),
                        not(containsString("deliver-again-")), not(containsString(">" + message + "<")))));
        mvc.perform(get("/billing").with(user("admin").roles("ADMIN", "OPS")))
                .andExpect(content().string(allOf(containsString("id=\"deliver-again-" + batch + "\""),
                        containsString("action=\"/billing/parked/" + batch + "\""))));

        mvc.perform(post("/billing/parked/" + batch).with(user("ops").roles("OPS")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(parkedMessageIds()).contains(message);
        mvc.perform(post("/billing/parked/" + batch).with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(redirectedUrl("/billing"));
        assertThat(parkedMessageIds()).doesNotContain(message);
        mvc.perform(post("/billing/parked/" + batch).with(user("admin").roles("ADMIN", "OPS")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void opsSeesEachPracticesStatementsWithTheirTranchesAndClawbacksAndDownloadsOneMasked() throws Exception {
        String inami = DEMO_PRACTICE;
        String niss = TestPractice.nextPatient();
        String sha = "console-statement-" + System.nanoTime();
        jdbc.sql("insert into received_file (practice_inami, mode, file_name, remote_path, sha256, size_bytes, status, "
                        + "received_at) values (?, 'BILL', ?, 'in/x.csv', ?, 1, 'PROCESSED', current_timestamp)")
                .params(inami, "statement-test-" + niss + ".csv", sha).update();
        long file = jdbc.sql("select id from received_file where sha256 = ?").param(sha).query(Long.class).single();
        long[] sessions = new long[2];
        for (int i = 0; i < 2; i++) {
            // held, so that no billing run of another test invoices these lines without an insurer
            jdbc.sql("insert into session_line (file_id, line_number, practice_inami, line_ref, status, session_date, "
                            + "pseudocode, tranche1) values (?, ?, ?, ?, 'ACCEPTED', date '2025-03-04', "
                            + "'794010', 60.00)")
                    .params(file, i + 1, inami, "S" + i + "-" + niss).update();
            sessions[i] = jdbc.sql("select id from session_line where practice_inami = ? and line_ref = ?")
                    .params(inami, "S" + i + "-" + niss).query(Long.class).single();
            jdbc.sql("insert into session_account (session_id, billing_hold) values (?, 'console statement test')")
                    .param(sessions[i]).update();
        }
        long run = paymentLedger.createRun("API", LocalDate.parse("2025-04-05"));
        jdbc.sql("insert into payment (payment_run_id, practice_inami, amount, end_to_end_id) values (?, ?, 100.00, ?)")
                .params(run, inami, "PSYGATE-" + run + "-1").update();
        long payment = jdbc.sql("select id from payment where payment_run_id = ?").param(run).query(Long.class)
                .single();
        String entry = "insert into practice_entry (practice_inami, session_id, number, kind, amount, due_date, "
                + "confirmed, payment_id, created_at) values (?, ?, ?, ?, ?, date '2025-04-04', true, ?, "
                + "current_timestamp)";
        jdbc.sql(entry).params(inami, sessions[0], 1, "TRANCHE_1", new BigDecimal("60.00"), payment).update();
        jdbc.sql(entry).params(inami, sessions[1], 1, "TRANCHE_1", new BigDecimal("60.00"), payment).update();
        jdbc.sql(entry).params(inami, sessions[1], 2, "CLAWBACK", new BigDecimal("-20.00"), payment).update();

        String row = "data-payment=\"" + payment + "\"";
        String csv = "/payments/statements/" + payment + ".csv";
        mvc.perform(get("/payments").param("practice", inami).with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row), containsString("€120.00"),
                        containsString("€20.00"), containsString("€100.00"),
                        containsString("href=\"" + csv + "\""),
                        containsString(String.format("statement-%08d-%s.csv", run, inami)),
                        not(containsString("admin-control")))));
        mvc.perform(get("/practices/" + inami).with(user("ops").roles("OPS")))
                .andExpect(content().string(containsString("href=\"/payments?practice=" + inami + "\"")));
        mvc.perform(get("/payments").param("practice", "00000000097").with(user("ops").roles("OPS")))
                .andExpect(status().isNotFound());

        mvc.perform(get(csv).with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("statement-")))
                .andExpect(content().string(allOf(
                        startsWith("line_ref;session_date;pseudocode;entry;amount;due_date;list;insurer_state\r\n"),
                        containsString(";2025-03-04;794010;CLAWBACK;-20.00;2025-04-04;"),
                        containsString("#total;;;;100.00;;PSYGATE-" + run + "-1;"), not(containsString(niss)))));
        mvc.perform(get(csv)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/payments/statements/987654321.csv").with(user("ops").roles("OPS")))
                .andExpect(status().isNotFound());
    }

    @Test
    void opsSeesEveryRouteWithItsStatusAndCountsAndEveryQueueWithItsMessagesWithoutHawtio() throws Exception {
        mvc.perform(get("/operations").with(user("ops").roles("OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-route=\"intake-practice-lists\""),
                        containsString("<td class=\"status\">Started</td>"), containsString("class=\"completed\""),
                        containsString("data-queue=\"psygate."), not(containsString("admin-control")),
                        not(containsString("id=\"broker-down\"")))));
    }

    private List<Long> parkedMessageIds() {
        return deadLetters.parkedBatches().shown().stream().map(DeadLetter::messageId).toList();
    }

    private long paymentRunCount() {
        return jdbc.sql("select count(*) from payment_run").query(Long.class).single();
    }

    private long runCount() {
        return jdbc.sql("select count(*) from billing_run").query(Long.class).single();
    }

    @Test
    void aFormWithMistakesShowsEachNextToItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/networks").with(user("admin").roles("ADMIN", "OPS")).with(csrf())
                        .param("id", "console-test-bad").param("name", "").param("publicKind", "ADULTS")
                        .param("yearlyContingent", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"yearlyContingent-error\""),
                        not(containsString("id=\"id-error\"")))));
        mvc.perform(post("/practices").with(user("admin").roles("ADMIN", "OPS")).with(csrf())
                        .param("inami", "123").param("name", "Practice").param("networkId", DEMO_NETWORK)
                        .param("agreementStart", "2025-01-01").param("yearlyCapacity", "100")
                        .param("sftpUser", "console-bad").param("sftpPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"inami-error\""),
                        containsString("id=\"bce-error\""), containsString("id=\"sftpPassword-error\""),
                        not(containsString("value=\"short\"")))));
        assertThat(networks.find("console-test-bad")).isEmpty();
    }

    @Test
    void theApiKeepsItsBasicLoginAndTakesNoSession() throws Exception {
        mvc.perform(get("/api/networks").with(httpBasic("ops", "ops")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/networks")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder networkForm(String id) {
        return post("/networks").param("id", id).param("name", "Console test network")
                .param("publicKind", "ADULTS").param("yearlyContingent", "1200");
    }

    private static MockHttpServletRequestBuilder practiceForm() {
        return post("/practices").param("inami", DEMO_PRACTICE).param("name", "Renamed by ops")
                .param("bce", "0812345603").param("iban", "BE14063123456783").param("networkId", DEMO_NETWORK)
                .param("agreementStart", "2022-01-01").param("yearlyCapacity", "600").param("sftpUser", "demo")
                .param("language", "fr");
    }
}
