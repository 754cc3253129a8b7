package be.psygate.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredTest {

    @Test
    void valuesAllPresentPass() {
        assertThatCode(() -> Required.nonNull("name, inami", "Dupont", 12)).doesNotThrowAnyException();
    }

    @Test
    void theFirstMissingValueIsNamedAsObjectsRequireNonNullWould() {
        assertThatThrownBy(() -> Required.nonNull("name, inami, bce", "Dupont", null, null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("inami");
        assertThatThrownBy(() -> Required.nonNull("name, inami, bce", null, 12, "x"))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void namesThatDoNotMatchTheValuesAreAProgrammingError() {
        assertThatThrownBy(() -> Required.nonNull("name, inami", "Dupont", 12, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values checked under 2 names");
    }
}
