package be.psygate.identity;

import static be.psygate.identity.TestIds.niss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NissTest {

    @Test
    void readsTheBirthDateOfSomeoneBornBefore2000() {
        Niss niss = Niss.parse(niss("850730", 33, false));

        assertThat(niss.birthDate()).contains(LocalDate.of(1985, 7, 30));
        assertThat(niss.bis()).isFalse();
    }

    @Test
    void readsTheBirthDateOfSomeoneBornFrom2000() {
        Niss niss = Niss.parse(niss("050312", 124, true));

        assertThat(niss.birthDate()).contains(LocalDate.of(2005, 3, 12));
    }

    @Test
    void choosesTheCenturyByTheMatchingCheckDigits() {
        assertThat(Niss.parse(niss("000101", 1, false)).birthDate()).contains(LocalDate.of(1900, 1, 1));
        assertThat(Niss.parse(niss("000101", 1, true)).birthDate()).contains(LocalDate.of(2000, 1, 1));
    }

    @Test
    void recognisesABisNumberWithMonthPlus20OrPlus40() {
        Niss plus20 = Niss.parse(niss("852730", 1, false));
        Niss plus40 = Niss.parse(niss("054712", 2, true));

        assertThat(plus20.bis()).isTrue();
        assertThat(plus20.birthDate()).contains(LocalDate.of(1985, 7, 30));
        assertThat(plus40.bis()).isTrue();
        assertThat(plus40.birthDate()).contains(LocalDate.of(2005, 7, 12));
    }

    @Test
    void acceptsCheckDigits97WhenTheRemainderIsZero() {
        String withCheck97 = IntStream.range(1, 999)
                .mapToObj(sequence -> niss("850730", sequence, false))
                .filter(value -> value.endsWith("97"))
                .findFirst()
                .orElseThrow();

        assertThat(Niss.isValid(withCheck97)).isTrue();
    }

    @Test
    void hasNoBirthDateNorAgeWhenMonthOrDayIsUnknown() {
        Niss unknownMonth = Niss.parse(niss("850000", 5, false));
        Niss unknownDay = Niss.parse(niss("850700", 6, false));
        Niss bisUnknownMonth = Niss.parse(niss("854000", 7, false));

        assertThat(unknownMonth.birthDate()).isEmpty();
        assertThat(unknownDay.birthDate()).isEmpty();
        assertThat(bisUnknownMonth.birthDate()).isEmpty();
        assertThat(unknownDay.ageOn(LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void givesTheAgeInCompletedYearsOnTheSessionDate() {
        Niss niss = Niss.parse(niss("850730", 33, false));

        assertThat(niss.ageOn(LocalDate.of(2023, 7, 29))).contains(37);
        assertThat(niss.ageOn(LocalDate.of(2023, 7, 30))).contains(38);
        assertThat(niss.ageOn(LocalDate.of(1985, 7, 29))).isEmpty();
    }

    @Test
    void showsOnlyBirthYearAndMonthWhenMaskedAndPrinted() {
        Niss niss = Niss.parse(niss("850730", 33, false));

        assertThat(niss.masked()).isEqualTo("85.07.**-***.**");
        assertThat(niss).hasToString("85.07.**-***.**");
    }

    @Test
    void isEqualToTheSameNumber() {
        String value = niss("850730", 33, false);

        assertThat(Niss.parse(value)).isEqualTo(Niss.parse(value)).hasSameHashCodeAs(Niss.parse(value));
        assertThat(Niss.parse(value).value()).isEqualTo(value);
    }

    @Test
    void rejectsANissWithWrongCheckDigits() {
        String valid = niss("850730", 33, false);
        String wrong = valid.substring(0, 9) + String.format("%02d", (Integer.parseInt(valid.substring(9)) % 97) + 1);

        assertThatThrownBy(() -> Niss.parse(wrong))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digits")
                .hasMessageNotContaining(wrong);
    }

    static Stream<String> invalidNumbers() {
        return Stream.of(
                "",
                "8507300332",
                "850730033212",
                "85073003X12",
                " " + niss("850730", 33, false).substring(1),
                "８５０７３００３３１２",
                niss("851330", 1, false),
                niss("853330", 1, false),
                niss("856130", 1, false),
                niss("850732", 1, false),
                niss("850230", 1, false),
                niss("010229", 1, true));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void rejectsMalformedNumbersAndImpossibleDatesWithoutRepeatingThem(String text) {
        assertThat(Niss.isValid(text)).isFalse();
        assertThatThrownBy(() -> Niss.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> {
                    if (!text.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void rejectsAMissingNumber() {
        assertThat(Niss.isValid(null)).isFalse();
        assertThatThrownBy(() -> Niss.parse(null)).hasMessageContaining("missing");
    }

    @org.junit.jupiter.api.Test
    void masksEveryNationalNumberWithinAFreeText() {
        String niss = TestIds.niss("850712", 123, false);
        assertThat(Niss.maskWithin("list-" + niss + ".csv")).isEqualTo("list-85.07.**-***.**.csv");
        assertThat(Niss.maskWithin("practice 91234537770, 2025-03.csv")).isEqualTo("practice 91234537770, 2025-03.csv");
    }
}
