package be.psygate.routes;

import be.psygate.billing.BillingRun;
import be.psygate.billing.BillingService;
import be.psygate.billing.RenderedInvoice;
import be.psygate.ops.OpsEvent.BatchDelivery;
import be.psygate.ops.OpsEvent.Delivery;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * routes/billing.yaml: a billing run delivers each pending batch on its insurer's channel and announces it; a
 * delivery that fails is redelivered; one that fails every time is parked on the billing dead letters, announced,
 * and its batch stays pending.
 */
@TestPropertySource(properties = {
        "route-test.file=billing.yaml",
        "psygate.billing.delivery.max-redeliveries=2",
        "psygate.billing.delivery.redelivery-delay=10"})
@Import(BillingRoutesTest.Pool.class)
class BillingRoutesTest extends RouteTest {

    @MockitoBean(name = "billingService")
    BillingService billing;

    @TempDir
    Path dir;

    File invoiceFile;

    @BeforeEach
    void oneBatchPending() throws IOException {
        invoiceFile = Files.writeString(dir.resolve("batch-42.txt"), "INVOICE 42", StandardCharsets.UTF_8).toFile();
        when(billing.run("API")).thenReturn(new BillingRun(7, 1, 3, List.of(42L)));
        when(billing.claimDelivery(42L)).thenReturn(true);
        when(billing.delivered(42L)).thenReturn(event(Delivery.BATCH_DELIVERED));
        when(billing.deliveryFailed(anyLong(), anyString())).thenReturn(event(Delivery.BATCH_DELIVERY_FAILED));
    }

    @Test
    void aPendingBatchIsDeliveredOverSftpUnderItsFolderAndAnnounced() throws Exception {
        startedWithBatch42("sftp", "100/in", 0);
        MockEndpoint sftp = mock("mock:sftp");
        sftp.expectedMessageCount(1);
        sftp.expectedHeaderReceived(Exchange.FILE_NAME, "100/in/PSY-42.txt");
        mock("mock:queue").expectedMessageCount(0);
        mock("mock:dead-letters").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedBodiesReceived(json("BATCH_DELIVERED"));
        NotifyBuilder run = new NotifyBuilder(camel).fromRoute("billing-run").whenDone(1).create();

        runAskedByTheApi();

        assertThat(run.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(sftp.getReceivedExchanges().get(0).getIn().getBody(String.class)).isEqualTo("INVOICE 42");
        verify(billing).delivered(42L);
    }

    @Test
    void aBatchForAQueueIsSentAsBytesWithItsDuplicateIdAndAnnounced() throws Exception {
        startedWithBatch42("jms", "psygate.invoices.300", 0);
        MockEndpoint queue = mock("mock:queue");
        queue.expectedMessageCount(1);
        queue.expectedHeaderReceived("_AMQ_DUPL_ID", "PSY-42.txt");
        queue.expectedHeaderReceived("PsyGateFileName", "PSY-42.txt");
        mock(OPS_EVENTS).expectedBodiesReceived(json("BATCH_DELIVERED"));

        runAskedByTheApi();

        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
        Exchange sent = queue.getReceivedExchanges().get(0);
        assertThat(sent.getIn().getBody()).isInstanceOf(byte[].class);
        // the queue is the insurer's, named by the rendered batch
        assertThat(sent.getProperty("invoice", RenderedInvoice.class).destination()).isEqualTo("psygate.invoices.300");
    }

    @Test
    void aDeliveryThatFailsOnceIsDeliveredAgainAndNothingIsParked() throws Exception {
        startedWithBatch42("sftp", "100/in", 1);
        mock("mock:sftp").expectedMessageCount(1);
        mock("mock:dead-letters").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedBodiesReceived(json("BATCH_DELIVERED"));

        runAskedByTheApi();

        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
        verify(billing).delivered(42L);
        verify(billing, never()).deliveryFailed(anyLong(), anyString());
    }

    @Test
    void aDeliveryThatFailsEveryTimeIsParkedOnTheDeadLettersAndAnnouncedWhileItsBatchStaysPending() throws Exception {
        startedWithBatch42("sftp", "100/in", Integer.MAX_VALUE);
        String failed = json("BATCH_DELIVERY_FAILED");
        MockEndpoint deadLetters = mock("mock:dead-letters");
        deadLetters.expectedBodiesReceived(failed);
        mock("mock:sftp").expectedMessageCount(0);
        mock(OPS_EVENTS).expectedBodiesReceived(failed);
        NotifyBuilder run = new NotifyBuilder(camel).fromRoute("billing-run").whenCompleted(1).create();

        runAskedByTheApi();

        assertThat(run.matches(10, TimeUnit.SECONDS)).isTrue();
        MockEndpoint.assertIsSatisfied(camel);
        // first attempt and two redeliveries, then parked, its headers gone; the failure is the batch route's
        assertThat(attempts.get()).isEqualTo(3);
        Exchange parked = deadLetters.getReceivedExchanges().get(0);
        assertThat(parked.getIn().getHeaders()).doesNotContainKeys("_AMQ_DUPL_ID", "PsyGateBatch", Exchange.FILE_NAME);
        assertThat(parked.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID)).isEqualTo("billing-deliver-batch");
        verify(billing).deliveryFailed(42L, "connection refused");
        verify(billing, never()).delivered(anyLong());
    }

