package be.psygate.routes;

import be.psygate.intake.AnswerDelivery;
import be.psygate.intake.IntakeNotices;
import be.psygate.intake.IntakeNotices.AcceptedNotice;
import be.psygate.intake.IntakeOutcome;
import be.psygate.intake.IntakeService;
import be.psygate.intake.LocalCopies;
import be.psygate.intake.LocalCopies.LocalCopy;
import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileStatus;
import be.psygate.ops.OpsEvent.FileAnswered;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * routes/intake.yaml: a practice's list is copied locally, judged, answered in its out/ (under the answer's own
 * name, never the upload's) and the file announced; billing's notices, noted with the lists, are handed to its queue
 * by a route of their own, and wait when the broker does not take them; a list the intake
 * cannot take fails back to the folder read (its claim given back), under that route's id, nothing answered; a list
 * that cannot be read at all is answered and its copy kept in quarantine.
 */
@TestPropertySource(properties = {
        "route-test.file=intake.yaml",
        "psygate.intake.quarantine-uri=file:target/route-tests/quarantine"})
@Import(IntakeRoutesTest.Transactions.class)
class IntakeRoutesTest extends RouteTest {

    private static final String UPLOAD = "practice1/in/list.csv";

    @MockitoBean(name = "intakeLocalCopies")
    LocalCopies copies;

    @MockitoBean(name = "intakeService")
    IntakeService intake;

    @MockitoBean(name = "intakeNotices")
    IntakeNotices notices;

    /** Answers over SFTP unless a test says the embedded server's disk is at hand. */
    @MockitoBean(name = "intakeAnswers")
    AnswerDelivery delivery;

    @TempDir
    Path dir;

    LocalCopy copy;

    File answer;

    @BeforeEach
    void aListCopiedAndAnswered() throws Exception {
        copy = new LocalCopy(Files.writeString(dir.resolve("copy-1"), "LIST"), 4);
        answer = Files.writeString(dir.resolve("answer"), "ACK").toFile();
        when(copies.copy(any(InputStream.class), anyLong())).thenReturn(copy);
        advise("intake-practice-lists", a -> a.replaceFromWith("direct:practices-homes"));
        // the second reader takes its lists through the same route (intake-practice-list)
        advise("intake-practice-lists-2", a -> a.replaceFromWith("direct:practices-homes-2"));
        advise("practice-answer-sftp", a -> a.weaveByToUri("sftp:*").replace().to("mock:answers"));
        advise("accepted-sessions-queue", a -> a.weaveByToUri("jms:*").replace().to("mock:accepted-sessions"));
    }

    @Test
    void aListIsAnsweredInItsOutFolderAndAnnouncedItsNoticeLeftToTheNoticesRoute() throws Exception {
        IntakeOutcome outcome = outcome(false);
        when(intake.receive(eq(copy), eq(UPLOAD), eq(1_700_000_000_000L))).thenReturn(outcome);
        start();
        MockEndpoint answers = mock("mock:answers");
        answers.expectedBodiesReceived(answer);
        // the upload's name stays on the exchange (its claim is confirmed under it); the answer's is the producer's
        answers.expectedHeaderReceived(Exchange.FILE_NAME, UPLOAD);
        // billing's notice was noted with the list: the list's route does not wait for the broker
        mock("mock:accepted-sessions").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedBodiesReceived("{\"type\":\"FILE_PROCESSED\",\"fileId\":1,\"practice\":\"91234537770\","
                + "\"mode\":\"BILL\",\"fileName\":\"list.csv\",\"reasonCode\":null,\"lines\":2,\"accepted\":2,\"rejected\":0,"
                + "\"answer\":\"practice1/out/list.csv.ack.csv\",\"at\":\"2025-06-30T10:00:00Z\"}");
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("intake-practice-lists").whenCompleted(1).create();

        Exchange read = producer.send("direct:practices-homes", this::anUpload);

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        verify(intake).answered(outcome);
        verify(delivery, never()).deliver(any());
        // the consumer deletes the local copy once done
        assertThat(read.getMessage().getHeader(Exchange.FILE_LOCAL_WORK_PATH)).isEqualTo(copy.pathName());
    }

