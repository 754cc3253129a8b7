package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SepaTextTest {

    @Test
    void accentsAreDropped() {
        assertThat(SepaText.transliterate("Hélène Dupré-Lefèvre")).isEqualTo("Helene Dupre-Lefevre");
        assertThat(SepaText.transliterate("Çà et là, Noël à Liège")).isEqualTo("Ca et la, Noel a Liege");
        assertThat(SepaText.transliterate("Zoë Müller Ångström")).isEqualTo("Zoe Muller Angstrom");
    }

    @Test
    void someLettersAreSpelledOut() {
        assertThat(SepaText.transliterate("Straße Æsop Œuvre Søren Łódź")).isEqualTo("Strasse AEsop OEuvre Soren Lodz");
    }

    @Test
    void punctuationBecomesItsPlainFormAndTheRestASpace() {
        assertThat(SepaText.transliterate("L’hôpital “Saint-Jean” & Co — 2025; n° 5_b"))
                .isEqualTo("L'hopital 'Saint-Jean' + Co - 2025, n 5-b");
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
