package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.GROUP_PARTICIPANTS;
import static be.psygate.rules.LineBuilder.Field.PATIENT_NISS;
import static be.psygate.rules.LineBuilder.Field.PSEUDOCODE;
import static be.psygate.rules.LineBuilder.Field.SESSION_DATE;
import static be.psygate.rules.LineBuilder.PRACTICE;
import static be.psygate.rules.LineBuilder.PRESCRIBER;
import static be.psygate.rules.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.TestIds;
import be.psygate.tariff.Care;
import be.psygate.tariff.ConventionCodes;
import be.psygate.tariff.ServiceKind;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import be.psygate.tariff.TariffVersion;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the convention in force on the session date and the practice's own terms, one table per rule. */
class ConventionRulesTest {

    static final TariffBook TARIFFS = new TariffBook(TariffCsv.readDirectory(Path.of("mappings/tariffs")).versions(),
            ConventionCodes.read(Path.of("mappings/pseudocodes.csv")));
    static final RuleBook RULES = RuleBookYaml.readDirectory(Path.of("mappings/rules"));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    /** A practice of an adults network, agreement from 2022-01-01 to 2025-12-31, one year to bill. */
    static PracticeContext adults() {
        return context(NetworkPublic.ADULTS, "2022-01-01", "2025-12-31", Period.ofYears(1));
    }