    @Test
    void theNoticesNotedAreHandedToBillingsQueueEachWithItsDuplicateIdThenDropped() throws Exception {
        AcceptedNotice first = notice(1, "notice-1");
        AcceptedNotice second = notice(2, "notice-2");
        when(notices.pending(500)).thenReturn(List.of(first, second)).thenReturn(List.of());
        MockEndpoint accepted = mock("mock:accepted-sessions");
        accepted.expectedBodiesReceived("{\"fileId\":1,\"acceptedSessions\":2}", "{\"fileId\":2,\"acceptedSessions\":2}");
        accepted.message(0).header("_AMQ_DUPL_ID").isEqualTo("notice-1");
        accepted.message(0).header("PsyGateFileId").isEqualTo(1L);
        accepted.message(1).header("_AMQ_DUPL_ID").isEqualTo("notice-2");
        NotifyBuilder turn = new NotifyBuilder(camel).fromRoute("intake-accepted-notices").whenCompleted(2).create();
        start();

        assertThat(turn.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        verify(notices, timeout(5_000)).sent(List.of(first, second));
        verify(notices, never()).failed(any());
    }

    @Test
    void aNoticeTheBrokerDidNotTakeStaysNotedAndTheNoticesWaitForTheNextTry() throws Exception {
        MockEndpoint accepted = mock("mock:accepted-sessions");
        accepted.whenAnyExchangeReceived(e -> {
            throw new IllegalStateException("broker away");
        });
        AcceptedNotice first = notice(1, "notice-1");
        when(notices.pending(500)).thenReturn(List.of(first, notice(2, "notice-2"))).thenReturn(List.of());
        NotifyBuilder turn = new NotifyBuilder(camel).fromRoute("intake-accepted-notices").whenCompleted(1).create();
        start();

        assertThat(turn.matches(10, TimeUnit.SECONDS)).isTrue();
        verify(notices, timeout(5_000)).failed(org.mockito.ArgumentMatchers.argThat(
                e -> e instanceof IllegalStateException && "broker away".equals(e.getMessage())));
        verify(notices, never()).sent(any());
        // the first failure stops the turn: the second notice is not tried
        assertThat(accepted.getReceivedExchanges()).singleElement()
                .satisfies(e -> assertThat(e.getMessage().getHeader("_AMQ_DUPL_ID")).isEqualTo("notice-1"));
    }

    @Test
    void onTheEmbeddedServerTheAnswerIsWrittenOnItsDiskNotOverSftpBeforeTheListIsMarkedAnswered() throws Exception {
        IntakeOutcome outcome = outcome(false);
        when(intake.receive(any(), any(), anyLong())).thenReturn(outcome);
        when(delivery.isLocal()).thenReturn(true);
        start();
        mock("mock:answers").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedMessageCount(1);

        Exchange read = producer.send("direct:practices-homes", this::anUpload);

        assertThat(read.getException()).isNull();
        MockEndpoint.assertIsSatisfied(camel);
        var order = org.mockito.Mockito.inOrder(delivery, intake);
        order.verify(delivery).deliver(outcome);
        order.verify(intake).answered(outcome);
    }

    @Test
    void aListTheIntakeCannotTakeFailsBackToTheFolderReadUnderItsIdAndIsNeitherAnsweredNorAnnounced() throws Exception {
        when(intake.receive(any(), any(), anyLong())).thenThrow(new IllegalStateException("database down"));
        start();
        mock("mock:answers").expectedMessageCount(0);
        mock("mock:accepted-sessions").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedMessageCount(0);

        Exchange read = producer.send("direct:practices-homes", this::anUpload);

        assertThat(read.getException()).hasMessage("database down");
        // the alert (ALERT_ROUTE_FAILED) names the route that read the list
        assertThat(read.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID)).isEqualTo("intake-practice-lists");
        MockEndpoint.assertIsSatisfied(camel);
        verify(intake, never()).answered(any());
    }

    @Test
    void aListThatCannotBeReadIsAnsweredAndItsCopyKeptInQuarantineUnderTheGatewaysName() throws Exception {
        IntakeOutcome outcome = outcome(true);
        when(outcome.getQuarantineName()).thenReturn("q-1-list.csv");
        when(intake.receive(any(), any(), anyLong())).thenReturn(outcome);
        Path quarantined = Path.of("target/route-tests/quarantine/q-1-list.csv");
        Files.deleteIfExists(quarantined);
        start();
        mock("mock:answers").expectedMessageCount(1);
        mock("mock:accepted-sessions").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedMessageCount(1);

        Exchange read = producer.send("direct:practices-homes", this::anUpload);

        assertThat(read.getException()).isNull();
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(quarantined).hasContent("LIST");
    }

    private void anUpload(Exchange e) {
        e.getIn().setBody(InputStream.nullInputStream());
        e.getIn().setHeader(Exchange.FILE_NAME, UPLOAD);
        e.getIn().setHeader(Exchange.FILE_LENGTH, 4L);
        e.getIn().setHeader(Exchange.FILE_LAST_MODIFIED, 1_700_000_000_000L);
    }

    /** The notices' route takes a turn in a transaction; its beans are mocked here, so the transaction holds nothing. */
    @TestConfiguration
    static class Transactions {

        @Bean
        PlatformTransactionManager transactionManager() {
            return new AbstractPlatformTransactionManager() {
                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(Object transaction, TransactionDefinition definition) {
                }

                @Override
                protected void doCommit(DefaultTransactionStatus status) {
                }

                @Override
                protected void doRollback(DefaultTransactionStatus status) {
                }
            };
        }
    }

    private static AcceptedNotice notice(long fileId, String duplicateId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileId", fileId);
        body.put("acceptedSessions", 2);
        return new AcceptedNotice(fileId, duplicateId, body);
    }

    private IntakeOutcome outcome(boolean quarantined) throws IOException {
        IntakeOutcome outcome = org.mockito.Mockito.mock(IntakeOutcome.class);
        when(outcome.isQuarantined()).thenReturn(quarantined);
        when(outcome.getFileId()).thenReturn(1L);
        when(outcome.getAnswerFile()).thenReturn(answer);
        when(outcome.getAnswerPath()).thenReturn("practice1/out/list.csv.ack.csv");
        when(outcome.getAnswerName()).thenReturn("list.csv.ack.csv");
        when(outcome.getEvent()).thenReturn(new FileAnswered(quarantined ? FileStatus.QUARANTINED : FileStatus.PROCESSED,
                1L, "91234537770", FileMode.BILL, "list.csv", quarantined ? "FILE_NOT_UTF8" : null, 2,
                quarantined ? 0 : 2, 0, null, null, "practice1/out/list.csv.ack.csv",
                Instant.parse("2025-06-30T10:00:00Z")));
        return outcome;
    }
}
