package be.psygate.intake;

import org.apache.camel.Consumer;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The intake's poll schedule: every poll delay, as Camel's default, and besides at once when {@link #signal} says an
 * upload just ended (the embedded SFTP server tells it). A signalled poll runs on the same single thread as the
 * scheduled ones, so two polls never overlap; signals that arrive while one is waiting make one poll. Uploads signal,
 * and a poll that took a full batch and handled it ({@link ReleasingPollStrategy}): an upload that fails every time
 * is taken again at the next scheduled poll, not in a loop.
 */
final class SignalledPollScheduler extends DefaultScheduledPollConsumerScheduler {

    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Runnable task;

    /** Takes the consumer's own schedule (its delay, initial delay and unit), as Camel's default scheduler does. */
    @Override
    public void onInit(Consumer consumer) {
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            setDelay(scheduled.getDelay());
            setInitialDelay(scheduled.getInitialDelay());
            setTimeUnit(scheduled.getTimeUnit());
            setUseFixedDelay(scheduled.isUseFixedDelay());
        }
        super.onInit(consumer);
    }

    @Override
    public void scheduleTask(Runnable task) {
        this.task = task;
        super.scheduleTask(task);
    }

    @Override
    public void unscheduleTask() {
        super.unscheduleTask();
        this.task = null;
    }

    /** Asks for a poll as soon as the current one, if any, is over. */
    void signal() {
        Runnable poll = task;
        ScheduledExecutorService executor = getScheduledExecutorService();
        if (poll == null || executor == null || executor.isShutdown() || !isSchedulerStarted()) {
            return;
        }
        if (pending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    pending.set(false);
                    poll.run();
                });
            } catch (RejectedExecutionException stopping) {
                pending.set(false);
            }
        }
    }
}
