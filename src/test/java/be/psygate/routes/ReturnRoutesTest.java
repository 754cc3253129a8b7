package be.psygate.routes;

import be.psygate.ops.OpsEvent.BankFileRepeated;
import be.psygate.ops.OpsEvent.ReturnOutcome;
import be.psygate.ops.OpsEvent.ReturnTaken;
import be.psygate.payments.BankStatementService;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.reconciliation.AnswerLanes;
import be.psygate.reconciliation.ReceivedAnswer;
import be.psygate.reconciliation.ReconciliationService;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.SynchronizationAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * routes/returns.yaml: an insurer's answer, from its SFTP out/ folder or from Artemis, and a bank statement are
 * each reconciled under their name and announced; an answer read from a folder is settled on a lane of its own while
 * the next is read, and its file moved once it is settled; an answer that cannot be reconciled fails back to the consumer
 * that read it (the SFTP read moves it to insurers-failed, the transacted queue read rolls it back to the broker,
 * which redelivers it, then parks it on its dead-letter queue), announced nothing, under the reading route's id.
 */
@TestPropertySource(properties = {
        "route-test.file=returns.yaml",
        // the bank's folder is a setting: a direct endpoint here
        "psygate.payments.bank-in-uri=direct:bank-in"})
@Import(ReturnRoutesTest.Lanes.class)
class ReturnRoutesTest extends RouteTest {

    private static final Instant AT = Instant.parse("2025-06-30T10:00:00Z");

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
    void anAnswerFromAnInsurersFolderIsReconciledUnderItsNameAnnouncedAndItsFileMovedOnceSettled() throws Exception {
        ReceivedAnswer read = readFrom(5, "ret-100.xml");
        CountDownLatch settling = new CountDownLatch(1);
        when(reconciliation.receive(read)).thenAnswer(i -> {
            assertThat(settling.await(10, TimeUnit.SECONDS)).isTrue();
            return answer("ret-100.xml");
        });
        start();
        mock(OPS_EVENTS).expectedBodiesReceived(answerJson("ret-100.xml"));
        FileMove move = new FileMove();

        Exchange handed = producer.send("direct:insurers-out", e -> {
            e.getIn().setBody("<answer/>");
            e.getIn().setHeader(Exchange.FILE_NAME_ONLY, "ret-100.xml");
            e.getExchangeExtension().addOnCompletion(move);
        });

        // the reader is free as soon as the answer is handed over; the file waits for the settlement
        assertThat(handed.getException()).isNull();
        assertThat(move.done.getCount()).isEqualTo(1);
        settling.countDown();
        assertThat(move.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(move.failure).isNull();
        MockEndpoint.assertIsSatisfied(camel);
        verify(reconciliation).read("<answer/>".getBytes(StandardCharsets.UTF_8), "ret-100.xml");
        verify(reconciliation).receive(read);
    }

    @Test
    void anAnswerOfAnotherBatchIsSettledWhileOneIsStillBeingSettled() throws Exception {
        ReceivedAnswer slow = readFrom(5, "ret-5.xml");
        ReceivedAnswer other = readFrom(6, "ret-6.xml");
        CountDownLatch otherSettled = new CountDownLatch(1);
        when(reconciliation.receive(slow)).thenAnswer(i -> {
            // batch 5's settlement is done only once batch 6's has begun: side by side, or not at all
            assertThat(otherSettled.await(10, TimeUnit.SECONDS)).isTrue();
            return answer("ret-5.xml");
        });
        when(reconciliation.receive(other)).thenAnswer(i -> {
            otherSettled.countDown();
            return answer("ret-6.xml");
        });
        start();
        mock(OPS_EVENTS).expectedBodiesReceivedInAnyOrder(answerJson("ret-6.xml"), answerJson("ret-5.xml"));

        producer.sendBodyAndHeader("direct:insurers-out", "<answer 5/>", Exchange.FILE_NAME_ONLY, "ret-5.xml");
        producer.sendBodyAndHeader("direct:insurers-out", "<answer 6/>", Exchange.FILE_NAME_ONLY, "ret-6.xml");

        MockEndpoint.assertIsSatisfied(camel, 20, TimeUnit.SECONDS);
    }

    @Test
    void theAnswersOfOneBatchAreSettledOneAtATimeInTheOrderRead() throws Exception {
        ReceivedAnswer receipt = readFrom(5, "ret-5a.xml");
        ReceivedAnswer settlement = readFrom(5, "ret-5b.xml");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch receiptStarted = new CountDownLatch(1);
        when(reconciliation.receive(receipt)).thenAnswer(i -> {
            receiptStarted.countDown();
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            return answer("ret-5a.xml");
        });
        when(reconciliation.receive(settlement)).thenReturn(answer("ret-5b.xml"));
        start();
        mock(OPS_EVENTS).expectedBodiesReceived(answerJson("ret-5a.xml"), answerJson("ret-5b.xml"));

        producer.sendBodyAndHeader("direct:insurers-out", "<receipt/>", Exchange.FILE_NAME_ONLY, "ret-5a.xml");
        producer.sendBodyAndHeader("direct:insurers-out", "<settlement/>", Exchange.FILE_NAME_ONLY, "ret-5b.xml");
        assertThat(receiptStarted.await(10, TimeUnit.SECONDS)).isTrue();

        // the settlement waits for the receipt, though a thread is free
        verify(reconciliation, never()).receive(settlement);
        release.countDown();
        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
    }

    @Test
    void anAnswerFromTheQueueAndABankStatementAreReconciledAndAnnounced() throws Exception {
        when(reconciliation.receive(any(), eq("ret-300.csv"))).thenReturn(answer("ret-300.csv"));
        when(bank.receive(any(), eq("camt-1.xml"))).thenReturn(statement("camt-1.xml"));
        start();
        mock(OPS_EVENTS).expectedBodiesReceived(answerJson("ret-300.csv"),
                statementJson("camt-1.xml"));

        producer.sendBodyAndHeader("direct:insurer-returns-queue", "a;b".getBytes(StandardCharsets.UTF_8),
                "PsyGateFileName", "ret-300.csv");
        producer.sendBodyAndHeader("direct:bank-in", "<camt/>", Exchange.FILE_NAME_ONLY, "camt-1.xml");

        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
    }

    @Test
    void anAnswerThatCannotBeReadFailsBackToTheFolderReadUnderItsIdAndIsNotAnnounced() throws Exception {
        when(reconciliation.read(any(), any())).thenThrow(new IllegalArgumentException("not an answer"));
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);

        assertAFileItCannotTakeFailsBackToTheRead("direct:insurers-out", "not an answer", "insurer-returns-sftp");
        verify(reconciliation, never()).receive(any(ReceivedAnswer.class));
    }

