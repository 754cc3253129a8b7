package be.psygate.ledger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the planner's statistics of the session ledger fitted to its size while lists are taken in, without making a
 * list wait for them: the lines each list wrote are counted ({@link StatisticsSchedule}) and a refresh that falls due
 * runs on a thread of its own. A refresh asked for while one runs is done once more after it, never two at once.
 */
@Component
public class LedgerStatistics {

    private static final Logger log = LoggerFactory.getLogger(LedgerStatistics.class);

    /** The fewest lines written between two refreshes. */
    private static final long MINIMUM_LINES = 5_000;

    private final Runnable refresh;
    private final StatisticsSchedule schedule;
    /** One thread; one refresh waiting at most, the others asked for meanwhile merged into it. */
    private final ThreadPoolExecutor thread;

    @Autowired
    public LedgerStatistics(SessionLedger sessions) {
        this(sessions::refreshStatistics, new StatisticsSchedule(MINIMUM_LINES));
    }

    LedgerStatistics(Runnable refresh, StatisticsSchedule schedule) {
        this.refresh = refresh;
        this.schedule = schedule;
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), runnable -> {
            Thread t = new Thread(runnable, "ledger-statistics");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Counts lines just committed; refreshes the statistics in the background when that is due. */
    public void written(long lines) {
        if (schedule.written(lines)) {
            thread.execute(this::refreshQuietly);
        }
    }

    private void refreshQuietly() {
        try {
            refresh.run();
        } catch (RuntimeException e) {
            // the plans keep the statistics they had; the next refresh that falls due tries again
            log.warn("Could not refresh the session ledger's statistics: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
