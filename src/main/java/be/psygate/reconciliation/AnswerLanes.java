package be.psygate.reconciliation;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

import java.time.Duration;

/**
 * The step of {@code routes/returns.yaml} that hands each answer read from the insurers' folders to one of
 * {@code psygate.billing.return-threads} threads, where the rest of the route settles it: the answers of different
 * batches side by side, those of one batch one after the other in the order they were read, never two at once (a
 * receipt before its settlement; no two settlements reading the same sessions' history). The folder's reader reads
 * the next answer meanwhile; at most twice as many answers as threads are read and not yet settled. Each answer's
 * file is moved once it is settled (or failed), on its thread, as before.
 *
 * <p>The body is the {@link ReceivedAnswer} that {@link ReconciliationService#read} made of the file. The threads
 * start and stop with the route: stopping waits for the answers handed over to be settled.
 */
public final class AnswerLanes extends AsyncProcessorSupport {

    /** How long stopping waits for the answers handed over. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final int threads;
    private volatile OrderedLanes lanes;

    /** @param threads how many answers are settled at once */
    public AnswerLanes(int threads) {
        this.threads = threads;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ReceivedAnswer answer = exchange.getMessage().getBody(ReceivedAnswer.class);
        if (answer == null) {
            exchange.setException(new IllegalArgumentException("not an insurer's answer read by reconciliation"));
            callback.done(true);
            return true;
        }
        try {
            // the rest of the route runs on the lane's thread, which is done with the answer when the route is
            lanes.run(answer.batchKey(), () -> callback.done(false));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    @Override
    protected void doStart() {
        lanes = new OrderedLanes(threads, 2 * threads, "insurer-answers");
    }

    @Override
    protected void doStop() throws InterruptedException {
        OrderedLanes stopping = lanes;
        if (stopping != null) {
            stopping.close(DRAIN);
        }
    }
}
