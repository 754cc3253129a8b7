package be.psygate.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    /** What looks like a national number is masked, however it is written; other numbers are left alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "patient 85073003328, again 85.07.30-033.28. | patient ***********, again ***********.",
            "at 2025-06-30T10:00:47.398123456Z, IBAN BE14063123456783, millis 1751277647398, batch 00000012 | "
                    + "at 2025-06-30T10:00:47.398123456Z, IBAN BE14063123456783, millis 1751277647398, batch 00000012"
    })
    void masksWhatLooksLikeANationalNumberAndLeavesOtherNumbersAlone(String text, String masked) {
        assertThat(Redaction.mask(text)).isEqualTo(masked);
    }

    @Test
    void cutsAfterMasking() {
        assertThat(Redaction.maskAndCut("85073003328 and more", 12)).isEqualTo("*********** …");
        assertThat(Redaction.maskAndCut(null, 5)).isNull();
    }
}
