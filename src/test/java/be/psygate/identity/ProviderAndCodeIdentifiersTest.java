package be.psygate.identity;

import static be.psygate.identity.TestIds.bce;
import static be.psygate.identity.TestIds.inami;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderAndCodeIdentifiersTest {

    @Test
    void acceptsAnInamiNumberWithMatchingCheckDigitsAndReadsItsQualification() {
        Inami inami = Inami.parse(inami("123456", "780"));

        assertThat(inami.value()).hasSize(11).startsWith("123456").endsWith("780");
        assertThat(inami.qualification()).isEqualTo("780");
        assertThat(inami).hasToString(inami.value());
    }

    @Test
    void acceptsAnInamiNumberWhoseCheckIs97() {
        String number = String.format("%06d", 97 * 1234);

        assertThat(inami(number, "000")).isEqualTo(number + "97000");
        assertThat(Inami.isValid(inami(number, "000"))).isTrue();
    }

    @Test
    void rejectsAnInamiNumberWithWrongCheckDigits() {
        String valid = inami("123456", "780");
        String wrong = valid.substring(0, 6) + "00" + valid.substring(8);

        assertThat(Inami.isValid(wrong)).isFalse();
        assertThatThrownBy(() -> Inami.parse(wrong)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890", "123456789012", "12345A78901", "1234567890 "})
    void rejectsAnInamiNumberThatIsNotElevenDigits(String text) {
        assertThat(Inami.isValid(text)).isFalse();
    }

    @Test
    void acceptsAnEnterpriseNumberWithMatchingCheckDigits() {
        assertThat(Bce.parse(bce("04123456")).value()).hasSize(10);
        assertThat(Bce.isValid(bce("09700000"))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"041234561", "0412.345.6", "04123456999"})
    void rejectsAnEnterpriseNumberThatIsNotTenDigits(String text) {
        assertThat(Bce.isValid(text)).isFalse();
    }

    @Test
    void rejectsAnEnterpriseNumberWithWrongCheckDigits() {
        String valid = bce("04123456");
        String wrong = valid.substring(0, 8) + (valid.endsWith("00") ? "01" : "00");

        assertThatThrownBy(() -> Bce.parse(wrong)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "228", "319", "407", "509", "600", "900"})
    void acceptsAnInsurerCodeOfAKnownUnion(String code) {
        InsurerCode insurer = InsurerCode.parse(code);

        assertThat(insurer.union()).isEqualTo(code.charAt(0) - '0');
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"700", "800", "099", "12", "1000", "1a0"})
    void rejectsAnInsurerCodeOutsideTheUnions(String code) {
        assertThat(InsurerCode.isValid(code)).isFalse();
    }

    @Test
    void acceptsASixDigitPseudocode() {
        assertThat(Pseudocode.parse("792691").value()).isEqualTo("792691");
        assertThat(Pseudocode.parse("792691")).isEqualTo(Pseudocode.parse("792691"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"79269", "7926910", "79269x", " 792691"})
    void rejectsAPseudocodeThatIsNotSixDigits(String code) {
        assertThat(Pseudocode.isValid(code)).isFalse();
        assertThatThrownBy(() -> Pseudocode.parse(code)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void trimsALineReferenceAndAcceptsUpTo25Characters() {
        assertThat(LineRef.parse("  2023-03/0042 ").value()).isEqualTo("2023-03/0042");
        assertThat(LineRef.isValid("a".repeat(25))).isTrue();
        assertThat(LineRef.isValid("é".repeat(25))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc;def", "abc\tdef", "abc\ndef", "abcdefghijklmnopqrstuvwxyz"})
    void rejectsALineReferenceThatIsEmptyTooLongOrHasForbiddenCharacters(String text) {
        assertThat(LineRef.isValid(text)).isFalse();
    }
}
