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
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // named as Camel names the intake's consumer thread; alive when the counters are read, as the gateway's are
        Thread intake = new Thread(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            long sum = 0;
            while (THREADS.getCurrentThreadCpuTime() - start < 300_000_000L) {
                sum += Long.numberOfTrailingZeros(System.nanoTime());
            }
            spun.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (sum == 42) {
                System.out.print("");
            }
        }, "Camel (camel-1) thread #5 - psygate-sftp://127.0.0.1:2222/practices");
        CpuUse before = CpuUse.now();
        intake.start();
        spun.await();
        String spent;
        try {
            spent = CpuUse.now().since(before);
        } finally {
            release.countDown();
            intake.join();
        }

        assertThat(spent).containsPattern("intake (0\\.[3-9]|[1-9])");
        assertThat(spent).containsPattern("this JVM \\d+\\.\\d s");
        assertThat(spent).containsPattern("JIT compiling \\d+\\.\\d s");
    }

    @Test
    void aThreadOfNoKnownGroupIsCountedAsOther() throws Exception {
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
        }, "some-worker");
        CpuUse before = CpuUse.now();
        worker.start();
        spun.await();
        String spent;
        try {
            spent = CpuUse.now().since(before);
        } finally {
            release.countDown();
            worker.join();
        }

        assertThat(spent).containsPattern("other (0\\.[3-9]|[1-9])");
        assertThat(spent).doesNotContain("intake 0.3");
    }
}
