package be.psygate.intake;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake's poll strategy: Camel's own for remote folders (a failed poll reconnects at the next one), which also
 * gives back the claims a failed poll took while listing (see {@link IntakeClaims}), so that the uploads it listed
 * are taken at the next poll. A poll fails only while listing: once the uploads are taken, a failure is the
 * upload's own and Camel handles it upload by upload.
 *
 * <p>A backlog is taken without waiting: a poll that took as many uploads as it may
 * ({@code psygate.intake.max-files-per-poll}) and handled every one of them (none failed, none given back) asks for
 * the next poll at once ({@code pollAgain}), since more uploads are likely waiting. A poll in which an upload failed,
 * or that took fewer, leaves the next poll to the schedule: an upload that fails every time (an unregistered home,
 * the database down) is taken again once per poll delay, never in a loop.
 */
final class ReleasingPollStrategy extends RemoteFilePollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(ReleasingPollStrategy.class);

    private final IntakeClaims claims;
    private final Runnable pollAgain;
    /** The claims given back before the poll of this thread started. */
    private final ThreadLocal<Long> givenBackBefore = ThreadLocal.withInitial(() -> 0L);

    /**
     * @param pollAgain asks for a poll as soon as the current one is over ({@link SignalledPollScheduler#signal})
     */
    ReleasingPollStrategy(IntakeClaims claims, Runnable pollAgain) {
        this.claims = claims;
        this.pollAgain = pollAgain;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        claims.pollStarted();
        givenBackBefore.set(claims.givenBack());
        return super.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        super.commit(consumer, endpoint, polledMessages);
        int limit = consumer instanceof ScheduledBatchPollingConsumer batch ? batch.getMaxMessagesPerPoll() : 0;
        boolean tookAll = limit > 0 && polledMessages >= limit;
        if (tookAll && claims.givenBack() == givenBackBefore.get()) {
            log.debug("The intake poll took {} uploads, as many as it may, and handled them all: polling again at once",
                    polledMessages);
            pollAgain.run();
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        int released = claims.releaseClaimsOfFailedPoll();
        if (released > 0) {
            log.warn("The intake poll failed while listing ({}): {} upload(s) it had claimed are released for the "
                    + "next poll", cause.getMessage(), released);
        }
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }
}
