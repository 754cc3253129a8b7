package be.psygate.ops;

import be.psygate.identity.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The log check of {@link NoNissInLogsIT} finds what it must, and only that. */
class NissInLogsTest {

    static final String PATIENT = TestIds.niss("850712", 123, false);
    static final String PRACTICE = TestIds.inami("700729", "770");

    @TempDir
    Path dir;

    @Test
    void aNationalNumberAnywhereInALineIsFoundAndReportedMasked() throws Exception {
        Path log = write("gateway.log",
                "INFO List march.csv of practice 91234537770 (BILL): 3 lines, 3 accepted, 0 rejected",
                "WARN could not parse line 2 (" + PATIENT + ";100;N)",
                "INFO batch 12 delivered at 1751277600000");

        NissInLogs scan = new NissInLogs(Set.of()).scan(List.of(log));

        assertThat(scan.leaks()).containsExactly("gateway.log:2: 85.07.**-***.**");
        assertThat(scan.lines()).isEqualTo(3);
        assertThat(String.join("", scan.leaks())).doesNotContain(PATIENT);
    }

    @Test
    void anExchangeIdWhoseDigitsHappenToPassTheNissCheckIsNotALeak() throws Exception {
        Path log = write("gateway.log",
                "ERROR Failed delivery for (MessageId: 076C" + PATIENT + "-00000000000000D3 on ExchangeId: 076C"
                        + PATIENT + "-00000000000000D3)",
                "WARN line 2 of 076C" + PATIENT + ".csv refused");

        assertThat(new NissInLogs(Set.of()).scan(List.of(log)).leaks()).containsExactly("gateway.log:2: 85.07.**-***.**");
    }

    @Test
    void aPracticesInamiNumberThatAlsoPassesTheNissCheckIsNotALeak() throws Exception {
        assertThat(be.psygate.identity.Niss.isValid(PRACTICE)).isTrue();
        Path registered = write("first.log", "INFO Practice registered " + PRACTICE + " (SFTP user x, network n)");
        Path used = write("second.log", "INFO List a.csv of practice " + PRACTICE + " (BILL): 1 lines",
                "INFO a batch for " + PRACTICE);

        assertThat(new NissInLogs(Set.of()).scan(List.of(used, registered)).leaks()).isEmpty();
        assertThat(new NissInLogs(Set.of()).scan(List.of(write("alone.log", "INFO a batch for " + PRACTICE))).leaks())
                .hasSize(1);
    }

    @Test
    void theFixturesPatientsCountEvenWhenTheirNumberIsNotAValidNiss() throws Exception {
        Path log = write("gateway.log", "WARN rejected 12345678901 on line 4");

        assertThat(new NissInLogs(Set.of()).scan(List.of(log)).leaks()).isEmpty();
        assertThat(new NissInLogs(Set.of("12345678901")).scan(List.of(log)).leaks())
                .containsExactly("gateway.log:1: 12*********");
    }

    @Test
    void theFixturesPatientsAreReadFromTheirCsvColumnAndXmlElements() throws Exception {
        Set<String> niss = NissInLogs.fixtureNiss(Path.of("test-fixtures"));

        assertThat(niss).contains("85071212390", "85031412302", "92070105454").hasSizeGreaterThan(10)
                .noneMatch(n -> n.equals("91234537770") || n.equals("95123445780"));
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
