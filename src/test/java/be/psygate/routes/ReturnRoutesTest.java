package be.psygate.routes;

import be.psygate.payments.BankStatementService;
import be.psygate.reconciliation.ReconciliationService;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * routes/returns.yaml: an insurer's answer, from its SFTP out/ folder or from Artemis, and a bank statement are
 * each reconciled under their name and announced; an answer that cannot be reconciled fails back to the consumer
 * that read it (the SFTP read moves it to insurers-failed, the transacted queue read rolls it back to the broker,
 * which redelivers it, then parks it on its dead-letter queue), announced nothing, under the reading route's id.
 */
@TestPropertySource(properties = {
        "camel.main.routes-include-pattern=classpath:routes/templates.yaml,classpath:routes/ops.yaml,"
                + "classpath:routes/returns.yaml",
        // the bank's folder is a setting: a direct endpoint here
        "psygate.payments.bank-in-uri=direct:bank-in"})
class ReturnRoutesTest extends RouteTest {

    @MockitoBean(name = "reconciliationService")
    ReconciliationService reconciliation;

    @MockitoBean(name = "bankStatementService")
    BankStatementService bank;

    @BeforeEach
    void readersReplaced() throws Exception {
        advise("insurer-returns-sftp", a -> a.replaceFromWith("direct:insurers-out"));
        advise("insurer-returns-jms", a -> a.replaceFromWith("direct:insurer-returns-queue"));
    }

    @Test
    void anAnswerFromAnInsurersFolderIsReconciledUnderItsNameAndAnnounced() throws Exception {
        when(reconciliation.receive(any(), eq("ret-100.xml"))).thenReturn(event("INSURER_RETURN", "ret-100.xml"));
        start();
        mock(OPS_EVENTS).expectedBodiesReceived("{\"type\":\"INSURER_RETURN\",\"file\":\"ret-100.xml\"}");
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("insurer-returns-sftp").whenCompleted(1).create();

        producer.sendBodyAndHeader("direct:insurers-out", "<answer/>", Exchange.FILE_NAME_ONLY, "ret-100.xml");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        verify(reconciliation).receive("<answer/>".getBytes(StandardCharsets.UTF_8), "ret-100.xml");
    }

    @Test
    void anAnswerFromTheQueueAndABankStatementAreReconciledAndAnnounced() throws Exception {
        when(reconciliation.receive(any(), eq("ret-300.csv"))).thenReturn(event("INSURER_RETURN", "ret-300.csv"));
        when(bank.receive(any(), eq("camt-1.xml"))).thenReturn(event("BANK_STATEMENT", "camt-1.xml"));
        start();
        mock(OPS_EVENTS).expectedBodiesReceived("{\"type\":\"INSURER_RETURN\",\"file\":\"ret-300.csv\"}",
                "{\"type\":\"BANK_STATEMENT\",\"file\":\"camt-1.xml\"}");

        producer.sendBodyAndHeader("direct:insurer-returns-queue", "a;b".getBytes(StandardCharsets.UTF_8),
                "PsyGateFileName", "ret-300.csv");
        producer.sendBodyAndHeader("direct:bank-in", "<camt/>", Exchange.FILE_NAME_ONLY, "camt-1.xml");

        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
    }

    @Test
    void anAnswerThatCannotBeReconciledFailsBackToTheFolderReadUnderItsIdAndIsNotAnnounced() throws Exception {
        when(reconciliation.receive(any(), any())).thenThrow(new IllegalArgumentException("not an answer"));
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);

        Exchange read = producer.send("direct:insurers-out", e -> {
            e.getIn().setBody("garbage");
            e.getIn().setHeader(Exchange.FILE_NAME_ONLY, "garbage.txt");
        });

        assertThat(read.getException()).hasMessage("not an answer");
        // the alert names the route that read the file, as when the steps were written in it
        assertThat(read.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID)).isEqualTo("insurer-returns-sftp");
        MockEndpoint.assertIsSatisfied(camel);
    }

    @Test
    void anAnswerFromTheQueueThatCannotBeReconciledFailsBackToTheBrokerForItsDeadLetterQueue() throws Exception {
        when(reconciliation.receive(any(), any())).thenThrow(new IllegalArgumentException("not an answer"));
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute("insurer-returns-jms").whenFailed(1).create();

        Exchange read = producer.send("direct:insurer-returns-queue", e -> {
            e.getIn().setBody("garbage".getBytes(StandardCharsets.UTF_8));
            e.getIn().setHeader("PsyGateFileName", "garbage.txt");
        });

        assertThat(failed.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(read.getException()).hasMessage("not an answer");
        MockEndpoint.assertIsSatisfied(camel);
    }

    private static Map<String, Object> event(String type, String file) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("file", file);
        return e;
    }
}