    static PracticeContext context(NetworkPublic networkPublic, String start, String end, Period deadline) {
        return new PracticeContext(Inami.parse(PRACTICE), Inami.parse(PRACTICE)::equals, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), networkPublic, deadline);
    }

    private static Verdict judge(PracticeContext context, LocalDate today, LineBuilder line) {
        return new ListValidator(TARIFFS, RULES, context, today).check(line.build());
    }

    // --- dates: a convention at all, the billing deadline, the agreement ------------------------------------------

    static Stream<Arguments> dates() {
        PracticeContext shortAgreement = context(NetworkPublic.ADULTS, "2024-09-01", "2025-03-31", Period.ofYears(1));
        PracticeContext openAgreement = context(NetworkPublic.ADULTS, "2024-09-01", null, null);
        return Stream.of(
                // before the first convention, even when also too old and outside the agreement
                dates(adults(), "2019-03-31", ReasonCode.SESSION_BEFORE_CONVENTION, "2019-03-31", "2019-04-01"),
                dates(adults(), "2018-12-31", ReasonCode.SESSION_BEFORE_CONVENTION, "2018-12-31", "2019-04-01"),
                // today 2025-06-30 minus one year: 2024-06-30 is the oldest session still billable
                dates(adults(), "2024-06-29", ReasonCode.SESSION_TOO_OLD, "2024-06-29", "2024-06-30"),
                dates(adults(), "2024-06-30", null),
                dates(openAgreement, "2019-04-01", ReasonCode.AGREEMENT_NOT_VALID, "2019-04-01", "2024-09-01 → …"),
                dates(shortAgreement, "2024-08-31", ReasonCode.AGREEMENT_NOT_VALID, "2024-08-31",
                        "2024-09-01 → 2025-03-31"),
                dates(shortAgreement, "2024-09-01", null),
                dates(shortAgreement, "2025-03-31", null),
                dates(shortAgreement, "2025-04-01", ReasonCode.AGREEMENT_NOT_VALID, "2025-04-01",
                        "2024-09-01 → 2025-03-31"),
                // without a deadline, only the agreement limits how old a session may be
                dates(openAgreement, "2024-09-01", null));
    }

    private static Arguments dates(PracticeContext context, String date, ReasonCode reason, String... args) {
        return Arguments.of(context.agreementShown() + " " + context.billingDeadline(), date, context, reason,
                List.of(args));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3} {4}")
    @MethodSource("dates")
    void refusesASessionOutsideTheConventionTheDeadlineOrTheAgreement(String name, String date,
            PracticeContext context, ReasonCode reason, List<String> args) {
        assertVerdict(judge(context, TODAY, line().with(SESSION_DATE, date)), reason, args);
    }

    // --- the network's public, by age from the national number ---------------------------------------------------

    static Stream<Arguments> ages() {
        PracticeContext children = context(NetworkPublic.CHILDREN, "2022-01-01", null, Period.ofYears(1));
        return Stream.of(
                // adults network, from 15: the session is on 2025-03-15
                age(adults(), "100316", 1, true, ReasonCode.PATIENT_AGE_OUT_OF_TARGET, "14", "≥ 15"),
                age(adults(), "100315", 1, true, null),
                age(adults(), "850730", 33, false, null),
                // BIS numbers: month + 20 or + 40
                age(adults(), "102316", 2, true, ReasonCode.PATIENT_AGE_OUT_OF_TARGET, "14", "≥ 15"),
                age(adults(), "104316", 2, true, ReasonCode.PATIENT_AGE_OUT_OF_TARGET, "14", "≥ 15"),
                age(adults(), "104315", 2, true, null),
                // birth date unknown (month or day 00, plain or BIS): passes
                age(adults(), "100000", 3, true, null),
                age(adults(), "102000", 3, true, null),
                // children network, up to 23 (until the day before the 24th birthday)
                age(children, "010316", 4, true, null),
                age(children, "010315", 4, true, ReasonCode.PATIENT_AGE_OUT_OF_TARGET, "24", "≤ 23"),
                age(children, "150101", 5, true, null),
                age(children, "850730", 33, false, ReasonCode.PATIENT_AGE_OUT_OF_TARGET, "39", "≤ 23"));
    }

    private static Arguments age(PracticeContext context, String birth, int sequence, boolean from2000,
            ReasonCode reason, String... args) {
        return Arguments.of(context.networkPublic(), birth, TestIds.niss(birth, sequence, from2000), reason,
                List.of(args));
    }

    @ParameterizedTest(name = "{0} network, born {1} -> {3} {4}")
    @MethodSource("ages")
    void refusesAPatientOutsideTheNetworksPublic(NetworkPublic networkPublic, String birth, String niss,
            ReasonCode reason, List<String> args) {
        PracticeContext context = context(networkPublic, "2022-01-01", null, Period.ofYears(1));

        Verdict verdict = judge(context, TODAY, line().with(PATIENT_NISS, niss).with(SESSION_DATE, "2025-03-15"));

        assertVerdict(verdict, reason, args);
        if (!verdict.accepted()) {
            assertThat(verdict.args()).noneMatch(arg -> arg.contains(niss));
        }
    }

    @Test
    void setsNoAgeBoundUnderThe2019Convention() {
        PracticeContext since2019 = context(NetworkPublic.ADULTS, "2019-04-01", null, null);
        String tenYearsOld = TestIds.niss("100301", 7, true);

        Verdict verdict = judge(since2019, TODAY, line().with(PATIENT_NISS, tenYearsOld)
                .with(SESSION_DATE, "2020-03-02").referral("2020-02-20", PRESCRIBER));

        // past the age rule, and refused only because the repository holds no 2019 tariff
        assertThat(verdict.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
    }

    // --- the referral of the 2019 convention ----------------------------------------------------------------------

    static Stream<Arguments> referrals() {
        return Stream.of(
                referral("no referral", l -> l, ReasonCode.REFERRAL_MISSING, "2020-03-02"),
                referral("no referral date", l -> l.referral("", PRESCRIBER), ReasonCode.REFERRAL_MISSING,
                        "2020-03-02"),
                referral("no prescriber", l -> l.referral("2020-02-20", ""), ReasonCode.REFERRAL_PRESCRIBER_MISSING,
                        "2020-02-20"),
                referral("referral the day after", l -> l.referral("2020-03-03", PRESCRIBER),
                        ReasonCode.REFERRAL_AFTER_SESSION, "2020-03-03", "2020-03-02"),
                // a 2019 session without referral says so, not that the code or its tariff is unknown
                referral("unknown code, no referral", l -> l.with(PSEUDOCODE, "123456"), ReasonCode.REFERRAL_MISSING,
                        "2020-03-02"),
                referral("no referral, last day of 2019 convention", l -> l.with(SESSION_DATE, "2021-08-31"),
                        ReasonCode.REFERRAL_MISSING, "2021-08-31"),
                // the referral is right: what remains is that no 2019 tariff is known
                referral("referral the same day", l -> l.referral("2020-03-02", PRESCRIBER),
                        ReasonCode.NO_TARIFF_ON_DATE, "792691", "2020-03-02"),
                referral("referral before", l -> l.referral("2019-12-01", PRESCRIBER),
                        ReasonCode.NO_TARIFF_ON_DATE, "792691", "2020-03-02"),
                // the 2021 convention needs no referral
                referral("no referral, first day of 2021 convention", l -> l.with(SESSION_DATE, "2021-09-01"),
                        ReasonCode.NO_TARIFF_ON_DATE, "792691", "2021-09-01"),
                referral("no referral in 2023", l -> l.with(SESSION_DATE, "2023-03-15"), null));
    }

    private static Arguments referral(String name, UnaryOperator<LineBuilder> line, ReasonCode reason,
            String... args) {
        return Arguments.of(name, line, reason, List.of(args));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("referrals")
    void asksForADatedReferralUnderThe2019Convention(String name, UnaryOperator<LineBuilder> spoil,
            ReasonCode reason, List<String> args) {
        PracticeContext since2019 = context(NetworkPublic.ADULTS, "2019-04-01", null, null);

        assertVerdict(judge(since2019, TODAY, spoil.apply(line().with(SESSION_DATE, "2020-03-02"))), reason, args);
    }

    @Test
    void acceptsA2019SessionWithItsReferralOnceA2019TariffIsKnown() {
        // 45.88 EUR for a following session, copay 11.20 or 4.00 (the 2019 INAMI convention); the repository holds no 2019 pseudocodes,
        // so this version is made up for the test
        List<TariffVersion> versions = new ArrayList<>(TARIFFS.versions());
        versions.add(TariffCsv.read(LocalDate.of(2019, 4, 1), new StringReader(TariffCsv.HEADER + "\n"
                + "792691;SPPL;individual;no;Following session (45 minutes);45.88;41.88;34.68;4.00;11.20\n")));
        TariffBook with2019 = new TariffBook(versions);
        PracticeContext since2019 = context(NetworkPublic.ADULTS, "2019-04-01", null, null);

        Verdict verdict = new ListValidator(with2019, RULES, since2019, TODAY)
                .check(line().with(SESSION_DATE, "2020-03-02").referral("2020-02-20", PRESCRIBER).build());

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.price().copay()).isEqualByComparingTo("11.20");
        assertThat(verdict.session().ruleSet().validFrom()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(verdict.session().referralDate()).isEqualTo(LocalDate.of(2020, 2, 20));
    }

    // --- the same session twice in one file -----------------------------------------------------------------------

    @Test
    void refusesTheSameSessionTwiceInOneFile() {
        ListValidator validator = new ListValidator(TARIFFS, RULES, adults(), TODAY);
        LineBuilder first = line().with(SESSION_DATE, "2025-03-15");

        Verdict firstVerdict = validator.check(first.build());
        Verdict again = validator.check(line().with(SESSION_DATE, "2025-03-15").build());

        assertThat(firstVerdict.accepted()).isTrue();
        assertVerdict(again, ReasonCode.SESSION_DUPLICATE,
                List.of("792691", "2025-03-15", String.valueOf(first.lineNumber)));
        assertThat(again.args()).noneMatch(arg -> arg.contains(LineBuilder.PATIENT));
    }

    static Stream<Arguments> notDuplicates() {
        return Stream.of(
                Arguments.of("another date", (UnaryOperator<LineBuilder>) l -> l.with(SESSION_DATE, "2025-03-16")),
                Arguments.of("another pseudocode", (UnaryOperator<LineBuilder>) l -> l.with(PSEUDOCODE, "792713")),
                Arguments.of("another patient",
                        (UnaryOperator<LineBuilder>) l -> l.with(PATIENT_NISS, TestIds.niss("850730", 35, false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDuplicates")
    void acceptsASessionThatDiffersInDatePseudocodeOrPatient(String name, UnaryOperator<LineBuilder> other) {
        ListValidator validator = new ListValidator(TARIFFS, RULES, adults(), TODAY);
        validator.check(line().with(SESSION_DATE, "2025-03-15").build());

        assertThat(validator.check(other.apply(line().with(SESSION_DATE, "2025-03-15")).build()).accepted()).isTrue();
    }

    @Test
    void acceptsACorrectedLineAfterARejectedOneForTheSameSession() {
        ListValidator validator = new ListValidator(TARIFFS, RULES, adults(), TODAY);

        Verdict wrong = validator.check(line().with(SESSION_DATE, "2025-03-15").with(GROUP_PARTICIPANTS, "5").build());
        Verdict corrected = validator.check(line().with(SESSION_DATE, "2025-03-15").build());

        assertThat(wrong.reason()).isEqualTo(ReasonCode.GROUP_PARTICIPANTS_UNEXPECTED);
        assertThat(corrected.accepted()).isTrue();
    }

    @Test
    void givesTheCallerTheKeyOfADuplicateAcrossFiles() {
        Verdict verdict = new ListValidator(TARIFFS, RULES, adults(), TODAY)
                .check(line().with(SESSION_DATE, "2025-03-15").build());

        SessionKey key = verdict.session().key();
        assertThat(key).isEqualTo(new SessionKey(Inami.parse(PRACTICE), Niss.parse(LineBuilder.PATIENT),
                LocalDate.of(2025, 3, 15), Pseudocode.parse("792691")));
        assertThat(key.toString()).doesNotContain(LineBuilder.PATIENT);
    }

    // --- what an accepted session carries for the quota engine ----------------------------------------------------

    @Test
    void recordsTheCareTheKindAndTheRuleSetOnTheSession() {
        ListValidator validator = new ListValidator(TARIFFS, RULES, adults(), TODAY);

        ValidSession individual = validator.check(line().with(SESSION_DATE, "2025-03-15").with(PSEUDOCODE, "792890")
                .build()).session();
        ValidSession group = validator.check(LineBuilder.groupLine("792514", 4).with(SESSION_DATE, "2025-03-15").build())
                .session();

        assertThat(individual.care()).isEqualTo(Care.SPS);
        assertThat(individual.kind()).isEqualTo(ServiceKind.INDIVIDUAL);
        assertThat(group.care()).isEqualTo(Care.SPPL);
        assertThat(group.kind()).isEqualTo(ServiceKind.GROUP);
        assertThat(individual.ruleSet().validFrom()).isEqualTo(LocalDate.of(2021, 9, 1));
    }

    static void assertVerdict(Verdict verdict, ReasonCode reason, List<String> args) {
        if (reason == null) {
            assertThat(verdict.accepted()).as("%s", verdict).isTrue();
        } else {
            assertThat(verdict.accepted()).as("%s", verdict).isFalse();
            assertThat(verdict.reason()).isEqualTo(reason);
            assertThat(verdict.args()).isEqualTo(args);
        }
    }
}
