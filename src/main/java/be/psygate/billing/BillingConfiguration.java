package be.psygate.billing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads a billing run renders and delivers its batches on ({@code routes/billing.yaml}). */
@Configuration
class BillingConfiguration {

    /**
     * {@code psygate.billing.delivery-threads} threads: rendering is CPU, delivery waits on the insurer's channel and
     * the ledger, so that a few batches at once keep both cores busy. Shut down with the application.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService billingDeliveryPool(BillingProperties props) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "billing-delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(props.deliveryThreads(), threads);
    }
}
