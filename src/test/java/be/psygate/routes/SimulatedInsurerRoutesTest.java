package be.psygate.routes;

import be.psygate.insurer.SimulatedInsurer;
import be.psygate.insurer.SimulatedInsurer.Answer;
import be.psygate.ops.OpsEvent.InsurerReceived;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * routes/simulated-insurer.yaml: an invoice, from an insurer's in/ folder or its queue, is received, announced and
 * answered on the answer's channel (a file in the insurer's out/, or a message on the returns queue); an invoice
 * the insurer cannot read fails back to the folder read, under its id; an answer that cannot be sent fails the
 * queue's transacted read, which the broker redelivers, then parks on its dead-letter queue.
 */
@TestPropertySource(properties = {
        "route-test.file=simulated-insurer.yaml",
        "psygate.simulated-insurer.enabled=true"})
class SimulatedInsurerRoutesTest extends RouteTest {

    @MockitoBean(name = "simulatedInsurer")
    SimulatedInsurer insurer;

    final InsurerReceived received = new InsurerReceived("100", "PSY-1.txt", "sftp", 1, 3, new BigDecimal("132.20"),
            Instant.parse("2025-06-30T10:00:00Z"));

    @BeforeEach
    void readersAndDeliveriesReplaced() throws Exception {
        advise("simulated-insurer-sftp", a -> a.replaceFromWith("direct:insurers-in"));
        advise("simulated-insurer-jms", a -> a.replaceFromWith("direct:invoices-queue"));
        advise("simulated-insurer-answer-sftp", a -> a.weaveByToUri("sftp:*").replace().to("mock:answer-files"));
    }

    @Test
    void anInvoiceFileIsReceivedAnnouncedAndAnsweredOnEachAnswersChannel() throws Exception {
        queueReplaced(false);
        when(insurer.receive(any(InputStream.class), eq("PSY-1.txt"), eq("sftp"))).thenReturn(received);
        when(insurer.answersTo(received)).thenReturn(List.of(
                new Answer("100/out/R-1.txt", "R-1.txt", "sftp", bytes("receipt")),
                new Answer(null, "R-2.xml", "jms", bytes("settlement"))));
        start();
        MockEndpoint files = mock("mock:answer-files");
        files.expectedHeaderReceived(Exchange.FILE_NAME, "100/out/R-1.txt");
        files.expectedBodiesReceived("receipt");
        MockEndpoint queue = mock("mock:answer-queue");
        queue.expectedHeaderReceived("PsyGateFileName", "R-2.xml");
        queue.expectedBodiesReceived("settlement");
        mock(OPS_EVENTS).expectedBodiesReceived("{\"type\":\"INSURER_RECEIVED\",\"insurer\":\"100\","
                + "\"fileName\":\"PSY-1.txt\",\"channel\":\"sftp\",\"batchId\":1,\"lines\":3,\"totalInsurerShare\":\"132.20\","
                + "\"at\":\"2025-06-30T10:00:00Z\"}");
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("simulated-insurer-sftp").whenCompleted(1).create();

        producer.sendBodyAndHeader("direct:insurers-in", "INVOICE", Exchange.FILE_NAME_ONLY, "PSY-1.txt");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
    }

    @Test
    void anInvoiceTheInsurerCannotReadFailsBackToTheFolderReadUnderItsId() throws Exception {
        queueReplaced(false);
        when(insurer.receive(any(InputStream.class), any(), any())).thenThrow(new IOException("not an invoice"));
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);
        mock("mock:answer-files").expectedMessageCount(0);

        assertAFileItCannotTakeFailsBackToTheRead("direct:insurers-in", "not an invoice", "simulated-insurer-sftp");
    }

    @Test
    void anAnswerThatCannotBeSentFailsTheQueuesReadBackToTheBrokerWithoutItsDuplicateId() throws Exception {
        queueReplaced(true);
        when(insurer.receiveMessage(any(), eq("PSY-2.xml"), eq("jms"))).thenReturn(received);
        when(insurer.answersTo(received)).thenReturn(List.of(new Answer(null, "R-3.xml", "jms", bytes("receipt"))));
        start();
        mock(OPS_EVENTS).expectedMessageCount(1);
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute("simulated-insurer-jms").whenFailed(1).create();

        Exchange read = producer.send("direct:invoices-queue", e -> {
            e.getIn().setBody(bytes("<invoice/>"));
            e.getIn().setHeader("PsyGateFileName", "PSY-2.xml");
            e.getIn().setHeader("_AMQ_DUPL_ID", "PSY-2.xml");
        });

        assertThat(failed.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(read.getException()).hasMessage("broker unreachable");
        assertThat(read.getMessage().getHeaders()).doesNotContainKey("_AMQ_DUPL_ID");
        MockEndpoint.assertIsSatisfied(camel);
        verify(insurer).answersTo(received);
    }

    private void queueReplaced(boolean fails) throws Exception {
        sendReplaced("simulated-insurer-answer-queue", "jms:*", "mock:answer-queue",
                fails ? () -> new IllegalStateException("broker unreachable") : null);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
