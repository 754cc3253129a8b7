package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Guessing passwords costs time, and a burst of guesses is told to the operators once, without a national number. */
class LoginFailuresTest {

    private final MovableClock clock = new MovableClock();
    private final List<LoginAlerts.Burst> alerts = new ArrayList<>();
    private final LoginFailures failures = new LoginFailures(new SftpLimits(200, 8, 20, 50, 64, 6,
            Duration.ofSeconds(30), Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofMinutes(15),
            DataSize.ofBytes(0), Duration.ofHours(2)), alerts::add, clock);

    @Test
    void theDelayDoublesFromTheFirstRefusalUpToItsCap() {
        List<Duration> delays = new ArrayList<>();
        delays.add(failures.delayBefore("192.0.2.1"));
        for (int i = 0; i < 8; i++) {
            failures.failed("192.0.2.1", "demo");
            delays.add(failures.delayBefore("192.0.2.1"));
        }

        assertThat(delays).containsExactly(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(failures.delayBefore("192.0.2.2")).isZero();
    }

    @Test
    void aSuccessOrAQuietSpellStartsAfresh() {
        failures.failed("192.0.2.1", "demo");
        failures.failed("192.0.2.1", "demo");
        failures.succeeded("192.0.2.1");
        assertThat(failures.delayBefore("192.0.2.1")).isZero();

        failures.failed("192.0.2.3", "demo");
        clock.move(Duration.ofMinutes(16));
        assertThat(failures.delayBefore("192.0.2.3")).isZero();
    }

    @Test
    void aBurstIsAlertedOnceWithTheUserNameMasked() {
        for (int i = 0; i < 20; i++) {
            failures.failed("192.0.2.9", "85073003328");
        }
        assertThat(alerts).singleElement().satisfies(burst -> {
            assertThat(burst.remote()).isEqualTo("192.0.2.9");
            assertThat(burst.user()).isEqualTo("###########").doesNotContainPattern("[0-9]");
            assertThat(burst.failures()).isEqualTo(6);
        });

        clock.move(Duration.ofMinutes(16));
        for (int i = 0; i < 6; i++) {
            failures.failed("192.0.2.9", "demo\u001b[31m");
        }
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(1).user()).isEqualTo("demo?[##m");
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < LoginFailures.MAX_ADDRESSES + 500; i++) {
            failures.failed("2001:db8::" + Integer.toHexString(i), "demo");
        }
        assertThat(failures.remembered()).isEqualTo(LoginFailures.MAX_ADDRESSES);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
