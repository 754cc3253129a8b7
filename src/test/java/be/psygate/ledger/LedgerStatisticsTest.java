package be.psygate.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class LedgerStatisticsTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    /** A refresh that holds until the test releases it. */
    private final Runnable slowRefresh = () -> {
        threads.add(Thread.currentThread().getName());
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
            done.incrementAndGet();
        }
    };

    private final LedgerStatistics statistics = new LedgerStatistics(slowRefresh, new StatisticsSchedule(1_000));

    @AfterEach
    void stop() {
        release.countDown();
        statistics.stop();
    }

    @Test
    void aDueRefreshRunsOnAThreadOfItsOwnWhileTheListGoesOn() {
        statistics.written(999);
        assertThat(threads).isEmpty();

        // returns while the refresh it started is still held: the list does not wait for it
        statistics.written(1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> running.get() == 1);
        assertThat(done).hasValue(0);
        assertThat(threads).containsExactly("ledger-statistics");

        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> done.get() == 1);
    }

    @Test
    void refreshesAskedForWhileOneRunsAreDoneOnceMoreAfterItNeverTwoAtOnce() {
        statistics.written(1_000);
        await().atMost(5, TimeUnit.SECONDS).until(() -> running.get() == 1);
        for (int i = 0; i < 5; i++) {
            statistics.written(1_000);
        }

        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> done.get() == 2);
        assertThat(mostAtOnce).hasValue(1);
        // and the next one that falls due runs again
        statistics.written(10_000);
        await().atMost(5, TimeUnit.SECONDS).until(() -> done.get() == 3);
    }

    @Test
    void aRefreshThatFailsLeavesTheNextOneToTryAgain() {
        AtomicInteger tries = new AtomicInteger();
        LedgerStatistics failing = new LedgerStatistics(() -> {
            tries.incrementAndGet();
            throw new IllegalStateException("the database is away");
        }, new StatisticsSchedule(1_000));
        try {
            failing.written(1_000);
            await().atMost(5, TimeUnit.SECONDS).until(() -> tries.get() == 1);
            failing.written(1_000);
            await().atMost(5, TimeUnit.SECONDS).until(() -> tries.get() == 2);
        } finally {
            failing.stop();
        }
    }
}
