package be.psygate.reconciliation;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.ExchangeHelper;
import org.apache.camel.support.UnitOfWorkHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;

/**
 * The step of {@code routes/returns.yaml} that hands each answer read from the insurers' folders to one of
 * {@code psygate.billing.return-threads} threads, where the route named {@code settle} takes it in: the answers of
 * different batches side by side, those of one batch one after the other in the order they were read, never two at
 * once (a receipt before its settlement; no two settlements reading the same sessions' history). The folder's reader
 * (Camel's SFTP consumer, which waits for each file's exchange) reads the next answer meanwhile; at most twice as many
 * answers as threads are read and not yet settled.
 *
 * <p>The answer goes on as a copy of the file's exchange that takes over what is to be done with the file once the
 * answer is taken in: moved to the processed folder once it is settled, to the failed folder if it fails, as before,
 * and until then not read again. The body is the {@link ReceivedAnswer} that {@link ReconciliationService#read} made
 * of the file. The threads start and stop with the route: stopping waits for the answers handed over. An answer
 * whose turn comes once the gateway is stopping, or still waiting to be handed over when the stop runs out of
 * patience and interrupts the folder's reader, is not taken in: its file stays in its folder, neither moved nor
 * failed, and is read again at the next start (as after a crash); so does one that was being taken in when the stop
 * forced the routes down.
 */
public final class AnswerLanes extends AsyncProcessorSupport implements CamelContextAware {

    private static final Logger log = LoggerFactory.getLogger(AnswerLanes.class);

    /** How long stopping waits for the answers handed over. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final int threads;
    private final String settle;
    private CamelContext camel;
    private volatile OrderedLanes lanes;
    private volatile ProducerTemplate producer;

    /**
     * @param threads how many answers are settled at once
     * @param settle  the endpoint that takes an answer in, e.g. {@code direct:insurer-return-settle}
     */
    public AnswerLanes(int threads, String settle) {
        this.threads = threads;
        this.settle = Objects.requireNonNull(settle, "settle");
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ReceivedAnswer answer = exchange.getMessage().getBody(ReceivedAnswer.class);
        if (answer == null) {
            exchange.setException(new IllegalArgumentException("not an insurer's answer read by reconciliation"));
            callback.done(true);
            return true;
        }
        // the copy takes over the file's move: done when the answer is settled, not when this exchange is
        Exchange held = ExchangeHelper.createCorrelatedCopy(exchange, true);
        try {
            lanes.run(answer.batchKey(), () -> settle(answer, held));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (stopping()) {
                // the stop gave up waiting for room on the lanes: the file is left as one whose turn came too late
                leftInFolder(answer);
            } else {
                // given back, so that the file is moved to the failed folder with this exchange's failure
                held.getExchangeExtension().handoverCompletions(exchange);
                exchange.setException(e);
            }
        }
        callback.done(true);
        return true;
    }

    /**
     * Takes the answer in on a copy of {@code held}, which keeps the file's move until the copy is done: the move
     * follows its outcome, unless the stop forced the routes down while it was under way (Camel then fails it with a
     * {@link RejectedExecutionException}), when the file is left in its folder, to be read again at the next start
     * (an answer taken in already is then known by its digest).
     */
    private void settle(ReceivedAnswer answer, Exchange held) {
        if (stopping()) {
            leftInFolder(answer);
            return;
        }
        Exchange settling = held.copy();
        producer.send(settle, settling);
        if (stopping() && settling.getException() instanceof RejectedExecutionException) {
            leftInFolder(answer);
            return;
        }
        ExchangeHelper.copyResults(held, settling);
        UnitOfWorkHelper.doneSynchronizations(held, held.getExchangeExtension().handoverCompletions());
    }

    private boolean stopping() {
        return camel.isStopping() || camel.isStopped();
    }

    /** Its file is neither moved nor failed: it stays in its folder and is read again at the next start. */
    private static void leftInFolder(ReceivedAnswer answer) {
        log.info("The gateway stops: {} is left in its folder, to be read again at the next start", answer);
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camel = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camel;
    }

    @Override
    protected void doStart() throws Exception {
        producer = camel.createProducerTemplate();
        producer.start();
        lanes = new OrderedLanes(threads, 2 * threads, "insurer-answers");
    }

    @Override
    protected void doStop() throws Exception {
        OrderedLanes stopping = lanes;
        if (stopping != null) {
            stopping.close(DRAIN);
        }
        if (producer != null) {
            producer.stop();
        }
    }
}
