package be.psygate.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Pseudocode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The convention's list of pseudocodes (annex 1 of the 2023 amendment, INAMI letter Psy-Ort/2023/006 of 2023-09-28), read from its CSV file. */
class ConventionCodesTest {

    private static final ConventionCodes LIST = ConventionCodes.read(Path.of("mappings/pseudocodes.csv"));

    @Test
    void readsTheWholeAnnexWithItsDescriptions() {
        assertThat(LIST.codes()).hasSize(46);
        assertThat(LIST.description(new Pseudocode("792271"))).contains("SPPL – séance de groupe - remboursement "
                + "uniquement pour le psychologue/orthopédagogue clinicien");
        assertThat(LIST.description(new Pseudocode("792315"))).contains("SPS - séance de groupe - remboursement "
                + "uniquement pour le psychologue/orthopédagogue clinicien");
        assertThat(LIST.description(new Pseudocode("793995")))
                .contains("Prime de pratique psychologues/orthopédagogues clinicien");
        assertThat(LIST.lists(new Pseudocode("791977"))).isFalse();
    }

    @Test
    void makesAListedCodeKnownToATariffBookThatDoesNotPriceIt() {
        TariffBook withList = new TariffBook(List.of(), LIST);
        TariffBook withoutList = new TariffBook(List.of());

        assertThat(withList.knows(new Pseudocode("792271"))).isTrue();
        assertThat(withList.find(new Pseudocode("792271"), java.time.LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(withoutList.knows(new Pseudocode("792271"))).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        pseudocode;description\\n79227;x          | line 2: Pseudocode must be exactly 6 digits
        pseudocode;description\\n792271;         | line 2: expected a pseudocode and its description
        pseudocode;description\\n792271;a;b      | line 2: expected a pseudocode and its description
        pseudocode;description\\n792271;a\\n792271;b | line 3: pseudocode 792271 is listed twice
        code;description\\n792271;a               | line 1: expected the header pseudocode;description
        # only a comment                         | The list of pseudocodes has no code
        """)
    void refusesAWrongListNamingTheLine(String file, String message) {
        assertThatThrownBy(() -> ConventionCodes.read(new StringReader(file.replace("\\n", "\n"))))
                .isInstanceOf(TariffFileException.class)
                .hasMessageContaining(message);
    }
}
