package be.psygate.reconciliation;

import be.psygate.billing.returns.InsurerReturn;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.InflightRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reconciliation lanes' stop window, with Camel's file reader moving an answer to {@code done/} once it is
 * settled and to {@code failed/} if it fails, as the insurers' folders are read: an answer handed to a lane as the
 * gateway stops, or still waiting to be handed over when the stop runs out of patience, is not taken in and stays in
 * its folder, to be read again at the next start, and so does one being taken in when the stop forces the routes
 * down; none goes to the failed folder.
 */
class AnswerLanesTest {

    /** One thread, so that at most two answers are handed over and not settled. */
    private final AnswerLanes lanes = new AnswerLanes(1, "direct:settle");
    private final CamelContext camel = new DefaultCamelContext();
    private final CountDownLatch firstSettling = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @TempDir
    Path dir;

    @AfterEach
    void stopped() {
        release.countDown();
        camel.stop();
    }

    @Test
    void answersWhoseTurnComesOnceTheGatewayStopsStayInTheirFolder() throws Exception {
        CompletableFuture<Void> stop = answersHandedOverThenStopped(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(camel::isStopping);

        release.countDown();
        stop.get(30, TimeUnit.SECONDS);

        assertSettledAndLeft();
    }

    @Test
    void anAnswerStillWaitingToBeHandedOverWhenTheStopRunsOutOfPatienceStaysInItsFolder() throws Exception {
        CompletableFuture<Void> stop = answersHandedOverThenStopped(Duration.ofSeconds(1));
        // the stop gives up waiting and interrupts the folder's reader, still waiting to hand c.xml over
        await().atMost(Duration.ofSeconds(20)).until(() -> !inFlight("c.xml"));

        release.countDown();
        stop.get(70, TimeUnit.SECONDS);

        // a was still being taken in when the stop forced the routes down: it is read again at the next start too
        assertThat(Map.of("done", names("done"), "in", names("in"), "failed", names("failed")))
                .isEqualTo(Map.of("done", List.of(), "in", List.of("a.xml", "b.xml", "c.xml"), "failed", List.of()));
    }

    /**
     * Answers a, b and c of one batch in the folder: a is being settled (until {@link #release}), b waits its turn
     * behind it, and the reader waits to hand c over (the lanes hold as many answers as they may); then the gateway
     * stops, waiting at most {@code patience} for what is in flight.
     */
    private CompletableFuture<Void> answersHandedOverThenStopped(Duration patience) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a.xml", "b.xml", "c.xml")) {
            Files.writeString(in.resolve(name), "<answer/>");
        }
        camel.getShutdownStrategy().setTimeout(patience.toMillis());
        camel.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
        camel.getInflightRepository().setInflightBrowseEnabled(true);
        camel.getRegistry().bind("answerLanes", lanes);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + in + "?sortBy=file:name&initialDelay=0&delay=50&move=../done/${file:name}"
                        + "&moveFailed=../failed/${file:name}").routeId("answers")
                        .process(e -> e.getMessage().setBody(answer(e.getMessage().getHeader(
                                Exchange.FILE_NAME_ONLY, String.class))))
                        .process("answerLanes");
                from("direct:settle").routeId("settle").process(e -> {
                    if (e.getMessage().getBody(ReceivedAnswer.class).fileName().equals("a.xml")) {
                        firstSettling.countDown();
                        assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                    }
                });
            }
        });
        camel.start();
        assertThat(firstSettling.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> inFlight("c.xml"));
        return CompletableFuture.runAsync(camel::stop);
    }

    /** a, settled as the gateway stopped, was moved; b and c were left where they were; nothing failed. */
    private void assertSettledAndLeft() throws Exception {
        assertThat(Map.of("done", names("done"), "in", names("in"), "failed", names("failed")))
                .isEqualTo(Map.of("done", List.of("a.xml"), "in", List.of("b.xml", "c.xml"), "failed", List.of()));
    }

    private boolean inFlight(String fileName) {
        InflightRepository inflight = camel.getInflightRepository();
        return inflight.browse().stream().anyMatch(e -> fileName.equals(
                e.getExchange().getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)));
    }

    private List<String> names(String name) throws Exception {
        Path folder = dir.resolve(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static ReceivedAnswer answer(String fileName) {
        return new ReceivedAnswer(InsurerReturn.receipt("100", 5, false, "1", LocalDate.of(2025, 6, 30)), fileName,
                "sha-" + fileName);
    }
}
