package be.psygate.benchmark;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class CpuUseTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void theProcessorTimeOfAnIntakeThreadIsCountedUnderTheIntake() throws Exception {
        // named as Camel names the intake's consumer thread
        String spent = spentByAThreadNamed("Camel (camel-1) thread #5 - psygate-sftp://127.0.0.1:2222/practices");

        assertThat(spent).containsPattern("intake (0\\.[3-9]|[1-9])");
        assertThat(spent).containsPattern("this JVM \\d+\\.\\d s");
        assertThat(spent).containsPattern("JIT compiling \\d+\\.\\d s");
    }

    @Test
    void aThreadOfNoKnownGroupIsCountedAsOther() throws Exception {
        String spent = spentByAThreadNamed("some-worker");

        assertThat(spent).containsPattern("other (0\\.[3-9]|[1-9])");
        assertThat(spent).doesNotContainPattern("intake (0\\.[3-9]|[1-9])");
    }

    /**
     * What {@link CpuUse} says was spent while a thread of that name worked 0.3 s of processor time; the thread is
     * still alive when the counters are read, as the gateway's threads are (a thread's time goes with it).
     */
    private static String spentByAThreadNamed(String name) throws InterruptedException {
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            while (THREADS.getCurrentThreadCpuTime() - start < 300_000_000L) {
                Thread.onSpinWait();
            }
            spun.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        CpuUse before = CpuUse.now();
        worker.start();
        spun.await();
        try {
            return CpuUse.now().since(before);
        } finally {
            release.countDown();
            worker.join();
        }
    }
}
