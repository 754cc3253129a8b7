package be.psygate.console;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long an open overview keeps asking for its counts, and how often. */
class OverviewRefreshTest {

    private static final Instant OPENED = Instant.parse("2025-06-30T10:00:00Z");
    private final ConsoleProperties props = new ConsoleProperties(50, Duration.ofSeconds(5), Duration.ofMinutes(30));

    @Test
    void anOverviewRefreshesUntilRefreshForHasPassedSinceItWasOpened() {
        assertThat(OverviewPage.refreshing(OPENED, OPENED, props)).isTrue();
        assertThat(OverviewPage.refreshing(OPENED, OPENED.plus(Duration.ofMinutes(30)), props)).isTrue();
        assertThat(OverviewPage.refreshing(OPENED, OPENED.plus(Duration.ofMinutes(30)).plusSeconds(1), props))
                .isFalse();
    }

    @Test
    void aRefreshWithoutAnOverviewOpenedInThisLoginStopsAtOnce() {
        assertThat(OverviewPage.refreshing(null, OPENED, props)).isFalse();
    }

    @Test
    void theIntervalIsWrittenAsHtmxReadsItAndIsNeverUnderASecond() {
        assertThat(props.refreshTrigger()).isEqualTo("every 5s");
        assertThat(new ConsoleProperties(50, Duration.ofMinutes(1), Duration.ZERO).refreshTrigger())
                .isEqualTo("every 60s");
        assertThatThrownBy(() -> new ConsoleProperties(50, Duration.ofMillis(200), Duration.ofMinutes(1)))
                .hasMessageContaining("psygate.console.refresh-every");
    }
}
