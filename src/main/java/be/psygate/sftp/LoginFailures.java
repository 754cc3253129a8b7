package be.psygate.sftp;

import be.psygate.identity.SafeText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refused password logins per source address, so that guessing costs time: after the first refusal each answer
 * to that address waits {@link SftpLimits#failureDelay()}, doubled at each further refusal up to
 * {@link SftpLimits#maxFailureDelay()}. A successful login from the address, or {@link SftpLimits#failureMemory()}
 * without refusal, starts it afresh.
 *
 * <p>Once per burst (when an address reaches {@link SftpLimits#maxAuthAttempts()} refusals in a row) the operators
 * are told: a WARN line with the address and the user name, its digits masked, and a {@link LoginAlerts} event.
 *
 * <p>At most {@value #MAX_ADDRESSES} addresses are remembered, the least recently seen forgotten first, so that a
 * flood from many addresses cannot fill the memory. Thread-safe.
 */
final class LoginFailures {

    static final int MAX_ADDRESSES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    private final SftpLimits limits;
    private final LoginAlerts alerts;
    private final Clock clock;
    private final Map<String, Streak> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Streak> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** The refusals in a row from one address. */
    private static final class Streak {
        int failures;
        Instant last;
        boolean alerted;
    }

    LoginFailures(SftpLimits limits, LoginAlerts alerts, Clock clock) {
        this.limits = limits;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** How long the next answer to {@code address} waits. */
    synchronized Duration delayBefore(String address) {
        Streak streak = current(address);
        if (streak == null || streak.failures == 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(streak.failures - 1, 30);
        Duration delay = limits.failureDelay().multipliedBy(1L << doublings);
        return delay.compareTo(limits.maxFailureDelay()) > 0 ? limits.maxFailureDelay() : delay;
    }

    /** Records a refused login; tells the operators when it makes a burst. */
    void failed(String address, String user) {
        LoginAlerts.Burst burst = null;
        synchronized (this) {
            Streak streak = current(address);
            if (streak == null) {
                streak = new Streak();
                byAddress.put(address, streak);
            }
            streak.failures++;
            streak.last = clock.instant();
            if (streak.failures >= limits.maxAuthAttempts() && !streak.alerted) {
                streak.alerted = true;
                burst = new LoginAlerts.Burst(address, masked(user), streak.failures, streak.last);
            }
        }
        if (burst != null) {
            log.warn("Alert: {} SFTP logins refused in a row from {} (last user {}): someone may be guessing "
                    + "passwords", burst.failures(), burst.remote(), burst.user());
            try {
                alerts.loginFailures(burst);
            } catch (RuntimeException e) {
                log.warn("SFTP login alert not sent: {}", e.toString());
            }
        }
    }

    /** Forgets the address's refusals. */
    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    /** Addresses remembered now. */
    synchronized int remembered() {
        return byAddress.size();
    }

    /** A user name fit for a log line: digits masked, control characters replaced, cut short. */
    static String masked(String user) {
        return user == null ? "null" : SafeText.typedName(user, 40);
    }

    private Streak current(String address) {
        Streak streak = byAddress.get(address);
        if (streak != null && streak.last.plus(limits.failureMemory()).isBefore(clock.instant())) {
            byAddress.remove(address);
            return null;
        }
        return streak;
    }
}
