package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same list in CSV and in XML gives the same sessions; only the line numbers differ by design. */
class CsvXmlEquivalenceTest {

    static Stream<Arguments> theMarchListInEachFormat() {
        return Stream.of(
                Arguments.of("lists/sessions-2025-03.csv", new CsvSessionListReader(), 2),
                Arguments.of("lists/sessions-2025-03.xml", new XmlSessionListReader(), 1));
    }

    /** The CSV reader reads it line by line, the XML reader one session at a time; the first is numbered 2 or 1. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("theMarchListInEachFormat")
    void eachReaderReadsAValidList(String fixture, SessionListReader reader, long first) throws Exception {
        List<DeclaredSession> sessions = Fixtures.read(reader, fixture);

        assertThat(sessions).hasSize(10).noneMatch(DeclaredSession::isMalformed);
        assertThat(sessions.get(0)).isEqualTo(Fixtures.session(first, "2025-03-0001", "95123445780", "85031412302",
                "100", "N", "2025-03-03", "792632", null));
        assertThat(sessions.get(9)).isEqualTo(Fixtures.session(first + 9, "2025-03-0010", "95331105780",
                "92070105454", "228", "Y", "2025-03-20", "792514", "4"));
    }

    @Test
    void theSameListGivesTheSameSessions() throws Exception {
        List<DeclaredSession> csv = Fixtures.read(new CsvSessionListReader(), "lists/sessions-2025-03.csv");
        List<DeclaredSession> xml = Fixtures.read(new XmlSessionListReader(), "lists/sessions-2025-03.xml");

        assertThat(csv).hasSize(10);
        assertThat(xml).usingRecursiveFieldByFieldElementComparatorIgnoringFields("lineNumber")
                .containsExactlyElementsOf(csv);
        // CSV: physical line numbers, the header being line 1; XML: the index of the session element
        assertThat(csv).extracting(DeclaredSession::lineNumber)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(xml).extracting(DeclaredSession::lineNumber)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void everyFieldTravelsTheSameWay() throws Exception {
        String csv = CsvSessionListReader.HEADER + "\n"
                + " R-9 ;18765441004;85031412302;100;N;2019-11-04;792632; 4 ;2019-10-01;18765441004\n";
        String xml = "<sessionList xmlns=\"urn:psygate:session-list:1\"><session>"
                + "<lineRef> R-9 </lineRef><psychologistInami>18765441004</psychologistInami>"
                + "<patientNiss>85031412302</patientNiss><insurerCode>100</insurerCode>"
                + "<preferentialRegime>N</preferentialRegime><sessionDate>2019-11-04</sessionDate>"
                + "<pseudocode>792632</pseudocode><groupParticipants> 4 </groupParticipants>"
                + "<referralDate>2019-10-01</referralDate><prescriberInami>18765441004</prescriberInami>"
                + "</session></sessionList>";

        DeclaredSession fromCsv = Fixtures.readText(new CsvSessionListReader(), csv).get(0);
        DeclaredSession fromXml = Fixtures.readText(new XmlSessionListReader(), xml).get(0);

        assertThat(fromXml).usingRecursiveComparison().ignoringFields("lineNumber").isEqualTo(fromCsv);
        assertThat(fromCsv).hasNoNullFieldsOrPropertiesExcept("formatProblem");
    }
}
