package be.psygate.intake;

import be.psygate.intake.format.CsvSessionListReader;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

/**
 * Intake settings ({@code psygate.intake.*}). The endpoint settings (host, folders, read lock) are used by
 * {@code routes/intake.yaml}; these are the ones the Java side needs.
 *
 * @param workDir         local folder for downloaded uploads and answers being written
 * @param chunkSize       lines judged, stored and answered per database batch
 * @param billingDeadline how old a session may be and still be billed (e.g. {@code P2Y}); null for no limit
 * @param maxFileBytes    the largest file read, in bytes; a larger one is quarantined unread ({@code FILE_TOO_LARGE});
 *                        {@value #DEFAULT_MAX_FILE_BYTES} when not set
 * @param maxLineLength   the longest CSV line read, in characters; a longer one is malformed ({@code LINE_MALFORMED});
 *                        {@value CsvSessionListReader#MAX_LINE_LENGTH} when not set
 * @param claimLease      how long an instance's claim on an upload holds without being renewed: an instance renews
 *                        the claims of the uploads it has in flight every third of it, and a claim older than this is
 *                        taken over (a claim from before instances were recorded, or a done upload listed again);
 *                        {@code PT2M} when not set
 * @param instanceDeadAfter how old an instance's heartbeat may be before it is dead and its claims are taken over
 *                        at once (each instance writes its heartbeat every fifth of it); {@code PT10S} when not set,
 *                        at least a second, shorter than the lease
 * @param claimRetention  how long a claim is kept once its upload is done, so that the claims table stops growing;
 *                        {@code P30D} when not set, and longer than the lease
 * @param claimEvictionInterval how often the claims older than the retention are deleted; {@code P1D} when not set
 */
@ConfigurationProperties("psygate.intake")
public record IntakeProperties(Path workDir, int chunkSize, Period billingDeadline, long maxFileBytes,
                               int maxLineLength, Duration claimLease, Duration claimRetention,
                               Duration claimEvictionInterval, Duration instanceDeadAfter) {

    /** 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200_000_000L;

    public IntakeProperties {
        if (chunkSize <= 0) {
            chunkSize = 1000;
        }
        if (maxFileBytes <= 0) {
            maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        }
        if (maxLineLength <= 0) {
            maxLineLength = CsvSessionListReader.MAX_LINE_LENGTH;
        }
        if (claimLease == null) {
            claimLease = Duration.ofMinutes(2);
        }
        if (claimRetention == null) {
            claimRetention = Duration.ofDays(30);
        }
        if (claimEvictionInterval == null) {
            claimEvictionInterval = Duration.ofDays(1);
        }
        if (instanceDeadAfter == null) {
            instanceDeadAfter = Duration.ofSeconds(10);
        }
        if (instanceDeadAfter.compareTo(Duration.ofSeconds(1)) < 0 || instanceDeadAfter.compareTo(claimLease) >= 0) {
            throw new IllegalArgumentException("psygate.intake.instance-dead-after must be at least a second and "
                    + "shorter than psygate.intake.claim-lease (" + claimLease + "): " + instanceDeadAfter);
        }
        if (claimLease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("psygate.intake.claim-lease must be at least 3 seconds: " + claimLease);
        }
        if (claimRetention.compareTo(claimLease) <= 0) {
            throw new IllegalArgumentException("psygate.intake.claim-retention (" + claimRetention
                    + ") must be longer than psygate.intake.claim-lease (" + claimLease + ")");
        }
    }

    /** How often an instance renews the claims of the uploads it has in flight: a third of the lease. */
    public Duration claimRenewal() {
        return claimLease.dividedBy(3).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
