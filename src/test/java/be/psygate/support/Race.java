package be.psygate.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Claims tried by several instances at the same moment, for the tests where exactly one may win. */
public final class Race {

    private Race() {
    }

    /**
     * How many of {@code claims} succeeded, each run on a thread of {@code threads} (one thread a claim), all
     * released together.
     */
    public static int winners(ExecutorService threads, List<Callable<Boolean>> claims) throws Exception {
        CyclicBarrier together = new CyclicBarrier(claims.size());
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<Boolean> claim : claims) {
            results.add(threads.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return claim.call();
            }));
        }
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        return won;
    }
}
