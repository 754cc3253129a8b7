package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCatalogueTest {

    private static final Path REAL_FILE = Path.of("mappings/reasons.csv");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static ReasonCatalogue catalogue;

    @BeforeAll
    static void loadTheRealFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(REAL_FILE, StandardCharsets.UTF_8)) {
            catalogue = ReasonCatalogue.load(reader);
        }
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void hasAFrenchDutchAndEnglishTextForEveryReason(ReasonCode code) {
        // four values: the most any reason takes (PATIENT_CEILING_REACHED, REFERRAL_SERIES_EXHAUSTED)
        String fr = catalogue.text(code, Language.FR, "x", "y", "z", "w");
        String nl = catalogue.text(code, Language.NL, "x", "y", "z", "w");
        String en = catalogue.text(code, Language.EN, "x", "y", "z", "w");

        assertThat(fr).isNotBlank().doesNotContain("{");
        assertThat(nl).isNotBlank().doesNotContain("{").isNotEqualTo(fr);
        assertThat(en).isNotBlank().doesNotContain("{").isNotEqualTo(fr).isNotEqualTo(nl);
    }

    @Test
    void usesTheSamePlaceholdersInTheThreeLanguages() throws IOException {
        Files.readAllLines(REAL_FILE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("code;") && !line.isBlank())
                .forEach(line -> {
                    String[] fields = line.split(";");
                    assertThat(placeholders(fields[2])).as(fields[0] + " nl").isEqualTo(placeholders(fields[1]));
                    assertThat(placeholders(fields[3])).as(fields[0] + " en").isEqualTo(placeholders(fields[1]));
                });
    }

    @Test
    void fillsThePlaceholdersAndKeepsApostrophes() {
        assertThat(catalogue.text(ReasonCode.LINE_REF_DUPLICATE, Language.FR, "A-12", "3"))
                .isEqualTo("La référence de ligne « A-12 » est déjà utilisée à la ligne 3 de ce fichier. "
                        + "Donnez à chaque séance sa propre référence.");
        assertThat(catalogue.text(ReasonCode.NO_TARIFF_ON_DATE, Language.EN, "792691", "2022-09-30"))
                .startsWith("The pseudocode 792691 has no tariff in force on 2022-09-30.");
        assertThat(catalogue.text(ReasonCode.FILE_EMPTY, Language.FR)).contains("d'en-tête");
        assertThat(catalogue.text(ReasonCode.LINE_MALFORMED, Language.NL, "7 fields")).contains("puntkomma's");
    }

    @Test
    void isOnTheClasspath() {
        assertThat(ReasonCatalogue.fromClasspath().text(ReasonCode.PSEUDOCODE_UNKNOWN, Language.NL, "123456"))
                .contains("123456");
    }

    @Test
    void refusesACatalogueWhereACodeLacksALanguage() {
        String file = completeCatalogueWithout(ReasonCode.FILE_EMPTY) + "FILE_EMPTY;Vide.;;Empty.\n";

        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FILE_EMPTY has no nl text");
    }

    @Test
    void refusesACatalogueWhereACodeIsMissing() {
        String file = completeCatalogueWithout(ReasonCode.PSEUDOCODE_UNKNOWN);

        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no texts for [PSEUDOCODE_UNKNOWN]");
    }

    @Test
    void refusesUnknownCodesDuplicatesAndWrongLines() {
        String complete = completeCatalogueWithout(null);

        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader(complete + "NO_SUCH_CODE;a;b;c\n")))
                .hasMessageContaining("unknown code NO_SUCH_CODE");
        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader(complete + "FILE_EMPTY;a;b;c\n")))
                .hasMessageContaining("FILE_EMPTY is given twice");
        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader(complete + "FILE_EMPTY;a;b\n")))
                .hasMessageContaining("3 fields, 4 expected");
        assertThatThrownBy(() -> ReasonCatalogue.load(new StringReader("code;fr;en;nl\n")))
                .hasMessageContaining("line 1: expected the header");
    }

    private static String completeCatalogueWithout(ReasonCode left) {
        return "# test\ncode;fr;nl;en\n" + Arrays.stream(ReasonCode.values())
                .filter(code -> code != left)
                .map(code -> code + ";fr " + code + ";nl " + code + ";en " + code + "\n")
                .collect(Collectors.joining());
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
