package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SepaTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # accents are dropped
        Hélène Dupré-Lefèvre                        | Helene Dupre-Lefevre
        Çà et là, Noël à Liège                      | Ca et la, Noel a Liege
        Zoë Müller Ångström                         | Zoe Muller Angstrom
        # some letters are spelled out
        Straße Æsop Œuvre Søren Łódź                | Strasse AEsop OEuvre Soren Lodz
        # punctuation becomes its plain form and the rest a space
        L’hôpital “Saint-Jean” & Co — 2025; n° 5_b  | L'hopital 'Saint-Jean' + Co - 2025, n 5-b
        """)
    void lettersAndPunctuationOutsideTheSepaLatinSetAreTransliterated(String text, String latin) {
        assertThat(SepaText.transliterate(text)).isEqualTo(latin);
    }

    @Test
    void controlCharactersAndSymbolsBecomeSpaces() {
        assertThat(SepaText.transliterate("ref#12 @ 50%\ttab\nline")).isEqualTo("ref 12 50 tab line");
    }

    @Test
    void theSepaLatinSetIsLeftAlone() {
        String latin = "ABC xyz 0123456789 /-?:().,'+";
        assertThat(SepaText.transliterate(latin)).isEqualTo(latin);
        assertThat(SepaText.isLatin(latin)).isTrue();
        assertThat(SepaText.isLatin("é")).isFalse();
        assertThat(SepaText.transliterate(null)).isNull();
    }
}
