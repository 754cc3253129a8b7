package be.psygate.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityMonitorTest {

    @ParameterizedTest(name = "share {0}, capacity {1}, {2} sessions in the month: well below = {3}")
    @CsvSource({
        // 600 a year = 50 a month; half of it is 25
        "0.50, 600, 24,  true",
        "0.50, 600, 25,  false",
        "0.50, 600, 0,   true",
        "0.50, 600, 60,  false",
        // 100 a year = 8.33 a month; half of it is 4.17
        "0.50, 100, 4,   true",
        "0.50, 100, 5,   false",
        // a stricter watch: the whole twelfth
        "1.00, 120, 9,   true",
        "1.00, 120, 10,  false",
        // nothing to watch
        "0.50, 0,   0,   false",
        "0.00, 600, 0,   false"})
    void saysWhetherAMonthIsWellBelowATwelfthOfTheCapacity(BigDecimal share, int capacity, int sessions,
            boolean wellBelow) {
        assertThat(new CapacityMonitor(share).wellBelow(capacity, sessions)).isEqualTo(wellBelow);
    }

    @ParameterizedTest(name = "{0} a year: {1} a month")
    @CsvSource({"600, 50.00", "100, 8.33", "400, 33.33", "0, 0.00", "10, 0.83"})
    void givesTheMonthlyPaceTheConventionAsksFor(int capacity, String pace) {
        assertThat(new CapacityMonitor().monthlyPace(capacity)).isEqualTo(new BigDecimal(pace));
    }

    @Test
    void watchesForHalfTheTwelfthByDefault() {
        assertThat(new CapacityMonitor().wellBelow(600, 24)).isTrue();
        assertThat(new CapacityMonitor().wellBelow(600, 25)).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new CapacityMonitor(new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapacityMonitor(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapacityMonitor().wellBelow(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapacityMonitor().wellBelow(12, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
