package be.psygate.sftp;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Objects;

import org.springframework.util.unit.DataSize;

/**
 * What one client may take of the embedded SFTP server, under {@code psygate.sftp.limits}: each limit keeps a
 * single practice (or whoever found its password) from exhausting the process's files, threads or the disk.
 * Defaults in {@code application.yml}; {@link #defaults()} are the same, for a server built without it.
 *
 * @param maxNameBytes           the longest name a practice may give a file, in bytes of UTF-8 (at most 200, the
 *                               longest the intake takes: it adds suffixes to it and a file system holds 255)
 * @param maxSessionsPerUser     logged-in sessions one practice or insurer may hold at once; the
 *                               service account is not limited
 * @param maxSessionsPerAddress  connections one source address may hold at once, logged in or not; the
 *                               service account's sessions stop counting once it has logged in
 * @param maxUnauthenticated     connections not yet logged in, all addresses together
 * @param maxOpenHandles         files and folders one SFTP session may hold open at once
 * @param maxAuthAttempts        authentication requests on one connection before it is cut (as OpenSSH's
 *                               {@code MaxAuthTries})
 * @param authTimeout            how long a connection may take to log in
 * @param failureDelay           how long the first password refused from an address holds back the next answer to
 *                               that address; doubled at each further failure
 * @param maxFailureDelay        the longest such delay
 * @param failureMemory          how long an address's failures are remembered after its last one
 * @param homeQuota              the most a practice's or insurer's home may hold; {@code 0} for no quota
 * @param incompleteUploadAnswerAfter how long an upload cut off with its connection waits, hidden from the
 *                               gateway, for the practice to resume, replace or remove it; then the
 *                               intake takes it and answers that it is incomplete ({@code FILE_INCOMPLETE})
 */
public record SftpLimits(
        @NotNull Integer maxNameBytes,
        @NotNull Integer maxSessionsPerUser,
        @NotNull Integer maxSessionsPerAddress,
        @NotNull Integer maxUnauthenticated,
        @NotNull Integer maxOpenHandles,
        @NotNull Integer maxAuthAttempts,
        Duration authTimeout,
        Duration failureDelay,
        Duration maxFailureDelay,
        Duration failureMemory,
        DataSize homeQuota,
        Duration incompleteUploadAnswerAfter) {

    public SftpLimits {
        requirePositive(maxNameBytes, "max-name-bytes");
        requirePositive(maxSessionsPerUser, "max-sessions-per-user");
        requirePositive(maxSessionsPerAddress, "max-sessions-per-address");
        requirePositive(maxUnauthenticated, "max-unauthenticated");
        requirePositive(maxOpenHandles, "max-open-handles");
        requirePositive(maxAuthAttempts, "max-auth-attempts");
        Objects.requireNonNull(authTimeout, "psygate.sftp.limits.auth-timeout");
        Objects.requireNonNull(failureDelay, "psygate.sftp.limits.failure-delay");
        Objects.requireNonNull(maxFailureDelay, "psygate.sftp.limits.max-failure-delay");
        Objects.requireNonNull(failureMemory, "psygate.sftp.limits.failure-memory");
        Objects.requireNonNull(homeQuota, "psygate.sftp.limits.home-quota");
        Objects.requireNonNull(incompleteUploadAnswerAfter, "psygate.sftp.limits.incomplete-upload-answer-after");
        if (incompleteUploadAnswerAfter.isNegative()) {
            throw new IllegalArgumentException("psygate.sftp.limits.incomplete-upload-answer-after must not be "
                    + "negative: " + incompleteUploadAnswerAfter);
        }
        if (authTimeout.isNegative() || authTimeout.isZero()) {
            throw new IllegalArgumentException("psygate.sftp.limits.auth-timeout must be positive: " + authTimeout);
        }
        if (failureDelay.isNegative() || maxFailureDelay.compareTo(failureDelay) < 0) {
            throw new IllegalArgumentException("psygate.sftp.limits: failure-delay must be between 0 and "
                    + "max-failure-delay: " + failureDelay + ", " + maxFailureDelay);
        }
        if (homeQuota.isNegative()) {
            throw new IllegalArgumentException("psygate.sftp.limits.home-quota must not be negative: " + homeQuota);
        }
    }

    /**
     * The limits {@code application.yml} sets, for a server built without the configuration (tests, tools);
     * {@code SettingsDocumentedTest} keeps the two equal.
     */
    public static SftpLimits defaults() {
        return new SftpLimits(200, 8, 20, 50, 64, 6, Duration.ofSeconds(30), Duration.ofMillis(250),
                Duration.ofSeconds(8), Duration.ofMinutes(15), DataSize.ofBytes(0), Duration.ofHours(2));
    }

    /** Whether homes have a quota. */
    public boolean hasHomeQuota() {
        return homeQuota.toBytes() > 0;
    }

    private static void requirePositive(int value, String property) {
        if (value <= 0) {
            throw new IllegalArgumentException("psygate.sftp.limits." + property + " must be positive: " + value);
        }
    }
}
