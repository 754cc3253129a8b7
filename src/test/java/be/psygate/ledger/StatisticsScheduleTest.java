package be.psygate.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatisticsScheduleTest {

    @Test
    void refreshesOnceTheMinimumIsWrittenThenAtEveryFifthOfTheLedger() {
        StatisticsSchedule schedule = new StatisticsSchedule(5_000);
        assertThat(schedule.written(4_999)).isFalse();
        assertThat(schedule.written(1)).isTrue();
        int refreshes = 1;
        for (int list = 0; list < 199; list++) {
            if (schedule.written(500)) {
                refreshes++;
            }
        }
        // 100,000 lines: every 5,000 up to 25,000, then every fifth of the ledger
        assertThat(refreshes).isBetween(10, 14);
        int more = 0;
        for (int list = 0; list < 1_800; list++) {
            if (schedule.written(500)) {
                more++;
            }
        }
        // ten times as many lines, a dozen more refreshes: not one per few lists
        assertThat(more).isBetween(10, 16);
    }

    @Test
    void aSingleLargeListRefreshesOnce() {
        StatisticsSchedule schedule = new StatisticsSchedule(5_000);
        assertThat(schedule.written(1_000_000)).isTrue();
        assertThat(schedule.written(5_000)).isFalse();
        assertThat(schedule.written(195_000)).isTrue();
    }

    @Test
    void refusesANonPositiveMinimum() {
        assertThatThrownBy(() -> new StatisticsSchedule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
