package be.psygate.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Billing settings ({@code psygate.billing.*}); the schedule and the SFTP endpoint are read by
 * {@code routes/billing.yaml}.
 *
 * @param workDir   local folder where batches are rendered before delivery
 * @param testFiles whether efact files are marked as test files (file version 9991999) rather than production
 * @param deliveryLease how long an instance's claim on delivering a batch holds: longer than a delivery with all
 *                      its retries; once older, the batch (still pending: its instance died while delivering) is
 *                      delivered again by the next run; {@code PT10M} when not set
 * @param deliveryThreads how many batches of a run are rendered and delivered at once (each batch is claimed, so
 *                        that no two threads or instances deliver the same one); 3 when not set
 */
@ConfigurationProperties("psygate.billing")
public record BillingProperties(Path workDir, boolean testFiles, Duration deliveryLease, int deliveryThreads) {

    public BillingProperties {
        if (deliveryThreads <= 0) {
            deliveryThreads = 3;
        }
        if (deliveryLease == null) {
            deliveryLease = Duration.ofMinutes(10);
        }
    }
}
