package be.psygate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @Test
    void acceptsABelgianIbanWithSpacesAndLowerCaseAndNormalisesIt() {
        String generated = TestIds.iban("BE", "001234567890");
        String typed = generated.toLowerCase().substring(0, 4) + " " + generated.substring(4, 8) + " "
                + generated.substring(8);

        Iban iban = Iban.parse(typed);

        assertThat(iban.value()).isEqualTo(generated).hasSize(16);
        assertThat(iban.country()).isEqualTo("BE");
        assertThat(iban.formatted()).isEqualTo(
                generated.substring(0, 4) + " " + generated.substring(4, 8) + " " + generated.substring(8, 12) + " "
                        + generated.substring(12));
    }

    @Test
    void acceptsTheStandardDocumentationExamples() {
        assertThat(Iban.isValid("BE68 5390 0754 7034")).isTrue();
        assertThat(Iban.isValid("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(Iban.isValid("NL91ABNA0417164300")).isTrue();
    }

    @Test
    void rejectsAnIbanWithWrongCheckDigits() {
        assertThatThrownBy(() -> Iban.parse("BE69539007547034"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digits");
    }

    @Test
    void rejectsCheckDigits01EvenWhereTheyPassTheModulo() {
        String withCheck98 = LongStream.range(0, 10_000)
                .mapToObj(n -> TestIds.iban("BE", String.format("%012d", n)))
                .filter(iban -> iban.startsWith("BE98"))
                .findFirst()
                .orElseThrow();
        String sameWith01 = "BE01" + withCheck98.substring(4);

        assertThat(Iban.isValid(withCheck98)).isTrue();
        assertThat(Iban.isValid(sameWith01)).isFalse();
    }

    @Test
    void rejectsABelgianIbanThatIsNot16Characters() {
        String seventeen = TestIds.iban("BE", "5390075470340");

        assertThatThrownBy(() -> Iban.parse(seventeen)).hasMessageContaining("16 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"68BE539007547034", "BE68-5390-0754-7034", "BE6853900754703", "B€68539007547034"})
    void rejectsTextThatIsNotShapedLikeAnIban(String text) {
        assertThat(Iban.isValid(text)).isFalse();
    }
}