    @Test
    void anAnswerWhoseSettlementFailsHasItsFileMovedAsFailedAndIsNotAnnounced() throws Exception {
        ReceivedAnswer answer = readFrom(5, "ret-5.xml");
        when(reconciliation.receive(answer)).thenThrow(new IllegalStateException("the ledger is gone"));
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);
        FileMove move = new FileMove();

        producer.send("direct:insurers-out", e -> {
            e.getIn().setBody("<answer/>");
            e.getIn().setHeader(Exchange.FILE_NAME_ONLY, "ret-5.xml");
            e.getExchangeExtension().addOnCompletion(move);
        });

        assertThat(move.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(move.failure).hasMessage("the ledger is gone");
        // the alert names the route that took the answer in
        assertThat(move.failedRoute).isEqualTo("insurer-return-settle");
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

    /** What the SFTP reader does with a file once its exchange is done: moved, or moved as failed. */
    static final class FileMove extends SynchronizationAdapter {
        final CountDownLatch done = new CountDownLatch(1);
        volatile Exception failure;
        volatile String failedRoute;

        @Override
        public void onComplete(Exchange exchange) {
            done.countDown();
        }

        @Override
        public void onFailure(Exchange exchange) {
            failure = exchange.getException();
            failedRoute = exchange.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID, String.class);
            done.countDown();
        }
    }

    /** The answer (a receipt to {@code batch}) that reconciliation reads from {@code file}, as it will read it. */
    private ReceivedAnswer readFrom(long batch, String file) {
        ReceivedAnswer read = new ReceivedAnswer(InsurerReturn.receipt("100", batch, false, "1",
                LocalDate.of(2025, 6, 30)), file, "sha-" + file);
        when(reconciliation.read(any(), eq(file))).thenReturn(read);
        return read;
    }

    private static ReturnTaken answer(String file) {
        return ReturnTaken.of("100", 5, "RECEIPT", file, ReturnOutcome.RETURN_APPLIED, AT);
    }

    /** The events as the topic receives them (OpsEventJsonTest pins each type's JSON). */
    private static String answerJson(String file) {
        return """
                {"insurer":"100","batchId":5,"kind":"RECEIPT","fileName":"%s","type":"RETURN_APPLIED",\
                "at":"2025-06-30T10:00:00Z"}""".formatted(file);
    }

    private static BankFileRepeated statement(String file) {
        return new BankFileRepeated(file, "CAMT_053", "camt.053.001.08", "camt-0.xml", AT);
    }

    private static String statementJson(String file) {
        return """
                {"type":"BANK_STATEMENT","fileName":"%s","message":"CAMT_053","version":"camt.053.001.08",\
                "refused":false,"duplicate":true,"duplicateOf":"camt-0.xml","at":"2025-06-30T10:00:00Z"}"""
                .formatted(file);
    }

    /** The lanes the answers read from the folders are settled on, as the application makes them. */
    @TestConfiguration
    static class Lanes {
        @Bean
        AnswerLanes answerLanes() {
            return new AnswerLanes(2, "direct:insurer-return-settle");
        }
    }
}