    private final AtomicInteger attempts = new AtomicInteger();

    /**
     * The routes started, batch 42 rendered for {@code channel} to {@code destination}, the deliveries replaced by
     * mock endpoints, the SFTP one failing its first {@code failures} attempts.
     */
    private void startedWithBatch42(String channel, String destination, int failures) throws Exception {
        when(billing.render(42L)).thenReturn(invoice(channel, destination));
        deliveriesMocked(failures);
        start();
    }

    /** A billing run, as the API asks for one. */
    private void runAskedByTheApi() {
        producer.sendBodyAndHeader("direct:billing-run", null, "PsyGateTrigger", "API");
    }

    /** The deliveries replaced by mock endpoints; the SFTP one fails its first {@code failures} attempts. */
    private void deliveriesMocked(int failures) throws Exception {
        advise("insurer-invoice-sftp", a -> a.weaveByToUri("sftp:*").replace()
                .process(e -> {
                    if (attempts.incrementAndGet() <= failures) {
                        throw new IOException("connection refused");
                    }
                })
                .to("mock:sftp"));
        advise("insurer-invoice-queue", a -> a.weaveByToUri("jms:*").replace().to("mock:queue"));
        advise("billing-dead-letter", a -> a.weaveByToUri("jms:*").replace().to("mock:dead-letters"));
    }

    private RenderedInvoice invoice(String channel, String destination) {
        return new RenderedInvoice(42L, "100", "efact", channel, destination, "PSY-42.txt", invoiceFile, 3);
    }

    private static BatchDelivery event(Delivery delivery) {
        return new BatchDelivery(delivery, 42, "100", YearMonth.of(2025, 3), "efact", "sftp", "PSY-42.txt", 3,
                new BigDecimal("132.20"), 1, null, Instant.parse("2025-06-30T10:00:00Z"));
    }

    /** The event as the topic receives it (OpsEventJsonTest pins each type's JSON). */
    private static String json(String type) {
        return "{\"type\":\"" + type + "\",\"batchId\":42,\"insurer\":\"100\",\"serviceMonth\":\"2025-03\","
                + "\"format\":\"efact\",\"channel\":\"sftp\",\"fileName\":\"PSY-42.txt\",\"lines\":3,"
                + "\"totalInsurerShare\":\"132.20\",\"attempts\":1,\"at\":\"2025-06-30T10:00:00Z\"}";
    }

    @TestConfiguration
    static class Pool {
        @Bean(destroyMethod = "shutdown")
        ExecutorService billingDeliveryPool() {
            return Executors.newFixedThreadPool(2);
        }
    }
}
