package be.psygate.payments.sepa;

import be.psygate.identity.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BicTest {

    @Test
    void eightOrElevenCharactersAreAccepted() {
        assertThat(Bic.parse("gebabebb").value()).isEqualTo("GEBABEBB");
        assertThat(Bic.parse("KRED BE BB XXX").value()).isEqualTo("KREDBEBBXXX");
        assertThat(Bic.parse("BBRUBEBB").country()).isEqualTo("BE");
    }

    @Test
    void otherShapesAreRefused() {
        for (String bic : List.of("GEBABE", "GEBABEBBX", "GEB4BEBB", "GEBABE1B", "GEBABEBO", "GEBABEBB-01")) {
            assertThatThrownBy(() -> Bic.parse(bic)).as(bic).isInstanceOf(InvalidIdentifierException.class);
        }
        assertThatThrownBy(() -> Bic.parse(null)).hasMessageContaining("missing");
    }
}
