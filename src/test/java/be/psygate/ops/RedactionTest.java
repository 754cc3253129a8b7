package be.psygate.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void masksWhatLooksLikeANationalNumber() {
        assertThat(Redaction.mask("patient 85073003328, again 85.07.30-033.28."))
                .isEqualTo("patient ***********, again ***********.");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "at 2025-06-30T10:00:47.398123456Z, IBAN BE14063123456783, millis 1751277647398, batch 00000012";
        assertThat(Redaction.mask(text)).isEqualTo(text);
    }

    @Test
    void cutsAfterMasking() {
        assertThat(Redaction.maskAndCut("85073003328 and more", 12)).isEqualTo("*********** …");
        assertThat(Redaction.maskAndCut(null, 5)).isNull();
    }

}
