package be.psygate.security;

import be.psygate.security.HttpSecurityProperties.LoginThrottling;
import be.psygate.support.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The login throttle's counting, lockouts and their end, on a clock the test moves (issue "Security"). */
class LoginThrottleTest {

    private static final LoginThrottling SETTINGS = new LoginThrottling(3, 5, Duration.ofMinutes(5),
            Duration.ofMinutes(10), 100);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-06-30T10:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(SETTINGS, registry, clock);

    @Test
    void anAddressIsLockedAfterItsFailuresUntilTheLockoutEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.lockedFor("10.0.0.1", "admin")).isEmpty();
            throttle.failed("10.0.0.1", "admin");
        }
        assertThat(throttle.lockedFor("10.0.0.1", "admin")).contains(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("10.0.0.1", "someone-else")).isPresent();
        // the same user from elsewhere is not concerned
        assertThat(throttle.lockedFor("10.0.0.2", "admin")).isEmpty();

        clock.move(Duration.ofMinutes(9));
        assertThat(throttle.lockedFor("10.0.0.1", "admin")).contains(Duration.ofMinutes(1));
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("10.0.0.1", "admin")).isEmpty();
        assertThat(registry.get("psygate_http_login_failures").tag("reason", "bad_credentials").counter().count())
                .isEqualTo(3);
        assertThat(registry.get("psygate_http_login_failures").tag("reason", "throttled").counter().count())
                .isEqualTo(3);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        throttle.failed("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        clock.move(Duration.ofMinutes(6));
        throttle.failed("10.0.0.1", "admin");
        assertThat(throttle.lockedFor("10.0.0.1", "admin")).isEmpty();
    }

    @Test
    void aUserNameGuessedFromManyAddressesIsLockedEverywhere() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.1." + i, "admin");
        }
        assertThat(throttle.lockedFor("10.0.2.1", "admin")).isPresent();
        assertThat(throttle.lockedFor("10.0.2.1", "ops")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailuresOfItsAddressAndName() {
        throttle.failed("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        throttle.succeeded("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        assertThat(throttle.lockedFor("10.0.0.1", "admin")).isEmpty();
    }

    @Test
    void aFloodOfNewAddressesKeepsTheTrackingBounded() {
        LoginThrottle small = new LoginThrottle(new LoginThrottling(3, 1000, Duration.ofMinutes(5),
                Duration.ofMinutes(10), 10), registry, clock);
        for (int i = 0; i < 1000; i++) {
            small.failed("10.1." + (i / 256) + "." + (i % 256), "user" + i);
        }
        for (int i = 0; i < 3; i++) {
            small.failed("10.9.9.9", "admin");
        }
        assertThat(small.lockedFor("10.9.9.9", "admin")).isPresent();
        // a locked address is not forgotten for newer ones
        for (int i = 0; i < 100; i++) {
            clock.move(Duration.ofSeconds(1));
            small.failed("10.2.0." + i, "other" + i);
        }
        assertThat(small.lockedFor("10.9.9.9", "admin")).isPresent();
    }
}
