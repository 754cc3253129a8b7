package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SepaTextTest {

    private static final String LATIN = "ABC xyz 0123456789 /-?:().,'+";

    static Stream<Arguments> transliterations() {
        return Stream.of(
                // accents are dropped
                Arguments.of("Hélène Dupré-Lefèvre", "Helene Dupre-Lefevre"),
                Arguments.of("Çà et là, Noël à Liège", "Ca et la, Noel a Liege"),
                Arguments.of("Zoë Müller Ångström", "Zoe Muller Angstrom"),
                // some letters are spelled out
                Arguments.of("Straße Æsop Œuvre Søren Łódź", "Strasse AEsop OEuvre Soren Lodz"),
                // punctuation becomes its plain form and the rest a space
                Arguments.of("L’hôpital “Saint-Jean” & Co — 2025; n° 5_b", "L'hopital 'Saint-Jean' + Co - 2025, n 5-b"),
                Arguments.of("ref#12 @ 50%\ttab\nline", "ref 12 50 tab line"),
                // the SEPA Latin set is left alone
                Arguments.of(LATIN, LATIN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("transliterations")
    void everyTextIsWrittenInTheSepaLatinSet(String text, String latin) {
        assertThat(SepaText.transliterate(text)).isEqualTo(latin);
    }

    @Test
    void theSepaLatinSetIsRecognisedAndNoTextStaysNoText() {
        assertThat(SepaText.isLatin(LATIN)).isTrue();
        assertThat(SepaText.isLatin("é")).isFalse();
        assertThat(SepaText.transliterate(null)).isNull();
    }
}
