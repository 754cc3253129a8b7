package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.GROUP_PARTICIPANTS;
import static be.psygate.rules.LineBuilder.Field.INSURER_CODE;
import static be.psygate.rules.LineBuilder.Field.LINE_REF;
import static be.psygate.rules.LineBuilder.Field.PATIENT_NISS;
import static be.psygate.rules.LineBuilder.Field.PREFERENTIAL_REGIME;
import static be.psygate.rules.LineBuilder.Field.PSEUDOCODE;
import static be.psygate.rules.LineBuilder.Field.PSYCHOLOGIST_INAMI;
import static be.psygate.rules.LineBuilder.Field.SESSION_DATE;
import static be.psygate.rules.LineBuilder.OTHER_REGISTERED;
import static be.psygate.rules.LineBuilder.PATIENT;
import static be.psygate.rules.LineBuilder.PRACTICE;
import static be.psygate.rules.LineBuilder.PRESCRIBER;
import static be.psygate.rules.LineBuilder.UNREGISTERED;
import static be.psygate.rules.LineBuilder.groupLine;
import static be.psygate.rules.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Inami;
import be.psygate.identity.TestIds;
import be.psygate.rules.LineBuilder.Field;
import be.psygate.tariff.Price;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ListValidatorTest {

    private static final TariffBook TARIFFS = TariffCsv.readDirectory(Path.of("mappings/tariffs"));
    private static final RuleBook RULES = RuleBookYaml.readDirectory(Path.of("mappings/rules"));
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    // an agreement since the first convention, an adults network, two years to bill: the rules of the convention
    // and the practice's terms are tested in ConventionRulesTest
    private static final PracticeContext CONTEXT = new PracticeContext(Inami.parse(PRACTICE),
            Set.of(Inami.parse(PRACTICE), Inami.parse(OTHER_REGISTERED))::contains, LocalDate.of(2019, 4, 1), null,
            NetworkPublic.ADULTS, Period.ofYears(2));
    private static final String WRONG_NISS = PATIENT.substring(0, 9) + (PATIENT.endsWith("01") ? "02" : "01");
    private static final String WRONG_INAMI = PRACTICE.substring(0, 6) + (PRACTICE.startsWith("01", 6) ? "02" : "01")
            + PRACTICE.substring(8);

    private ListValidator validator;

    @BeforeEach
    void newFile() {
        validator = new ListValidator(TARIFFS, RULES, CONTEXT, TODAY);
    }

    /** A field written wrong; the arguments of the reason are separated by ", ". */
    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
        LINE_REF_INVALID                | LINE_REF            | ''           | ''
        LINE_REF_INVALID                | LINE_REF            | '   '        | '   '
        LINE_REF_CHARACTERS             | LINE_REF            | séance-01    | séance-01
        LINE_REF_CHARACTERS             | LINE_REF            | dossier "7"  | dossier "7"
        LINE_REF_CHARACTERS             | LINE_REF            | Müller’s 2   | Müller’s 2
        PSYCHOLOGIST_INAMI_INVALID      | PSYCHOLOGIST_INAMI  | 1234567890   | 1234567890
        PATIENT_NISS_INVALID            | PATIENT_NISS        | ''           | 0
        INSURER_CODE_INVALID            | INSURER_CODE        | 700          | 700
        INSURER_CODE_INVALID            | INSURER_CODE        | 22           | 22
        PREFERENTIAL_REGIME_INVALID     | PREFERENTIAL_REGIME | y            | y
        PREFERENTIAL_REGIME_INVALID     | PREFERENTIAL_REGIME | YES          | YES
        PREFERENTIAL_REGIME_INVALID     | PREFERENTIAL_REGIME | ''           | ''
        SESSION_DATE_INVALID            | SESSION_DATE        | 2023-02-29   | 2023-02-29
        SESSION_DATE_INVALID            | SESSION_DATE        | 15/03/2023   | 15/03/2023
        SESSION_DATE_INVALID            | SESSION_DATE        | 2023-3-15    | 2023-3-15
        SESSION_DATE_IN_FUTURE          | SESSION_DATE        | 2024-07-01   | 2024-07-01
        PSEUDOCODE_INVALID              | PSEUDOCODE          | 79269        | 79269
        PSEUDOCODE_INVALID              | PSEUDOCODE          | 792 691      | 792 691
        PSEUDOCODE_UNKNOWN              | PSEUDOCODE          | 123456       | 123456
        NO_TARIFF_ON_DATE               | SESSION_DATE        | 2022-09-30   | 792691, 2022-09-30
        GROUP_PARTICIPANTS_MISSING      | PSEUDOCODE          | 792514       | 792514
        GROUP_PARTICIPANTS_UNEXPECTED   | GROUP_PARTICIPANTS  | 6            | 792691, 6
        """)
    void rejectsALineWithAFieldWrittenWrongWithTheReasonOfItsProblem(ReasonCode reason, Field field, String value,
            String args) {
        assertRejected(line().with(field, value), reason, List.of(args.split(", ")));
    }

    /** The spoilings a CSV row cannot write: the test's identifiers, invisible characters, two fields at once. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(ReasonCode.LINE_REF_INVALID, LINE_REF, "R".repeat(26), "R".repeat(26)),
                refusal(ReasonCode.LINE_REF_INVALID, LINE_REF, "A\tB", "A?B"),
                refusal(ReasonCode.LINE_REF_CHARACTERS, LINE_REF, "R\u00a01", "R\u00a01"),
                refusal(ReasonCode.PSYCHOLOGIST_INAMI_INVALID, PSYCHOLOGIST_INAMI, WRONG_INAMI, WRONG_INAMI),
                refusal(ReasonCode.PSYCHOLOGIST_INAMI_INVALID, PSYCHOLOGIST_INAMI, PATIENT, "85.07.**-***.**"),
                refusal(ReasonCode.PSYCHOLOGIST_UNKNOWN, PSYCHOLOGIST_INAMI, UNREGISTERED, UNREGISTERED),
                refusal(ReasonCode.PSYCHOLOGIST_NOT_THIS_PRACTICE, PSYCHOLOGIST_INAMI, OTHER_REGISTERED,
                        OTHER_REGISTERED, PRACTICE),
                refusal(ReasonCode.PATIENT_NISS_INVALID, PATIENT_NISS, WRONG_NISS, "11"),
                refusal(ReasonCode.PATIENT_NISS_INVALID, PATIENT_NISS, PATIENT.substring(1), "10"),
                refusal(ReasonCode.GROUP_PARTICIPANTS_OUT_OF_RANGE, group("792514", "3"), "3", "4", "15"),
                refusal(ReasonCode.GROUP_PARTICIPANTS_OUT_OF_RANGE, group("792536", "16"), "16", "4", "15"),
                refusal(ReasonCode.GROUP_PARTICIPANTS_OUT_OF_RANGE, group("792514", "six"), "six", "4", "15"),
                refusal(ReasonCode.GROUP_PARTICIPANTS_OUT_OF_RANGE, group("792514", "-6"), "-6", "4", "15"),
                refusal(ReasonCode.GROUP_PARTICIPANTS_UNEXPECTED, group("792175", "20"), "792175", "20"),
                refusal(ReasonCode.REFERRAL_DATE_INVALID, l -> l.referral("2023-13-01", PRESCRIBER), "2023-13-01"),
                refusal(ReasonCode.PRESCRIBER_INAMI_INVALID, l -> l.referral("2023-03-01", "123"), "123"));
    }

    /** The valid line with one field spoiled. */
    private static Arguments refusal(ReasonCode reason, Field field, String value, String... args) {
        return refusal(reason, l -> l.with(field, value), args);
    }

    private static Arguments refusal(ReasonCode reason, UnaryOperator<LineBuilder> spoil, String... args) {
        return Arguments.of(reason, spoil, List.of(args));
    }

    /** The valid line with a pseudocode and its number of participants as written. */
    private static UnaryOperator<LineBuilder> group(String pseudocode, String participants) {
        return l -> l.with(PSEUDOCODE, pseudocode).with(GROUP_PARTICIPANTS, participants);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("refusals")
    void rejectsALineWithTheReasonOfItsProblem(ReasonCode reason, UnaryOperator<LineBuilder> spoil,
            List<String> args) {
        assertRejected(spoil.apply(line()), reason, args);
    }

    private void assertRejected(LineBuilder line, ReasonCode reason, List<String> args) {
        Verdict verdict = validator.check(line.build());

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).isEqualTo(reason);
        assertThat(verdict.args()).isEqualTo(args);
    }

    @Test
    void rejectsAMalformedLineWithTheReadersProblem() {
        Verdict verdict = validator.check(DeclaredSession.malformed(4, "R4", "7 fields"));

        assertThat(verdict.reason()).isEqualTo(ReasonCode.LINE_MALFORMED);
        assertThat(verdict.args()).containsExactly("7 fields");
    }

    @Test
    void neverQuotesTheNationalNumberInAReason() {
        Verdict verdict = validator.check(line().with(PATIENT_NISS, WRONG_NISS).build());

        assertThat(verdict.args()).noneMatch(arg -> arg.contains(WRONG_NISS));
        assertThat(verdict.toString()).doesNotContain(WRONG_NISS);
        assertThat(verdict.line().toString()).doesNotContain(WRONG_NISS).doesNotContain(PATIENT);
    }

    @Test
    void reportsOnlyTheFirstProblemInTheOrderOfTheChecks() {
        Verdict verdict = validator.check(line().with(PSYCHOLOGIST_INAMI, UNREGISTERED).with(PATIENT_NISS, WRONG_NISS)
                .with(PSEUDOCODE, "1").build());

        assertThat(verdict.reason()).isEqualTo(ReasonCode.PSYCHOLOGIST_UNKNOWN);
    }

    @Test
    void checksTheTariffBeforeTheGroupParticipants() {
        // under the 2021 convention, before the first tariff version (2021-01-01, the date this test used, now falls
        // under the 2019 convention and is refused for its missing referral first)
        Verdict verdict = validator.check(line().with(PSEUDOCODE, "792514").with(GROUP_PARTICIPANTS, "99")
                .with(SESSION_DATE, "2022-09-30").build());

        assertThat(verdict.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
    }

    @Test
    void acceptsAStandardIndividualSessionAndPricesIt() {
        Verdict verdict = validator.check(line().with(LINE_REF, " A-17 ").build());

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.price()).isEqualTo(price("77.10", "66.10", "11.00", "59.49"));
        ValidSession session = verdict.session();
        assertThat(session.lineRef().value()).isEqualTo("A-17");
        assertThat(session.psychologist().value()).isEqualTo(PRACTICE);
        assertThat(session.patient().value()).isEqualTo(PATIENT);
        assertThat(session.insurer().union()).isEqualTo(2);
        assertThat(session.preferential()).isFalse();
        assertThat(session.sessionDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(session.pseudocode().value()).isEqualTo("792691");
        assertThat(session.groupParticipants()).isNull();
        assertThat(session.referralDate()).isNull();
        assertThat(session.prescriber()).isNull();
        assertThat(session.tariff().fee()).isEqualTo(new BigDecimal("77.10"));
        assertThat(session.toString()).doesNotContain(PATIENT);
    }

    @Test
    void acceptsAReferenceInEveryPrintableAsciiCharacterAnInsurerFileCarries() {
        for (String ref : List.of("seance-01", "lc-ref-b", "Dossier 12/03 (b)", "a.b_c+d#e:f@g", "x'y&z<w>v{1}|~")) {
            Verdict verdict = validator.check(line().with(LINE_REF, ref).build());

            assertThat(verdict.accepted()).as(ref).isTrue();
            assertThat(verdict.session().lineRef().value()).isEqualTo(ref);
            newFile();
        }
    }

    @Test
    void acceptsAPreferentialIndividualSessionWithTheReducedCopay() {
        Verdict verdict = validator.check(line().with(PREFERENTIAL_REGIME, "Y").build());

        assertThat(verdict.price()).isEqualTo(price("77.10", "73.10", "4.00", "65.79"));
        assertThat(verdict.session().preferential()).isTrue();
    }

    @Test
    void acceptsAFirstSessionWithoutCopay() {
        Verdict verdict = validator.check(line().with(PSEUDOCODE, "792632").build());

        assertThat(verdict.price()).isEqualTo(price("77.10", "77.10", "0.00", "69.39"));
    }

    @Test
    void acceptsTheReferralAndPrescriberWhenGiven() {
        Verdict verdict = validator.check(line().referral("2023-03-01", PRESCRIBER).build());

        assertThat(verdict.session().referralDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(verdict.session().prescriber().value()).isEqualTo(PRESCRIBER);
    }

    @Test
    void acceptsASessionDatedToday() {
        assertThat(validator.check(line().with(SESSION_DATE, "2024-06-30").build()).accepted()).isTrue();
    }

    @Test
    void takesTodayFromTheClock() {
        Clock clock = Clock.fixed(LocalDate.of(2023, 3, 14).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant(),
                ZoneId.of("Europe/Brussels"));

        Verdict verdict = new ListValidator(TARIFFS, RULES, CONTEXT, clock)
                .check(line().with(SESSION_DATE, "2023-03-15").build());

        assertThat(verdict.reason()).isEqualTo(ReasonCode.SESSION_DATE_IN_FUTURE);
    }

    @Test
    void rejectsASecondLineWithTheSameReferenceInTheFile() {
        LineBuilder first = line().with(LINE_REF, "R-1");

        Verdict firstVerdict = validator.check(first.build());
        Verdict second = validator.check(line().with(LINE_REF, " R-1").build());

        assertThat(firstVerdict.accepted()).isTrue();
        assertThat(second.reason()).isEqualTo(ReasonCode.LINE_REF_DUPLICATE);
        assertThat(second.args()).containsExactly("R-1", String.valueOf(first.lineNumber));
    }

    @Test
    void keepsAReferenceTakenByARejectedLine() {
        validator.check(line().with(LINE_REF, "R-1").with(PATIENT_NISS, WRONG_NISS).build());

        assertThat(validator.check(line().with(LINE_REF, "R-1").build()).reason())
                .isEqualTo(ReasonCode.LINE_REF_DUPLICATE);
    }

    @Test
    void forgetsTheReferencesOfAnotherFile() {
        validator.check(line().with(LINE_REF, "R-1").build());

        ListValidator nextFile = new ListValidator(TARIFFS, RULES, CONTEXT, TODAY);

        assertThat(nextFile.check(line().with(LINE_REF, "R-1").build()).accepted()).isTrue();
    }

    @Test
    void splitsAGroupOfSixSoThatItsLinesAddUpToTheGroupFee() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String patient = TestIds.niss("900101", 10 + i, false);
            verdicts.add(validator.check(groupLine("792514", 6).with(PATIENT_NISS, patient)
                    .with(PREFERENTIAL_REGIME, i % 2 == 0 ? "Y" : "N").build()));
        }

        assertThat(verdicts).allMatch(Verdict::accepted);
        assertThat(verdicts.get(0).price()).isEqualTo(price("55.85", "53.35", "2.50", "48.02"));
        assertThat(verdicts.subList(1, 6)).extracting(Verdict::price)
                .containsOnly(price("55.86", "53.36", "2.50", "48.02"));
        assertThat(verdicts.stream().map(v -> v.price().fee()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("335.15"));
        assertThat(verdicts.get(0).session().groupParticipants()).isEqualTo(6);
    }

    @Test
    void rejectsALineBeyondTheDeclaredParticipantsOfAGroupSession() {
        // one patient per line: the same patient twice in one group session is a duplicate session
        for (int i = 0; i < 4; i++) {
            assertThat(validator.check(groupLine("792536", 4).with(PATIENT_NISS, participant(i)).build()).accepted())
                    .isTrue();
        }

        Verdict fifth = validator.check(groupLine("792536", 4).with(PATIENT_NISS, participant(4)).build());

        assertThat(fifth.reason()).isEqualTo(ReasonCode.GROUP_LINES_EXCEED_PARTICIPANTS);
        assertThat(fifth.args()).containsExactly("4", "792536", "2023-03-15");
    }

    @Test
    void countsEachGroupSessionSeparately() {
        // a group of 4 at 335.15: (335.15 - 10.00) / 4 = 81.2875 -> 81.29, so the first line carries 81.28
        // a group of 5: (335.15 - 12.50) / 5 = 64.53 exactly
        validator.check(groupLine("792514", 4).build());

        Verdict otherDay = validator.check(groupLine("792514", 4).with(SESSION_DATE, "2023-03-16").build());
        Verdict otherCode = validator.check(groupLine("792551", 4).build());
        // another patient: the same patient, date and code as the first line would be a duplicate session
        Verdict otherSize = validator.check(groupLine("792514", 5).with(PATIENT_NISS, participant(1)).build());

        assertThat(List.of(otherDay, otherCode, otherSize)).extracting(v -> v.price().insurerShare())
                .containsExactly(new BigDecimal("81.28"), new BigDecimal("81.28"), new BigDecimal("64.53"));
    }

    @Test
    void doesNotCountARejectedLineAsAPlaceInTheGroup() {
        validator.check(groupLine("792514", 4).with(PATIENT_NISS, WRONG_NISS).build());

        Verdict first = validator.check(groupLine("792514", 4).with(PATIENT_NISS, participant(0)).build());
        Verdict second = validator.check(groupLine("792514", 4).with(PATIENT_NISS, participant(1)).build());

        assertThat(first.price().insurerShare()).isEqualTo(new BigDecimal("81.28"));
        assertThat(second.price().insurerShare()).isEqualTo(new BigDecimal("81.29"));
    }

    @Test
    void pricesAMissionLineAsPaidEntirelyByTheInsurer() {
        Verdict verdict = validator.check(line().with(PSEUDOCODE, "792190").build());

        assertThat(verdict.price()).isEqualTo(price("102.81", "102.81", "0.00", "92.53"));
    }

    private static String participant(int i) {
        return TestIds.niss("900101", 10 + i, false);
    }

    private static Price price(String fee, String insurer, String copay, String tranche1) {
        return new Price(new BigDecimal(fee), new BigDecimal(insurer), new BigDecimal(copay), new BigDecimal(tranche1));
    }
}
