package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"fr, FR", "FR, FR", "nl, NL", "Nl, NL", "en, EN", "' en ', EN"})
    void readsTheLanguageInAnyCase(String text, Language expected) {
        assertThat(Language.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void defaultsToFrench(String text) {
        assertThat(Language.parse(text)).isEqualTo(Language.FR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "french", "f"})
    void refusesALanguageItDoesNotSpeak(String text) {
        assertThatThrownBy(() -> Language.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
