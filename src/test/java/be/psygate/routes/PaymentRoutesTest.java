package be.psygate.routes;

import be.psygate.payments.PaymentService;
import be.psygate.payments.PaymentService.PaymentRunResult;
import be.psygate.payments.PaymentService.Statement;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * routes/payments.yaml: a payment run's pain.001 file goes to the bank folder, each statement to its practice's
 * out/, then the run is announced; a run that fails, or a statement that cannot be delivered, fails the run before
 * its event, back to its caller (the API or the schedule), which runs it again.
 */
@TestPropertySource(properties = {
        "route-test.file=payments.yaml",
        // the bank's folder is a setting: a mock endpoint here
        "psygate.payments.bank-out-uri=mock:bank"})
class PaymentRoutesTest extends RouteTest {

    @MockitoBean(name = "paymentService")
    PaymentService payments;

    @TempDir
    Path dir;

    PaymentRunResult run;

    @BeforeEach
    void aRunWithOneTransfer() throws IOException {
        File pain = Files.writeString(dir.resolve("pain.xml"), "<pain/>").toFile();
        File statement = Files.writeString(dir.resolve("statement.csv"), "statement").toFile();
        run = new PaymentRunResult(5L, 1, new BigDecimal("75.00"), "PAIN-5.xml", pain,
                List.of(new Statement("practice1", "practice1/out/statement-5.csv", statement, new BigDecimal("75.00"))),
                Map.of());
    }

    @Test
    void theRunsFileGoesToTheBankItsStatementsToThePracticesAndItIsAnnounced() throws Exception {
        when(payments.run(eq("API"), any())).thenReturn(run);
        deliveriesMocked(false);
        start();
        MockEndpoint bank = mock("mock:bank");
        bank.expectedHeaderReceived(Exchange.FILE_NAME, "PAIN-5.xml");
        MockEndpoint statements = mock("mock:statements");
        statements.expectedHeaderReceived(Exchange.FILE_NAME, "practice1/out/statement-5.csv");
        MockEndpoint events = mock(OPS_EVENTS);
        events.expectedMessageCount(1);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("payment-run").whenCompleted(1).create();

        Object result = producer.requestBodyAndHeader("direct:payment-run", null, "PsyGateTrigger", "API");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(result).isSameAs(run);
        assertThat(statements.getReceivedExchanges().get(0).getIn().getBody(String.class)).isEqualTo("statement");
        assertThat(events.getReceivedExchanges().get(0).getIn().getBody(String.class))
                .startsWith("{\"type\":\"PAYMENT_RUN\",\"runId\":5,\"transfers\":1,\"total\":\"75.00\",\"file\":\"PAIN-5.xml\"");
    }

    @Test
    void aRunThatFailsDeliversNothingAndAnnouncesNothing() throws Exception {
        when(payments.run(eq("API"), any())).thenThrow(new IllegalStateException("ledger locked"));
        deliveriesMocked(false);
        start();
        mock("mock:bank").expectedMessageCount(0);
        mock("mock:statements").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedMessageCount(0);

        assertThatThrownBy(() -> producer.requestBodyAndHeader("direct:payment-run", null, "PsyGateTrigger", "API"))
                .isInstanceOf(CamelExecutionException.class).hasRootCauseMessage("ledger locked");

        MockEndpoint.assertIsSatisfied(camel);
    }

    @Test
    void aStatementThatCannotBeDeliveredFailsTheRunBackToItsCallerBeforeItsEvent() throws Exception {
        when(payments.run(eq("API"), any())).thenReturn(run);
        deliveriesMocked(true);
        start();
        mock("mock:bank").expectedMessageCount(1);
        mock(OPS_EVENTS).expectedMessageCount(0);
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute("payment-run").whenFailed(1).create();

        assertThatThrownBy(() -> producer.requestBodyAndHeader("direct:payment-run", null, "PsyGateTrigger", "API"))
                .isInstanceOf(CamelExecutionException.class).hasRootCauseMessage("connection refused");

        assertThat(failed.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
    }

    private void deliveriesMocked(boolean statementsFail) throws Exception {
        sendReplaced("practice-statement-sftp", "sftp:*", "mock:statements",
                statementsFail ? () -> new IOException("connection refused") : null);
    }
}
