package be.psygate.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter of the references each practice had accepted: never a no for one it was given, rarely a yes otherwise. */
class AcceptedRefsTest {

    @Test
    void everyReferenceGivenIsHeldAndTheOthersRarelyAre() {
        AcceptedRefs refs = new AcceptedRefs();
        // past its first filter's size: a second one, twice as large, takes the rest
        int given = 1_500_000;
        for (int i = 0; i < given; i++) {
            refs.add("p" + (i % 300), "2025-" + i);
        }
        for (int i = 0; i < given; i += 997) {
            assertThat(refs.mayHold("p" + (i % 300), "2025-" + i)).isTrue();
        }
        int falseYes = 0;
        int asked = 200_000;
        for (int i = 0; i < asked; i++) {
            // the same references of other practices, and references nobody had
            if (refs.mayHold("p" + ((i + 1) % 300), "2025-" + i) || refs.mayHold("p1", "2026-" + i)) {
                falseYes++;
            }
        }
        assertThat(falseYes).isLessThan(asked / 100);
    }

    @Test
    void aPracticeAndAReferenceAreTakenApart() {
        AcceptedRefs refs = new AcceptedRefs();
        refs.add("12", "3");
        assertThat(refs.mayHold("12", "3")).isTrue();
        assertThat(refs.mayHold("1", "23")).isFalse();
        assertThat(AcceptedRefs.hash("12", "3")).isNotEqualTo(AcceptedRefs.hash("1", "23"));
    }
}
