package be.psygate.intake;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.PendingNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices of billable lists to billing, noted in each list's transaction ({@link FileLedger#noteNotice}) and
 * handed to the broker by the route {@code intake-accepted-notices} (routes/intake.yaml): the notices waiting, then,
 * once the broker has them, their drop. A notice the broker did not take stays noted, and the notices wait
 * {@code psygate.intake.notice-retry} before the next try; one sent twice is kept once by the broker (its
 * duplicate-detection id).
 */
@Component("intakeNotices")
public class IntakeNotices {

    private static final Logger log = LoggerFactory.getLogger(IntakeNotices.class);

    private final FileLedger files;
    private final Duration retry;
    private volatile long pausedUntilNanos = System.nanoTime();

    public IntakeNotices(FileLedger files, IntakeProperties props) {
        this.files = files;
        this.retry = props.noticeRetry();
    }

    /**
     * The notices waiting, oldest list first, at most {@code limit}; none while a failed send's retry waits. Called
     * in the route's transaction, it takes the notices' lock, held until the turn ends: two instances never send the
     * same notice at the same moment.
     */
    public List<AcceptedNotice> pending(int limit) {
        if (System.nanoTime() - pausedUntilNanos < 0 || files.pendingNotices(1).isEmpty()) {
            // a turn with nothing to send writes nothing, not even the lock
            return List.of();
        }
        files.lockNotices();
        return files.pendingNotices(limit).stream().map(AcceptedNotice::of).toList();
    }

    /** The broker has these notices. */
    public void sent(List<AcceptedNotice> notices) {
        files.noticesSent(notices.stream().map(AcceptedNotice::fileId).toList());
    }

    /** The broker did not take a notice: they all stay noted, and wait before the next try. */
    public void failed(Exception cause) {
        pausedUntilNanos = System.nanoTime() + retry.toNanos();
        log.warn("Billing's notices wait in the gateway's table, the broker did not take one ({}): next try in {} s",
                cause == null ? "no cause" : cause.getMessage(), retry.toSeconds());
    }

    /**
     * A billable list's notice as the queue carries it: which file holds new accepted sessions, how many, and what
     * they ask of the insurers (none for a list answered again from the ledger); no patient in it.
     *
     * @param duplicateId the broker's duplicate-detection id, the same whenever the notice is sent
     */
    public record AcceptedNotice(long fileId, String duplicateId, Map<String, Object> body) {

        static AcceptedNotice of(PendingNotice n) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fileId", n.fileId());
            body.put("practice", n.practiceInami());
            body.put("acceptedSessions", n.acceptedSessions());
            body.put("insurerShare", n.insurerShare() == null ? null : n.insurerShare().setScale(2).toPlainString());
            return new AcceptedNotice(n.fileId(), n.duplicateId(), body);
        }
    }
}
