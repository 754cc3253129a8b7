package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Pseudocode;
import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleBookYamlTest {

    private static final RuleBook BOOK = RuleBookYaml.readDirectory(Path.of("mappings/rules"));
    private static final RuleSet Y2019 = BOOK.forDate(LocalDate.of(2019, 4, 1)).orElseThrow();
    private static final RuleSet Y2021 = BOOK.forDate(LocalDate.of(2021, 9, 1)).orElseThrow();

    /** A valid file, for the error cases to spoil one entry at a time. */
    private static final String VALID = """
            name: test convention
            validFrom: 2021-09-01
            referral:
              required: false
            patientCeilings:
              byCareAndKind:
                ADULTS:
                  SPPL: {individual: 8, group: 5}
                CHILDREN:
                  SPS: {individual: 20}
            targetAges:
              ADULTS: {min: 15}
              CHILDREN: {max: 23}
            groupSize: {min: 4, max: 15}
            copayExemptions:
              upToAge: {maxAge: 23, from: 2024-02-01}
              pseudocodes: {from: 2023-09-01, codes: [791976, 792013]}
            """;

    @Test
    void readsThe2019ConventionFromItsFile() {
        assertThat(Y2019.validFrom()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(Y2019.validUntil()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(Y2019.referral()).isEqualTo(ReferralRule.series(4, 1));
        assertThat(Y2019.referral().sessionsPerReferral()).isEqualTo(8);
        assertThat(Y2019.patientCeilings()).isEqualTo(new PatientCeilings.PerYear(8));
        assertThat(Y2019.targetAges(NetworkPublic.ADULTS)).isEqualTo(AgeRange.ANY);
        assertThat(Y2019.targetAges(NetworkPublic.CHILDREN)).isEqualTo(AgeRange.ANY);
        assertThat(Y2019.groupSize()).isEqualTo(new GroupSize(4, 15));
        assertThat(Y2019.copayExemptions()).isEmpty();
    }

    @Test
    void readsThe2021ConventionFromItsFile() {
        assertThat(Y2021.validUntil()).isNull();
        assertThat(Y2021.referral().required()).isFalse();
        assertThat(Y2021.targetAges(NetworkPublic.ADULTS)).isEqualTo(new AgeRange(15, null));
        assertThat(Y2021.targetAges(NetworkPublic.CHILDREN)).isEqualTo(new AgeRange(null, 23));
        assertThat(Y2021.groupSize()).isEqualTo(new GroupSize(4, 15));
        assertThat(Y2021.copayExemptions()).containsExactly(
                new CopayExemption.UpToAge(23, LocalDate.of(2024, 2, 1)),
                new CopayExemption.ForPseudocodes(
                        codes("791976", "792013", "792050", "792131", "792352", "792094", "793951", "793973"),
                        LocalDate.of(2023, 9, 1)));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
        "ADULTS,   SPPL, INDIVIDUAL, 8",
        "ADULTS,   SPPL, GROUP,      5",
        "ADULTS,   SPS,  INDIVIDUAL, 20",
        "ADULTS,   SPS,  GROUP,      12",
        "CHILDREN, SPPL, INDIVIDUAL, 10",
        "CHILDREN, SPPL, GROUP,      8",
        "CHILDREN, SPS,  INDIVIDUAL, 20",
        "CHILDREN, SPS,  GROUP,      15"})
    void readsThe2021CeilingsPerPublicCareAndKind(NetworkPublic networkPublic, Care care, ServiceKind kind,
            int sessions) {
        assertThat(Y2021.patientCeilings().ceilingFor(networkPublic, care, kind))
                .contains(new Ceiling(sessions, Set.of(care), Set.of(kind)));
    }

    @Test
    void setsNoCeilingForWhatDoesNotCount() {
        assertThat(Y2021.patientCeilings().ceilingFor(NetworkPublic.ADULTS, Care.NONE, ServiceKind.INDIVIDUAL))
                .isEmpty();
        assertThat(Y2019.patientCeilings().ceilingFor(NetworkPublic.ADULTS, Care.NONE, ServiceKind.MISSION))
                .isEmpty();
    }

    @Test
    void readsAValidFile() {
        RuleSet set = read(VALID);

        assertThat(set.name()).isEqualTo("test convention");
        assertThat(set.patientCeilings().ceilingFor(NetworkPublic.CHILDREN, Care.SPS, ServiceKind.GROUP)).isEmpty();
    }

    /** The spoilings that add or remove a line, which a row of the CSV table cannot hold. */
    static Stream<Arguments> spoilingsOfWholeLines() {
        return Stream.of(
                Arguments.of("patientCeilings:\n", "patientCeilings:\n  perYear: 8\n",
                        "give exactly one of perYear and byCareAndKind"),
                Arguments.of("patientCeilings:\n  byCareAndKind:", "patientCeilings:\n  other:",
                        "patientCeilings.other: is not a known entry"),
                Arguments.of("required: false", "required: true", "referral.seriesSize: is missing"),
                Arguments.of("required: false", "required: false\n  seriesSize: 4",
                        "line 5, referral.seriesSize: only applies when a referral is required"),
                Arguments.of("    CHILDREN:\n      SPS: {individual: 20}\n", "",
                        "patientCeilings.byCareAndKind: gives no ceilings for CHILDREN"),
                Arguments.of("  CHILDREN: {max: 23}\n", "", "targetAges.CHILDREN: is missing"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
        validFrom: 2021-09-01                   | validFrom: 2021-09-02             | line 2, validFrom: 2021-09-02 differs from the date the file is named by, 2021-09-01
        validFrom: 2021-09-01                   | validFrom: 2021-02-30             | line 2, validFrom: must be a date that exists, written yyyy-MM-dd, got '2021-02-30'
        name: test convention                   | nme: test convention              | line 1, nme: is not a known entry
        'required: false'                       | 'required: yes'                   | line 4, referral.required: must be true or false, got 'yes'
        'required: false'                       | 'required: false, seriesSize: 4'  | not readable as YAML
        'SPPL: {individual: 8, group: 5}'       | 'SPPL: {individual: 8, group: 0}' | line 8, patientCeilings.byCareAndKind.ADULTS.SPPL.group: must be a whole number from 1, got '0'
        'SPPL: {individual: 8, group: 5}'       | 'SPPL: {individual: 8, grp: 5}'   | line 8, patientCeilings.byCareAndKind.ADULTS.SPPL.grp: is not a known key, expected individual or group
        'SPPL: {individual: 8, group: 5}'       | 'NONE: {individual: 8}'           | line 8, patientCeilings.byCareAndKind.ADULTS.NONE: is not a known key, expected SPPL or SPS
        'SPPL: {individual: 8, group: 5}'       | 'SPPL: {individual: 8, individual: 5}' | line 8, patientCeilings.byCareAndKind.ADULTS.SPPL.individual: is given twice
        '  CHILDREN:'                           | '  KIDS:'                         | line 9, patientCeilings.byCareAndKind.KIDS: is not a known key, expected ADULTS or CHILDREN
        'ADULTS: {min: 15}'                     | 'ADULTS: {min: 25, max: 23}'      | line 12, targetAges.ADULTS.max: is below min 25
        'ADULTS: {min: 15}'                     | 'ADULTS: {min: -1}'               | line 12, targetAges.ADULTS.min: must be a whole number from 0, got '-1'
        'CHILDREN: {max: 23}'                   | 'CHILD: {max: 23}'                | line 13, targetAges.CHILD: is not a known key, expected ADULTS or CHILDREN
        'groupSize: {min: 4, max: 15}'          | 'groupSize: {min: 4}'             | line 14, groupSize.max: is missing
        'groupSize: {min: 4, max: 15}'          | 'groupSize: {min: 15, max: 4}'    | line 14, groupSize.max: is below min 15
        'from: 2024-02-01'                      | 'from: 2021-08-31'                | line 16, copayExemptions.upToAge.from: 2021-08-31 is outside the rule set's period, from 2021-09-01
        'maxAge: 23'                            | 'age: 23'                         | line 16, copayExemptions.upToAge.age: is not a known entry
        '[791976, 792013]'                      | '[791976, 791976]'                | line 17, copayExemptions.pseudocodes.codes: 791976 is listed twice
        '[791976, 792013]'                      | '[791976, 79201]'                 | line 17, copayExemptions.pseudocodes.codes: Pseudocode must be exactly 6 digits, got 5 characters ('79201')
        '[791976, 792013]'                      | '[]'                              | line 17, copayExemptions.pseudocodes.codes: must list at least one pseudocode
        """)
    @MethodSource("spoilingsOfWholeLines")
    void refusesAWrongFileNamingTheLineAndTheEntry(String valid, String spoilt, String message) {
        String file = VALID.replace(valid, spoilt);
        assertThat(file).isNotEqualTo(VALID);

        assertThatThrownBy(() -> read(file)).isInstanceOf(RuleFileException.class).hasMessageContaining(message);
    }

    @Test
    void refusesAnEmptyFileAndAFileThatIsNotAMapping() {
        assertThatThrownBy(() -> read("")).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("- a\n- b\n")).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("the document: must be a mapping");
    }

    @Test
    void namesTheFileInTheMessageAndTakesTheDateFromItsName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2021-09-01.yaml"), VALID.replace("min: 15", "min: fifteen"));
        Files.writeString(dir.resolve("2021-9-1.yaml"), VALID);

        assertThatThrownBy(() -> RuleBookYaml.read(dir.resolve("2021-09-01.yaml")))
                .hasMessageStartingWith("2021-09-01.yaml, line 12, targetAges.ADULTS.min");
        assertThatThrownBy(() -> RuleBookYaml.read(dir.resolve("2021-9-1.yaml")))
                .hasMessageContaining("named by the first session date it governs");
    }

    @Test
    void readsTheBundledFilesFromTheClasspath() {
        RuleBook bundled = RuleBookYaml.fromClasspath("2019-04-01.yaml", "2021-09-01.yaml");

        assertThat(bundled.ruleSets()).isEqualTo(BOOK.ruleSets());
    }

    /** Reads a file named by the date its rule set starts on, 1 September 2021. */
    private static RuleSet read(String file) {
        return RuleBookYaml.read(new StringReader(file), LocalDate.of(2021, 9, 1));
    }

    private static Set<Pseudocode> codes(String... codes) {
        return Arrays.stream(codes).map(Pseudocode::parse).collect(Collectors.toSet());
    }

    @Test
    void keepsTheRuleSetsInDateOrder() {
        assertThat(BOOK.ruleSets()).extracting(RuleSet::validFrom)
                .isEqualTo(List.of(LocalDate.of(2019, 4, 1), LocalDate.of(2021, 9, 1)));
    }
}
