package be.psygate.sftp;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one client may take of the embedded SFTP server, under {@code psygate.sftp.limits}: each limit keeps a
 * single practice (or whoever found its password) from exhausting the process's files, threads or the disk.
 *
 * @param maxNameBytes           the longest name a practice may give a file, in bytes of UTF-8 (default 200, the
 *                               longest the intake takes: it adds suffixes to it and a file system holds 255)
 * @param maxSessionsPerUser     logged-in sessions one practice or insurer may hold at once (default 8); the
 *                               service account is not limited
 * @param maxSessionsPerAddress  connections one source address may hold at once, logged in or not (default
 *                               20); the service account's sessions stop counting once it has logged in
 * @param maxUnauthenticated     connections not yet logged in, all addresses together (default 50)
 * @param maxOpenHandles         files and folders one SFTP session may hold open at once (default 64)
 * @param maxAuthAttempts        authentication requests on one connection before it is cut (default 6, as
 *                               OpenSSH's {@code MaxAuthTries})
 * @param authTimeout            how long a connection may take to log in (default 30 s)
 * @param failureDelay           how long the first password refused from an address holds back the next answer to
 *                               that address; doubled at each further failure (default 250 ms)
 * @param maxFailureDelay        the longest such delay (default 8 s)
 * @param failureMemory          how long an address's failures are remembered after its last one (default 15 min)
 * @param homeQuota              the most a practice's or insurer's home may hold; {@code 0} (default) for no quota
 * @param incompleteUploadAnswerAfter how long an upload cut off with its connection waits, hidden from the
 *                               gateway, for the practice to resume, replace or remove it (default 2 h); then the
 *                               intake takes it and answers that it is incomplete ({@code FILE_INCOMPLETE})
 */
public record SftpLimits(
        @DefaultValue("200") int maxNameBytes,
        @DefaultValue("8") int maxSessionsPerUser,
        @DefaultValue("20") int maxSessionsPerAddress,
        @DefaultValue("50") int maxUnauthenticated,
        @DefaultValue("64") int maxOpenHandles,
        @DefaultValue("6") int maxAuthAttempts,
        @DefaultValue("30s") Duration authTimeout,
        @DefaultValue("250ms") Duration failureDelay,
        @DefaultValue("8s") Duration maxFailureDelay,
        @DefaultValue("15m") Duration failureMemory,
        @DefaultValue("0") DataSize homeQuota,
        @DefaultValue("2h") Duration incompleteUploadAnswerAfter) {

    public SftpLimits {
        requirePositive(maxNameBytes, "max-name-bytes");
        requirePositive(maxSessionsPerUser, "max-sessions-per-user");
        requirePositive(maxSessionsPerAddress, "max-sessions-per-address");
        requirePositive(maxUnauthenticated, "max-unauthenticated");
        requirePositive(maxOpenHandles, "max-open-handles");
        requirePositive(maxAuthAttempts, "max-auth-attempts");
        authTimeout = authTimeout == null ? Duration.ofSeconds(30) : authTimeout;
        failureDelay = failureDelay == null ? Duration.ofMillis(250) : failureDelay;
        maxFailureDelay = maxFailureDelay == null ? Duration.ofSeconds(8) : maxFailureDelay;
        failureMemory = failureMemory == null ? Duration.ofMinutes(15) : failureMemory;
        homeQuota = homeQuota == null ? DataSize.ofBytes(0) : homeQuota;
        incompleteUploadAnswerAfter = incompleteUploadAnswerAfter == null ? Duration.ofHours(2)
                : incompleteUploadAnswerAfter;
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

    /** The defaults, as {@code application.yml} leaves them. */
    public static SftpLimits defaults() {
        return new SftpLimits(200, 8, 20, 50, 64, 6, null, null, null, null, null, null);
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
