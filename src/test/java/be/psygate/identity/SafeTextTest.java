package be.psygate.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    private static final String NISS = TestIds.niss("850712", 123, false);
    private static final String DOTTED = NISS.substring(0, 2) + "." + NISS.substring(2, 4) + "." + NISS.substring(4, 6)
            + "-" + NISS.substring(6, 9) + "." + NISS.substring(9);

    @Test
    void masksANationalNumberHoweverItIsWrittenInAName() {
        assertThat(SafeText.of(NISS + ".csv")).isEqualTo("85.07.**-***.**.csv");
        assertThat(SafeText.of("list " + DOTTED + ".csv")).isEqualTo("list 85.07.**-***.**.csv");
        assertThat(SafeText.of(NISS.substring(0, 6) + " " + NISS.substring(6, 9) + " " + NISS.substring(9)))
                .isEqualTo("85.07.**-***.**");
    }

    @Test
    void leavesAPracticesInamiDatesAndOtherNumbersAlone() {
        String text = "practice 91234537770, list 2025-03-01.csv, batch 00000012";
        assertThat(SafeText.of(text)).isEqualTo(text);
    }

    @Test
    void showsControlAndInvisibleCharactersAsQuestionMarks() {
        assertThat(SafeText.of("a\nb\r\u001b[31mc\u202e.csv\u0007")).isEqualTo("a?b??[31mc?.csv?");
    }

    @Test
    void aLogLineKeepsItsLinesButNoneCanPassForANewEntry() {
        assertThat(SafeText.forLog("upload x\n2026-12-06 INFO forged\r\nthird\n\tat frame"))
                .isEqualTo("upload x\n\t2026-12-06 INFO forged\n\tthird\n\tat frame");
        assertThat(SafeText.forLog("name\u001b[2J " + NISS)).isEqualTo("name?[2J 85.07.**-***.**");
    }

    @Test
    void aTypedUserNameHasEveryDigitMaskedItsControlsNeutralisedAndIsCut() {
        assertThat(SafeText.typedName("85.07.30-033.28", 64)).isEqualTo("##.##.##-###.##");
        assertThat(SafeText.typedName("admin2\n", 64)).isEqualTo("admin#?");
        assertThat(SafeText.typedName("a".repeat(70), 64)).hasSize(65).endsWith("…");
        assertThat(SafeText.typedName(null, 64)).isNull();
    }
}
