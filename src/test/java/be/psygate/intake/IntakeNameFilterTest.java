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

    @Test
    void aPollDoesNotListTheFoldersOfAHomeTheServerSaysHoldsNothing() {
        IntakeNameFilter filter = new IntakeNameFilter(user -> user.equals("busy"));
        assertThat(filter.accept(directory("busy"))).isTrue();
        assertThat(filter.accept(directory("idle"))).isFalse();
        // below a home, the folders are walked as before: the home's check was made
        assertThat(filter.accept(directory("busy/in"))).isTrue();
        assertThat(filter.accept(directory("busy/out"))).isFalse();
        assertThat(new IntakeNameFilter().accept(directory("idle"))).isTrue();
    }

    private static org.apache.camel.component.file.GenericFile<Object> directory(String relativePath) {
        org.apache.camel.component.file.GenericFile<Object> dir = new org.apache.camel.component.file.GenericFile<>();
        dir.setDirectory(true);
        dir.setRelativeFilePath(relativePath);
        return dir;
    }
}
