package be.psygate.ledger;

import be.psygate.ledger.PatientDirectory.Place;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where each patient's accepted sessions lie, as the ledger keeps it on H2: every place added, each named once. */
class PatientDirectoryTest {

    @Test
    void aPatientsPlacesAreEveryPlaceAddedForThemEachOnce() {
        PatientDirectory directory = new PatientDirectory();
        directory.add(85073003328L, 7, 2);
        directory.add(85073003328L, 7, 9);
        directory.add(90022612345L, 7, 3);
        directory.add(85073003328L, 12, 2);
        // a list taken in again after its transaction was rolled back adds its places again
        directory.add(85073003328L, 7, 2);

        assertThat(directory.placesOf(List.of(85073003328L)))
                .containsExactlyInAnyOrder(new Place(7, 2), new Place(7, 9), new Place(12, 2));
        assertThat(directory.placesOf(List.of(90022612345L, 90022612345L))).containsExactly(new Place(7, 3));
        assertThat(directory.placesOf(List.of(85073003328L, 90022612345L, 85073003328L))).hasSize(4);
        assertThat(directory.patients()).isEqualTo(2);
        assertThat(directory.places()).isEqualTo(4);
    }

    @Test
    void aPatientNeverAddedHasNoPlaceNorDoesANumberNoPatientHas() {
        PatientDirectory directory = new PatientDirectory();
        assertThat(directory.placesOf(List.of(85073003328L))).isEmpty();
        directory.add(0, 1, 1);
        assertThat(directory.placesOf(List.of(0L))).containsExactly(new Place(1, 1));
        assertThat(directory.placesOf(List.of(85073003328L, -1L))).isEmpty();
        assertThatThrownBy(() -> directory.add(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itGrowsWithoutLosingAPlace() {
        PatientDirectory directory = new PatientDirectory();
        // patients whose numbers differ by their last digits alone, as a day's births do, three sessions each
        int patients = 50_000;
        for (int round = 0; round < 3; round++) {
            for (int p = 0; p < patients; p++) {
                directory.add(85073000000L + p, 1_000L + p % 97, round * patients + p);
            }
        }
        assertThat(directory.patients()).isEqualTo(patients);
        assertThat(directory.places()).isEqualTo(3 * patients);
        for (long p : LongStream.of(0, 1, 4_095, 4_096, 49_999).toArray()) {
            assertThat(directory.placesOf(List.of(85073000000L + p))).containsExactlyInAnyOrder(
                    new Place(1_000L + p % 97, (int) p), new Place(1_000L + p % 97, (int) (patients + p)),
                    new Place(1_000L + p % 97, (int) (2 * patients + p)));
        }
        List<Long> all = new ArrayList<>();
        LongStream.range(0, patients).forEach(p -> all.add(85073000000L + p));
        assertThat(directory.placesOf(all)).hasSize(3 * patients);
    }
}
