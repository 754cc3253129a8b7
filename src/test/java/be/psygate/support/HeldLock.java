package be.psygate.support;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A database lock taken in two transactions at once, for the tests where the second must wait for the first. */
public final class HeldLock {

    private HeldLock() {
    }

    /**
     * Takes {@code lock} in a first transaction and holds it; takes it in a second one meanwhile, and checks that the
     * second waits (neither holding it nor failing) for {@code waits}, then holds it once the first is done.
     */
    public static void secondWaitsForTheFirst(TransactionTemplate tx, Runnable lock, Duration waits)
            throws Exception {
        CountDownLatch firstHoldsIt = new CountDownLatch(1);
        CountDownLatch firstDone = new CountDownLatch(1);
        AtomicBoolean secondHoldsIt = new AtomicBoolean();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            lock.run();
            firstHoldsIt.countDown();
            try {
                firstDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(firstHoldsIt.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            lock.run();
            secondHoldsIt.set(true);
        }));

        await().during(waits).atMost(waits.plusSeconds(5)).until(() -> !secondHoldsIt.get() && !second.isDone());
        firstDone.countDown();
        await().atMost(Duration.ofSeconds(10)).untilTrue(secondHoldsIt);
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
    }
}
