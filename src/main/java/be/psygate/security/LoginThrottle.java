package be.psygate.security;

import be.psygate.identity.SafeText;
import be.psygate.security.HttpSecurityProperties.LoginThrottling;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed HTTP logins, counted per source address and per user name: past {@code psygate.http.login.*}'s limits, an
 * address (or a name) is refused for the lockout period without its password being checked, which also spares the
 * cores the password hashing a flood would cost everyone. Each failure is logged (WARN, the user name's digits
 * masked, never the password) and counted in {@code psygate_http_login_failures_total{reason}}. Real time, not the
 * gateway's business clock.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int NAME_LIMIT = 64;

    private final LoginThrottling settings;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Counter badCredentials;
    private final Counter throttled;

    @Autowired
    public LoginThrottle(HttpSecurityProperties props, MeterRegistry registry) {
        this(props.login(), registry, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottling settings, MeterRegistry registry, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.badCredentials = Counter.builder("psygate_http_login_failures").tag("reason", "bad_credentials")
                .description("HTTP logins refused").register(registry);
        this.throttled = Counter.builder("psygate_http_login_failures").tag("reason", "throttled")
                .description("HTTP logins refused").register(registry);
    }

    /** How long this address or user name is still refused, if it is. */
    public Optional<Duration> lockedFor(String address, String user) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(byAddress, address, now), lockedUntil(byUser, user, now));
        if (until == null) {
            return Optional.empty();
        }
        throttled.increment();
        log.debug("HTTP login refused unchecked for user {} from {}: locked out", SafeText.typedName(user,
                NAME_LIMIT), address);
        return Optional.of(Duration.between(now, until));
    }

    /** A wrong password or an unknown user. */
    public void failed(String address, String user) {
        Instant now = clock.instant();
        badCredentials.increment();
        int fromAddress = count(byAddress, address, settings.maxFailuresPerAddress(), now);
        int forUser = count(byUser, user, settings.maxFailuresPerUser(), now);
        String shown = SafeText.typedName(user, NAME_LIMIT);
        log.warn("HTTP login failed for user {} from {} ({} failures from this address, {} for this user name within {})",
                shown, address, fromAddress, forUser, settings.window());
        if (fromAddress == settings.maxFailuresPerAddress()) {
            log.warn("HTTP logins from {} refused for {}: {} failures", address, settings.lockout(), fromAddress);
        }
        if (forUser == settings.maxFailuresPerUser()) {
            log.warn("HTTP logins as {} refused for {}: {} failures", shown, settings.lockout(), forUser);
        }
    }

    /** A successful login clears the failures of its address and name. */
    public void succeeded(String address, String user) {
        if (address != null) {
            byAddress.remove(address);
        }
        if (user != null) {
            byUser.remove(user);
        }
    }

    private int count(Map<String, Failures> map, String key, int max, Instant now) {
        if (key == null) {
            return 0;
        }
        if (!map.containsKey(key) && map.size() >= settings.maxTracked()) {
            map.values().removeIf(f -> f.expired(now));
            if (map.size() >= settings.maxTracked()) {
                // a flood from ever new addresses or names: forget the oldest one not locked out rather than grow
                // without end (forgetting a locked one would let a flood unlock it)
                map.entrySet().stream().filter(e -> e.getValue().lockedUntil(now) == null)
                        .min(Map.Entry.comparingByValue())
                        .or(() -> map.entrySet().stream().min(Map.Entry.comparingByValue()))
                        .ifPresent(e -> map.remove(e.getKey()));
            }
        }
        return map.computeIfAbsent(key, k -> new Failures(now)).add(now, max);
    }

    private static Instant lockedUntil(Map<String, Failures> map, String key, Instant now) {
        Failures f = key == null ? null : map.get(key);
        return f == null ? null : f.lockedUntil(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The failures of one address or name within the current window, and its lockout. */
    private final class Failures implements Comparable<Failures> {
        private Instant windowStart;
        private int count;
        private Instant lockedUntil;

        Failures(Instant now) {
            this.windowStart = now;
        }

        synchronized int add(Instant now, int max) {
            if (now.isAfter(windowStart.plus(settings.window())) && lockedUntil(now) == null) {
                windowStart = now;
                count = 0;
            }
            count++;
            if (count >= max) {
                lockedUntil = now.plus(settings.lockout());
            }
            return count;
        }

        synchronized Instant lockedUntil(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil) ? lockedUntil : null;
        }

        synchronized boolean expired(Instant now) {
            return lockedUntil(now) == null && now.isAfter(windowStart.plus(settings.window()));
        }

        @Override
        public synchronized int compareTo(Failures other) {
            return windowStart.compareTo(other.windowStart);
        }
    }
}
