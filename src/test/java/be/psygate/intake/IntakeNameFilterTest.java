package be.psygate.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeNameFilterTest {

    @Test
    void takesNamesUpTo200BytesOfUtf8() {
        assertThat(IntakeNameFilter.fits("n".repeat(196) + ".csv")).isTrue();
        assertThat(IntakeNameFilter.fits("n".repeat(197) + ".csv")).isFalse();
        // an accented letter takes two bytes
        assertThat(IntakeNameFilter.fits("\u00e9".repeat(98) + ".csv")).isTrue();
        assertThat(IntakeNameFilter.fits("\u00e9".repeat(99) + ".csv")).isFalse();
    }

    @Test
    void aPollListsThePracticesHomesAndTheirInAndCheckFoldersOnly() {
        assertThat(IntakeNameFilter.walked("demo")).isTrue();
        assertThat(IntakeNameFilter.walked("demo/in")).isTrue();
        assertThat(IntakeNameFilter.walked("demo/check")).isTrue();
        assertThat(IntakeNameFilter.walked("demo/out")).isFalse();
        assertThat(IntakeNameFilter.walked("demo/in/nested")).isFalse();
        assertThat(IntakeNameFilter.walked("demo/.ssh")).isFalse();
    }
}
