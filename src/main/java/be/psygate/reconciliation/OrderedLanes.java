package be.psygate.reconciliation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks run on a fixed number of threads: those given under one key one after the other, in the order they were
 * given, never two at once; those of different keys side by side. At most {@code waiting} tasks are given and not
 * yet done: one more waits in {@link #run} until one of them is done, so that whoever gives them never gets far
 * ahead of the threads. Once the lanes are closed, a task is run on the thread that gives it (or that ends the task
 * before it), still after those given before it under its key.
 */
final class OrderedLanes {

    private static final CompletableFuture<Void> NONE = CompletableFuture.completedFuture(null);

    private final ExecutorService threads;
    private final Semaphore room;
    /** The last task given under each key that is not done yet. */
    private final Map<Object, CompletableFuture<Void>> last = new HashMap<>();

    /**
     * @param threads how many tasks run at once
     * @param waiting how many tasks may be given and not done yet (at least {@code threads})
     * @param name    the threads' names, numbered
     */
    OrderedLanes(int threads, int waiting, String name) {
        if (threads < 1 || waiting < threads) {
            throw new IllegalArgumentException("threads " + threads + ", waiting " + waiting);
        }
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.room = new Semaphore(waiting);
    }

    /**
     * Gives a task under its key: it runs once every task given before under the same key is done. Waits while
     * {@code waiting} tasks are not done yet.
     *
     * @throws InterruptedException when interrupted while it waits; the task is not given
     */
    void run(Object key, Runnable task) throws InterruptedException {
        room.acquire();
        synchronized (last) {
            CompletableFuture<Void> next = last.getOrDefault(key, NONE).handleAsync((done, failed) -> {
                try {
                    task.run();
                } finally {
                    room.release();
                }
                return null;
            }, this::execute);
            last.put(key, next);
            next.whenComplete((done, failed) -> {
                synchronized (last) {
                    last.remove(key, next);
                }
            });
        }
    }

    /** On a lane's thread; once the lanes are closed, on the thread at hand, so that no task given is lost. */
    private void execute(Runnable step) {
        try {
            threads.execute(step);
        } catch (RejectedExecutionException closed) {
            step.run();
        }
    }

    /**
     * Waits up to {@code timeout} for the tasks given to be done, then stops the threads; to be called once nothing
     * gives tasks any more.
     */
    void close(Duration timeout) throws InterruptedException {
        CompletableFuture<?>[] pending;
        synchronized (last) {
            pending = last.values().toArray(CompletableFuture<?>[]::new);
        }
        try {
            CompletableFuture.allOf(pending).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a task's failure is its own caller's; what is still running after the timeout is stopped with the rest
        }
        threads.shutdown();
        threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
