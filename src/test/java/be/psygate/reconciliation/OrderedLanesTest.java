package be.psygate.reconciliation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lanes the insurers' answers are settled on: what is given under one key (a batch) runs in the order given and
 * never two at once, whatever runs beside it; different keys run side by side; whoever gives waits once the lanes
 * hold as many tasks as they may.
 */
class OrderedLanesTest {

    private OrderedLanes lanes;

    @AfterEach
    void closed() throws InterruptedException {
        if (lanes != null) {
            lanes.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void theTasksOfOneKeyRunInTheOrderGivenAndNeverTwoAtOnce() throws InterruptedException {
        lanes = new OrderedLanes(3, 6, "test-lanes");
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 100; i++) {
            int n = i;
            lanes.run(7L, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                ran.add(n);
                Thread.yield();
                running.decrementAndGet();
                done.countDown();
            });
            // other batches' tasks in between, on the other threads
            lanes.run(1000L + i, done::countDown);
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            given.add(i);
        }
        assertThat(ran).isEqualTo(given);
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void theTasksOfDifferentKeysRunSideBySide() throws InterruptedException {
        lanes = new OrderedLanes(2, 4, "test-lanes");
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstSawSecond = new CountDownLatch(1);

        // the first waits for the second, which can only start if it runs beside the first
        lanes.run(1L, () -> {
            try {
                if (secondStarted.await(10, TimeUnit.SECONDS)) {
                    firstSawSecond.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lanes.run(2L, secondStarted::countDown);

        assertThat(firstSawSecond.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTaskThatFailsDoesNotStopTheTasksGivenAfterItUnderItsKey() throws InterruptedException {
        lanes = new OrderedLanes(1, 2, "test-lanes");
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch next = new CountDownLatch(1);

        lanes.run(5L, () -> {
            ran.add("failed");
            throw new IllegalStateException("a settlement failed");
        });
        lanes.run(5L, () -> {
            ran.add("next");
            next.countDown();
        });

        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("after the one that failed").containsExactly("failed", "next");
    }

    @Test
    void givingWaitsWhileTheLanesHoldAsManyTasksAsTheyMay() throws InterruptedException {
        lanes = new OrderedLanes(1, 2, "test-lanes");
        CountDownLatch release = new CountDownLatch(1);
        Runnable held = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        lanes.run(1L, held);
        lanes.run(2L, held);
        CountDownLatch thirdRan = new CountDownLatch(1);
        CountDownLatch thirdGiven = new CountDownLatch(1);
        Thread giver = new Thread(() -> {
            try {
                lanes.run(3L, thirdRan::countDown);
                thirdGiven.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        giver.start();

        // the giver waits for room, not for the task to run
        await().atMost(Duration.ofSeconds(10)).until(() -> giver.getState() == Thread.State.WAITING);
        assertThat(thirdGiven.getCount()).isEqualTo(1);
        release.countDown();
        assertThat(thirdGiven.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thirdRan.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingWaitsForTheTasksGivenThenRunsWhatIsGivenOnTheGiversThread() throws InterruptedException {
        lanes = new OrderedLanes(1, 4, "test-lanes");
        CountDownLatch release = new CountDownLatch(1);
        List<String> ranOn = Collections.synchronizedList(new ArrayList<>());
        lanes.run(1L, () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ranOn.add(Thread.currentThread().getName());
        });
        lanes.run(1L, () -> ranOn.add(Thread.currentThread().getName()));
        Thread closer = new Thread(() -> {
            try {
                lanes.close(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> closer.getState() == Thread.State.TIMED_WAITING);
        assertThat(ranOn).isEmpty();
        release.countDown();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(ranOn).containsExactly("test-lanes-1", "test-lanes-1");

        lanes.run(2L, () -> ranOn.add(Thread.currentThread().getName()));
        assertThat(ranOn).last().isEqualTo(Thread.currentThread().getName());
    }
}
