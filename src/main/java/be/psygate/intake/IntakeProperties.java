package be.psygate.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * Intake settings ({@code psygate.intake.*}) the Java side needs; where the homes are read is
 * {@link IntakeSourceProperties}. Defaults in {@code application.yml}.
 *
 * @param workDir         local folder for downloaded uploads and answers being written
 * @param chunkSize       lines judged, stored and answered per database batch
 * @param billingDeadline how old a session may be and still be billed (e.g. {@code P2Y}); empty for no limit
 * @param maxFileBytes    the largest file read, in bytes; a larger one is quarantined unread ({@code FILE_TOO_LARGE})
 * @param maxLineLength   the longest CSV line read, in characters; a longer one is malformed ({@code LINE_MALFORMED})
 * @param claimLease      how long an instance's claim on an upload holds without being renewed: an instance renews
 *                        the claims of the uploads it has in flight every third of it, and a claim older than this is
 *                        taken over (a claim from before instances were recorded, or a done upload listed again); at
 *                        least 3 seconds
 * @param claimRetention  how long a claim is kept once its upload is done, so that the claims table stops growing;
 *                        longer than the lease
 * @param claimEvictionInterval how often the claims older than the retention are deleted
 * @param instanceDeadAfter how old an instance's heartbeat may be before it is dead and its claims are taken over
 *                        at once (each instance writes its heartbeat every fifth of it); at least a second, shorter
 *                        than the lease
 * @param localFiles      whether the uploads are read and archived, and the answers written, straight on the embedded
 *                        SFTP server's disk when the intake reads that server (false: over SFTP, as for an external
 *                        server)
 * @param noticeRetry     how long billing's notices wait in the gateway's table after the broker did not take one,
 *                        before the next try ({@link IntakeNotices})
 * @param keptSessions    how many earlier sessions of the patients of recent lists the intake keeps in memory, brought
 *                        up to date with the lists judged since, instead of reading them again for each list
 *                        ({@link EarlierSessions}); the least recently seen patients go first. 0: none kept
 */
@Validated
@ConfigurationProperties("psygate.intake")
public record IntakeProperties(@NotNull Path workDir, @Positive @NotNull Integer chunkSize, Period billingDeadline,
                               @Positive @NotNull Long maxFileBytes, @Positive @NotNull Integer maxLineLength, @NotNull Duration claimLease,
                               @NotNull Duration claimRetention, @NotNull Duration claimEvictionInterval,
                               @NotNull Duration instanceDeadAfter, @NotNull Boolean localFiles,
                               @NotNull Duration noticeRetry, @PositiveOrZero @NotNull Integer keptSessions) {

    public IntakeProperties {
        Objects.requireNonNull(claimLease, "psygate.intake.claim-lease");
        Objects.requireNonNull(claimRetention, "psygate.intake.claim-retention");
        Objects.requireNonNull(instanceDeadAfter, "psygate.intake.instance-dead-after");
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
