package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void remembersTheFirstLineOfEachTextAndTellsItAgain() {
        Fingerprints seen = new Fingerprints();
        assertThat(seen.putIfAbsent("REF-1", 1)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("REF-2", 2)).isEqualTo(-1);
        assertThat(seen.putIfAbsent("REF-1", 3)).isEqualTo(1);
        assertThat(seen.get("REF-2")).isEqualTo(2);
        assertThat(seen.get("REF-3")).isEqualTo(-1);
        assertThat(seen.get("")).isEqualTo(-1);
    }

    @Test
    void holdsAMillionReferencesApartInAFewTensOfMegabytes() {
        Fingerprints seen = new Fingerprints();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(seen.putIfAbsent("770-" + i, i)).isEqualTo(-1);
        }
        assertThat(seen.size()).isEqualTo(1_000_000);
        for (int i = 0; i < 1_000_000; i += 997) {
            assertThat(seen.putIfAbsent("770-" + i, -5)).isEqualTo(i);
        }
        assertThat(seen.get("770-1000000")).isEqualTo(-1);
    }

    @Test
    void tellsApartTextsThatDifferOnlyByOneCharacterOrItsHighByte() {
        assertThat(Fingerprints.fingerprint("ab")).isNotEqualTo(Fingerprints.fingerprint("ba"));
        assertThat(Fingerprints.fingerprint("a")).isNotEqualTo(Fingerprints.fingerprint("a\u0000"));
        assertThat(Fingerprints.fingerprint("\u0101")).isNotEqualTo(Fingerprints.fingerprint("\u0001\u0001"));
        assertThat(Fingerprints.fingerprint("")).isNotZero();
    }

    @Test
    void twoTextsAndTheirSeparatorHaveTheFingerprintOfTheTextTheyMake() {
        assertThat(Fingerprints.fingerprint("70002227770", '\u001F', "REF-12"))
                .as("two texts and their separator, as the text they make")
                .isEqualTo(Fingerprints.fingerprint("70002227770\u001FREF-12"));
        assertThat(Fingerprints.fingerprint("", '-', "")).isEqualTo(Fingerprints.fingerprint("-"));
    }
}
