package be.psygate.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Pseudocode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffCsvTest {

    private static final LocalDate FROM = LocalDate.of(2022, 10, 1);
    private static final String INDIVIDUAL =
            "792691;SPPL;individual;no;Individual session;77.10;73.10;66.10;4.00;11.00";

    @Test
    void readsTheRealTariffFileOf2022_10_01() {
        TariffVersion version = TariffCsv.read(Path.of("mappings/tariffs/2022-10-01.csv"));

        assertThat(version.validFrom()).isEqualTo(FROM);
        assertThat(version.tariffs()).hasSize(32);
        Tariff practice = version.find(Pseudocode.parse("792691")).orElseThrow();
        assertThat(practice.care()).isEqualTo(Care.SPPL);
        assertThat(practice.kind()).isEqualTo(ServiceKind.INDIVIDUAL);
        assertThat(practice.fee()).isEqualTo(new BigDecimal("77.10"));
        assertThat(practice.insurerShare(false)).isEqualTo(new BigDecimal("66.10"));
        assertThat(practice.copay(false)).isEqualTo(new BigDecimal("11.00"));
        assertThat(practice.insurerShare(true)).isEqualTo(new BigDecimal("73.10"));
        assertThat(practice.copay(true)).isEqualTo(new BigDecimal("4.00"));

        Tariff firstSpecialised = version.find(Pseudocode.parse("792934")).orElseThrow();
        assertThat(firstSpecialised.care()).isEqualTo(Care.SPS);
        assertThat(firstSpecialised.copay(false)).isEqualTo(new BigDecimal("0.00"));

        Tariff outreachGroup = version.find(Pseudocode.parse("792573")).orElseThrow();
        assertThat(outreachGroup.isGroup()).isTrue();
        assertThat(outreachGroup.outreach()).isTrue();
        assertThat(outreachGroup.fee()).isEqualTo(new BigDecimal("411.22"));
        assertThat(outreachGroup.copay(false)).isEqualTo(new BigDecimal("2.50"));

        Tariff mission = version.find(Pseudocode.parse("792256")).orElseThrow();
        assertThat(mission.kind()).isEqualTo(ServiceKind.MISSION);
        assertThat(mission.care()).isEqualTo(Care.NONE);
        assertThat(mission.fee()).isEqualTo(new BigDecimal("335.15"));
        assertThat(mission.insurerStandard()).isNull();
        assertThat(mission.copayPreferential()).isNull();
    }

    @Test
    void readsEveryVersionOfTheTariffDirectory() {
        TariffBook book = TariffCsv.readDirectory(Path.of("mappings/tariffs"));

        assertThat(book.versions()).extracting(TariffVersion::validFrom).contains(FROM);
        assertThat(book.find(Pseudocode.parse("792956"), LocalDate.of(2023, 1, 10)))
                .map(Tariff::fee).contains(new BigDecimal("231.32"));
    }

    @Test
    void skipsCommentsBlankLinesAndAByteOrderMark() {
        String file = "\uFEFF# a comment\n\n" + TariffCsv.HEADER + "\r\n# another\r\n" + INDIVIDUAL + "\r\n";

        TariffVersion version = TariffCsv.read(FROM, new StringReader(file));

        assertThat(version.has(Pseudocode.parse("792691"))).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "|", value = {
        "792691;SPPL;individual;no;Session;77.10;73.10;66.10;4.00;10.00 | fee 77.10 is not insurer share 66.10 + copay 10.00 (standard regime)",
        "792691;SPPL;individual;no;Session;77.10;73.00;66.10;4.00;11.00 | (preferential regime)",
        "792691;SPPL;individual;no;Session;77.10;;66.10;4.00;11.00 | insurer_pref is missing",
        "792691;SPPL;individual;no;Session;77.10;73.10;66.10;4.00 | 9 fields, 10 expected",
        "792691;SPPL;individual;no;Session;77,10;73.10;66.10;4.00;11.00 | dot and at most two decimals",
        "792691;SPPL;individual;no;Session;;73.10;66.10;4.00;11.00 | fee is missing",
        "792691;PPL;individual;no;Session;77.10;73.10;66.10;4.00;11.00 | care must be SPPL, SPS or -",
        "792691;SPPL;single;no;Session;77.10;73.10;66.10;4.00;11.00 | kind must be individual, group or mission",
        "792691;SPPL;individual;maybe;Session;77.10;73.10;66.10;4.00;11.00 | outreach must be yes or no",
        "79269;SPPL;individual;no;Session;77.10;73.10;66.10;4.00;11.00 | Pseudocode must be exactly 6 digits",
        "792691;SPPL;individual;no;;77.10;73.10;66.10;4.00;11.00 | description is missing",
        "792514;SPPL;group;no;Group;335.15;46.27;46.27;2.00;2.50 | one copay per participant",
        "792691;SPPL;individual;no;Session;77.10;73.10;66.10;4.00;11.00 | pseudocode 792691 already given on line 2"})
    void refusesTheFileNamingTheWrongLine(String wrongLine, String expectedMessage) {
        String file = TariffCsv.HEADER + "\n" + INDIVIDUAL + "\n" + wrongLine + "\n";
        String expectedLine = "line 3: ";

        assertThatThrownBy(() -> TariffCsv.read(FROM, new StringReader(file)))
                .isInstanceOf(TariffFileException.class)
                .hasMessageStartingWith(expectedLine)
                .hasMessageContaining(expectedMessage.strip());
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        String file = "# comment\npseudocode;care;kind\n" + INDIVIDUAL + "\n";

        assertThatThrownBy(() -> TariffCsv.read(FROM, new StringReader(file)))
                .isInstanceOf(TariffFileException.class)
                .hasMessageStartingWith("line 2: expected the header");
    }

    @Test
    void refusesAFileWithoutTariffs() {
        assertThatThrownBy(() -> TariffCsv.read(FROM, new StringReader("# nothing\n" + TariffCsv.HEADER + "\n")))
                .isInstanceOf(TariffFileException.class)
                .hasMessageContaining("no tariff line");
    }

    @Test
    void takesTheStartDateFromTheFileName() {
        assertThat(TariffCsv.validFromOf("2024-02-01.csv")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThatThrownBy(() -> TariffCsv.validFromOf("tariffs.csv")).isInstanceOf(TariffFileException.class);
    }
}
