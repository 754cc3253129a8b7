package be.psygate.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Billing settings ({@code psygate.billing.*}); the schedule and the SFTP endpoint are read by
 * {@code routes/billing.yaml}.
 *
 * @param workDir   local folder where batches are rendered before delivery
 * @param testFiles whether efact files are marked as test files (file version 9991999) rather than production
 */
@ConfigurationProperties("psygate.billing")
public record BillingProperties(Path workDir, boolean testFiles) {
}
