package be.psygate.intake;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake's poll strategy: Camel's own for remote folders (a failed poll reconnects at the next one), which also
 * gives back the claims a failed poll took while listing (see {@link IntakeClaims}), so that the uploads it listed
 * are taken at the next poll. A poll fails only while listing: once the uploads are taken, a failure is the
 * upload's own and Camel handles it upload by upload.
 */
final class ReleasingPollStrategy extends RemoteFilePollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(ReleasingPollStrategy.class);

    private final IntakeClaims claims;

    ReleasingPollStrategy(IntakeClaims claims) {
        this.claims = claims;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        claims.pollStarted();
        return super.begin(consumer, endpoint);
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
