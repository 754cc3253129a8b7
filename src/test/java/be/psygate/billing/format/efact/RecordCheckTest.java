package be.psygate.billing.format.efact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The record check counts characters as both public eFact implementations do. */
class RecordCheckTest {

    /** A record holding {@code text} from position 1, spaces to 348, and a check of 00. */
    private static String record(String text) {
        return text + " ".repeat(348 - text.length()) + "00";
    }

    @Test
    void aLowercaseLetterCountsAsItsCapital() {
        // l 22 + c 13 + '-' 37 + r 28 + e 15 + f 16 + '-' 37 + b 12 = 180; 340 spaces = 3400; 3580 mod 97 = 88
        // (counting the six lowercase letters as 37 each would give 3696 mod 97 = 10)
        assertThat(RecordCheck.of(record("lc-ref-b"))).isEqualTo(88);
        assertThat(RecordCheck.of(record("lc-ref-b"))).isEqualTo(RecordCheck.of(record("LC-REF-B")));
        assertThat(RecordCheck.of(record("abcdefghijklmnopqrstuvwxyz")))
                .isEqualTo(RecordCheck.of(record("ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    }

    @Test
    void digitsSpaceLettersAndTheRestHaveTheirValues() {
        assertThat(RecordCheck.valueOf('0')).isZero();
        assertThat(RecordCheck.valueOf('9')).isEqualTo(9);
        assertThat(RecordCheck.valueOf(' ')).isEqualTo(10);
        assertThat(RecordCheck.valueOf('A')).isEqualTo(11);
        assertThat(RecordCheck.valueOf('a')).isEqualTo(11);
        assertThat(RecordCheck.valueOf('Z')).isEqualTo(36);
        assertThat(RecordCheck.valueOf('z')).isEqualTo(36);
        assertThat(RecordCheck.valueOf('-')).isEqualTo(37);
        assertThat(RecordCheck.valueOf('/')).isEqualTo(37);
        assertThat(RecordCheck.valueOf('~')).isEqualTo(37);
    }

    @Test
    void aRemainderOfZeroIsWritten97() {
        // an 'A' (11), 86 spaces (860) and zeros: 871; a last digit 2 makes 873 = 9 x 97
        String digits = "0".repeat(348 - 86 - 1);
        String text = "A" + " ".repeat(86) + digits;
        int sum = 11 + 860;
        String adjusted = text.substring(0, 347) + (char) ('0' + (97 - sum % 97));
        assertThat(RecordCheck.of(adjusted + "00")).isEqualTo(97);
    }

    @Test
    void theTestSendingsConventionAddsTenBeforeTheModulo() {
        // 3580 + 10 = 3590; 3590 mod 97 = 1
        assertThat(RecordCheck.Convention.REFERENCES.of(record("lc-ref-b"))).isEqualTo(88);
        assertThat(RecordCheck.Convention.CIN_TEST_SENDINGS.of(record("lc-ref-b"))).isEqualTo(1);
        // 348 spaces: 3480 = 35 x 97 + 85, so 85 and 95; 87 spaces and zeros: 870 = 8 x 97 + 94, so 94 and 7
        assertThat(RecordCheck.Convention.CIN_TEST_SENDINGS.of(record(""))).isEqualTo(95);
        String text = " ".repeat(87) + "0".repeat(261);
        assertThat(RecordCheck.Convention.REFERENCES.of(text + "00")).isEqualTo(94);
        assertThat(RecordCheck.Convention.CIN_TEST_SENDINGS.of(text + "00")).isEqualTo(7);
    }
}
