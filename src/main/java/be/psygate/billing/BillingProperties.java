package be.psygate.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Billing settings ({@code psygate.billing.*}); the schedule, the SFTP endpoint and the retries are read by
 * {@code routes/billing.yaml}. Defaults in {@code application.yml}.
 *
 * @param scheduleEnabled whether billing runs start on their own, at {@code cron}
 * @param cron            when (second minute hour day-of-month month day-of-week, Brussels time)
 * @param workDir         local folder where batches are rendered before delivery
 * @param resumeDelay     ms after a start before the batches left pending are delivered
 * @param deliveryLease   how long an instance's claim on delivering a batch holds: longer than a delivery with all
 *                        its retries; once older, the batch (still pending: its instance died while delivering) is
 *                        delivered again by the next run
 * @param deliveryThreads how many batches of a run are rendered and delivered at once (each batch is claimed, so
 *                        that no two threads or instances deliver the same one)
 * @param returnThreads   how many insurers' answers read from their folders are settled at once: answers of different
 *                        batches side by side, those of one batch one after the other, in the order they were read
 * @param testFiles       whether efact files are marked as test files (segment 200 {@code 92}, file version
 *                        9991999) rather than production files
 * @param sftp            the SFTP server the insurers fetch their invoices from
 * @param delivery        the retries of a failed delivery
 */
@Validated
@ConfigurationProperties("psygate.billing")
public record BillingProperties(
        @NotNull Boolean scheduleEnabled,
        @NotBlank String cron,
        @NotNull Path workDir,
        @PositiveOrZero @NotNull Long resumeDelay,
        @NotNull Duration deliveryLease,
        @Positive @NotNull Integer deliveryThreads,
        @Positive @NotNull Integer returnThreads,
        @NotNull Boolean testFiles,
        @NotNull @Valid Sftp sftp,
        @NotNull @Valid Delivery delivery) {

    /**
     * The SFTP server the invoices are delivered to, under {@code <directory>/<insurer id>/in}.
     *
     * @param host       its host
     * @param port       its port
     * @param username   the service account that writes the invoices
     * @param password   its password
     * @param knownHosts the known_hosts file that holds the server's host key (checked)
     * @param directory  the folder of the insurers' homes on the server
     */
    public record Sftp(@NotBlank String host, @Min(1) @Max(65535) @NotNull Integer port, @NotBlank String username,
                       String password, @NotBlank String knownHosts, @NotBlank String directory) {
    }

    /**
     * A failed delivery is tried again this many times, the delay doubling, before the batch is parked.
     *
     * @param maxRedeliveries  tries after the first
     * @param redeliveryDelay  ms before the first retry
     */
    public record Delivery(@PositiveOrZero @NotNull Integer maxRedeliveries, @PositiveOrZero @NotNull Long redeliveryDelay) {
    }
}
