package be.psygate.rules.quota;

import static be.psygate.rules.quota.Sessions.CARE_PATH;
import static be.psygate.rules.quota.Sessions.MISSION;
import static be.psygate.rules.quota.Sessions.PATIENT;
import static be.psygate.rules.quota.Sessions.PRESCRIBER;
import static be.psygate.rules.quota.Sessions.PSY_A;
import static be.psygate.rules.quota.Sessions.PSY_B;
import static be.psygate.rules.quota.Sessions.SPPL_GRP;
import static be.psygate.rules.quota.Sessions.SPPL_IND;
import static be.psygate.rules.quota.Sessions.SPS_GRP;
import static be.psygate.rules.quota.Sessions.SPS_IND;
import static be.psygate.rules.quota.Sessions.patient;
import static be.psygate.rules.quota.Sessions.referred;
import static be.psygate.rules.quota.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Inami;
import be.psygate.rules.DeclaredSession;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.ValidSession;
import be.psygate.rules.Verdict;
import be.psygate.tariff.Care;
import be.psygate.tariff.Price;
import be.psygate.tariff.ServiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaAllocatorTest {

    private static final String NETWORK = "demo-adults";

    private static NetworkQuotas quotas(NetworkPublic networkPublic, int capacity, Integer contingent) {
        return new NetworkQuotas(NETWORK, networkPublic, psychologist -> capacity, contingent);
    }

    private static QuotaAllocator allocator(NetworkPublic networkPublic) {
        return new QuotaAllocator(quotas(networkPublic, 10_000, null), UsageCounts.none());
    }

    /** The session dated {@code day} days after {@code first}. */
    private static String day(String first, int day) {
        return LocalDate.parse(first).plusDays(day).toString();
    }

    // --- the yearly ceilings per patient ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, {1} in {2}: {3} sessions, then {4}")
    @CsvSource({
        // 2021 convention (from 2021-09-01), the 2021 convention, public
        "ADULTS,   792691, 2025-01-06, 8,  8  IND SPPL 2025",
        "ADULTS,   792514, 2025-01-06, 5,  5  GRP SPPL 2025",
        "ADULTS,   792890, 2025-01-06, 20, 20 IND SPS 2025",
        "ADULTS,   792735, 2025-01-06, 12, 12 GRP SPS 2025",
        "CHILDREN, 792691, 2025-01-06, 10, 10 IND SPPL 2025",
        "CHILDREN, 792514, 2025-01-06, 8,  8  GRP SPPL 2025",
        "CHILDREN, 792890, 2025-01-06, 20, 20 IND SPS 2025",
        "CHILDREN, 792735, 2025-01-06, 15, 15 GRP SPS 2025",
        // 2019 convention: 8 sessions per calendar year, whatever the session (seeds 000 and 003)
        "ADULTS,   792691, 2020-01-06, 8,  8  IND+GRP SPPL+SPS 2020",
        "CHILDREN, 792890, 2020-01-06, 8,  8  IND+GRP SPPL+SPS 2020"})
    void acceptsUpToTheCeilingThenRefusesSayingWhichCeiling(NetworkPublic networkPublic, String pseudocode,
            String first, int ceiling, String args) {
        QuotaAllocator allocator = allocator(networkPublic);
        boolean referral = first.startsWith("2020");

        for (int i = 0; i < ceiling; i++) {
            ValidSession s = referral ? referredOn(day(first, 7 * i), pseudocode, i / 8)
                    : session(PSY_A, PATIENT, day(first, 7 * i), pseudocode);
            assertThat(allocator.allocate(s).isAccepted()).as("session %d", i + 1).isTrue();
        }
        ValidSession oneMore = referral ? referredOn(day(first, 7 * ceiling), pseudocode, 1)
                : session(PSY_B, PATIENT, day(first, 7 * ceiling), pseudocode);
        Allocation refused = allocator.allocate(oneMore);

        assertThat(refused.reason()).isEqualTo(ReasonCode.PATIENT_CEILING_REACHED);
        assertThat(refused.args()).isEqualTo(List.of(args.split(" +")));
        assertThat(refused.args()).noneMatch(arg -> arg.contains(PATIENT.value()));
    }

    /** A 2019 session on the n-th referral of the patient (each referral dated 2020-01-01 plus n days). */
    private static ValidSession referredOn(String date, String pseudocode, int n) {
        return session(PSY_A, PATIENT, LocalDate.parse(date), pseudocode, LocalDate.of(2020, 1, 1).plusDays(n),
                PRESCRIBER);
    }

    @Test
    void countsEachCareAndKindSeparatelyUnderThe2021Convention() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);
        List<Allocation> answers = new ArrayList<>();
        int[][] counts = {{8, 0}, {5, 1}, {20, 2}, {12, 3}};
        String[] codes = {SPPL_IND, SPPL_GRP, SPS_IND, SPS_GRP};
        for (int[] count : counts) {
            for (int i = 0; i < count[0]; i++) {
                answers.add(allocator.allocate(session(PSY_A, PATIENT, day("2025-01-06", i), codes[count[1]])));
            }
        }

        assertThat(answers).hasSize(45).allMatch(Allocation::isAccepted);
        assertThat(allocator.allocate(session(PSY_A, PATIENT, "2025-12-01", SPS_IND)).reason())
                .isEqualTo(ReasonCode.PATIENT_CEILING_REACHED);
    }

    @Test
    void countsAllSessionsTogetherUnderThe2019Convention() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);
        String[] codes = {SPPL_IND, SPS_IND, SPPL_GRP, SPS_GRP};
        for (int i = 0; i < 8; i++) {
            ValidSession s = session(PSY_A, PATIENT, LocalDate.parse(day("2020-02-03", i)), codes[i % 4],
                    LocalDate.of(2020, 1, 1).plusDays(i / 4), PRESCRIBER);
            assertThat(allocator.allocate(s).isAccepted()).isTrue();
        }

        Allocation ninth = allocator.allocate(session(PSY_B, PATIENT, LocalDate.of(2020, 3, 2), SPPL_IND,
                LocalDate.of(2020, 3, 1), PRESCRIBER));

        assertThat(ninth.reason()).isEqualTo(ReasonCode.PATIENT_CEILING_REACHED);
    }

    @Test
    void startsAfreshEachCalendarYearAndWithEachConvention() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);
        // 8 sessions of 2021 under the 2019 convention, on two referrals
        for (int i = 0; i < 8; i++) {
            assertThat(allocator.allocate(referred(PSY_A, PATIENT, day("2021-03-01", 7 * i),
                    i < 4 ? "2021-02-15" : "2021-04-20")).isAccepted()).isTrue();
        }
        // then 8 first-line individual sessions of 2021 under the 2021 convention: another count
        for (int i = 0; i < 8; i++) {
            assertThat(allocator.allocate(session(PSY_A, PATIENT, day("2021-09-01", 7 * i), SPPL_IND)).isAccepted())
                    .isTrue();
        }
        Allocation ninth = allocator.allocate(session(PSY_A, PATIENT, "2021-12-20", SPPL_IND));
        Allocation nextYear = allocator.allocate(session(PSY_A, PATIENT, "2022-01-03", SPPL_IND));

        assertThat(ninth.args()).containsExactly("8", "IND", "SPPL", "2021");
        assertThat(nextYear.isAccepted()).isTrue();
    }

    @Test
    void countsAPatientAcrossThePsychologistsOfTheNetwork() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);
        for (int i = 0; i < 8; i++) {
            Inami psychologist = i % 2 == 0 ? PSY_A : PSY_B;
            assertThat(allocator.allocate(session(psychologist, PATIENT, day("2025-01-06", i), SPPL_IND))
                    .isAccepted()).isTrue();
        }

        assertThat(allocator.allocate(session(PSY_B, PATIENT, "2025-06-02", SPPL_IND)).isAccepted()).isFalse();
        assertThat(allocator.allocate(session(PSY_B, patient(2), "2025-06-02", SPPL_IND)).isAccepted()).isTrue();
    }

    // --- the series of a 2019 referral ----------------------------------------------------------------------------

    @Test
    void coversAtMostASeriesOf4RenewedOnceOnOneReferralAcrossYears() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);
        // 4 sessions at the end of 2019 and 4 at the start of 2020 on the referral of 2019-10-15
        for (int i = 0; i < 8; i++) {
            String date = i < 4 ? day("2019-11-04", 7 * i) : day("2020-01-06", 7 * (i - 4));
            assertThat(allocator.allocate(referred(PSY_A, PATIENT, date, "2019-10-15")).isAccepted()).isTrue();
        }

        Allocation ninth = allocator.allocate(referred(PSY_B, PATIENT, "2020-02-10", "2019-10-15"));
        Allocation newReferral = allocator.allocate(referred(PSY_B, PATIENT, "2020-02-10", "2020-02-01"));

        assertThat(ninth.reason()).isEqualTo(ReasonCode.REFERRAL_SERIES_EXHAUSTED);
        assertThat(ninth.args()).containsExactly("2019-10-15", "8", "4", "1");
        assertThat(newReferral.isAccepted()).isTrue();
    }

    @Test
    void countsTheSeriesOfAReferralFromEarlierFiles() {
        ValidSession session = referred(PSY_A, PATIENT, "2020-05-04", "2020-01-10");
        NetworkQuotas quotas = quotas(NetworkPublic.ADULTS, 100, null);
        ReferralKey referral = quotas.keysOf(session).referrals().iterator().next();

        UsageTally seven = new UsageTally().putReferral(referral, 7);
        UsageTally eight = new UsageTally().putReferral(referral, 8);

        assertThat(new QuotaAllocator(quotas, seven).allocate(session).isAccepted()).isTrue();
        assertThat(new QuotaAllocator(quotas, eight).allocate(session).reason())
                .isEqualTo(ReasonCode.REFERRAL_SERIES_EXHAUSTED);
    }

    // --- the psychologist's capacity and the network's contingent ---------------------------------------------------

    @ParameterizedTest(name = "capacity {0}")
    @CsvSource({"0", "1", "3", "25"})
    void acceptsAPsychologistsSessionsUpToTheCapacityOfTheYear(int capacity) {
        QuotaAllocator allocator = new QuotaAllocator(
                new NetworkQuotas(NETWORK, NetworkPublic.ADULTS, p -> p.equals(PSY_A) ? capacity : 100, null),
                UsageCounts.none());
        for (int i = 0; i < capacity; i++) {
            assertThat(allocator.allocate(session(PSY_A, patient(i), "2025-03-03", SPPL_IND)).isAccepted()).isTrue();
        }

        Allocation beyond = allocator.allocate(session(PSY_A, patient(900), "2025-03-04", SPPL_IND));

        assertThat(beyond.reason()).isEqualTo(ReasonCode.CAPACITY_EXCEEDED);
        assertThat(beyond.args()).containsExactly(PSY_A.value(), String.valueOf(capacity), "2025");
        assertThat(allocator.allocate(session(PSY_B, patient(900), "2025-03-04", SPPL_IND)).isAccepted()).isTrue();
        assertThat(allocator.allocate(session(PSY_A, patient(900), "2026-01-05", SPPL_IND)).isAccepted())
                .isEqualTo(capacity > 0);
    }

    @ParameterizedTest(name = "contingent {0}")
    @CsvSource({"0", "2", "30"})
    void acceptsTheNetworksSessionsUpToItsContingentOfTheYear(int contingent) {
        QuotaAllocator allocator = new QuotaAllocator(quotas(NetworkPublic.ADULTS, 1000, contingent),
                UsageCounts.none());
        for (int i = 0; i < contingent; i++) {
            Inami psychologist = i % 2 == 0 ? PSY_A : PSY_B;
            assertThat(allocator.allocate(session(psychologist, patient(i), "2025-03-03", SPS_IND)).isAccepted())
                    .isTrue();
        }

        Allocation beyond = allocator.allocate(session(PSY_B, patient(900), "2025-12-31", SPPL_GRP));

        assertThat(beyond.reason()).isEqualTo(ReasonCode.CONTINGENT_EXCEEDED);
        assertThat(beyond.args()).containsExactly(String.valueOf(contingent), "2025");
    }

    @Test
    void hasNoContingentWhenNoneIsGiven() {
        QuotaAllocator allocator = allocator(NetworkPublic.ADULTS);

        for (int i = 0; i < 500; i++) {
            assertThat(allocator.allocate(session(PSY_A, patient(i), "2025-03-03", SPPL_IND)).isAccepted()).isTrue();
        }
    }

    @Test
    void neverCountsNorRefusesWhatIsNotASession() {
        QuotaAllocator allocator = new QuotaAllocator(quotas(NetworkPublic.ADULTS, 0, 0), UsageCounts.none());
        NetworkQuotas quotas = quotas(NetworkPublic.ADULTS, 0, 0);

        for (String code : List.of(CARE_PATH, MISSION)) {
            ValidSession notASession = session(PSY_A, PATIENT, "2025-03-03", code);
            assertThat(allocator.allocate(notASession).isAccepted()).isTrue();
            assertThat(quotas.keysOf(notASession).isEmpty()).isTrue();
        }
        assertThat(allocator.allocate(session(PSY_A, PATIENT, "2025-03-03", SPPL_IND)).reason())
                .isEqualTo(ReasonCode.CAPACITY_EXCEEDED);
    }

    // --- prior usage and the order of the quotas -----------------------------------------------------------------

    @ParameterizedTest(name = "prior: patient {0}, referral {1}, psychologist {2}, network {3} -> {4}")
    @CsvSource({
        "0, 0, 0,  0,  ",
        "7, 7, 29, 99, ",
        // the first full quota, in the order: referral series, patient ceiling, capacity, contingent
        "8, 8, 30, 100, REFERRAL_SERIES_EXHAUSTED",
        "8, 7, 30, 100, PATIENT_CEILING_REACHED",
        "7, 7, 30, 100, CAPACITY_EXCEEDED",
        "7, 7, 29, 100, CONTINGENT_EXCEEDED",
        "0, 8, 0,  0,   REFERRAL_SERIES_EXHAUSTED",
        "8, 0, 0,  0,   PATIENT_CEILING_REACHED",
        "0, 0, 30, 0,   CAPACITY_EXCEEDED",
        "0, 0, 0,  100, CONTINGENT_EXCEEDED"})
    void addsToThePriorUsageAndGivesTheFirstFullQuotaAsReason(int patientCount, int referralCount,
            int psychologistCount, int networkCount, ReasonCode expected) {
        NetworkQuotas quotas = quotas(NetworkPublic.ADULTS, 30, 100);
        ValidSession session = referred(PSY_A, PATIENT, "2020-05-04", "2020-04-01");
        QuotaKeys keys = quotas.keysOf(session);
        UsageTally prior = new UsageTally()
                .putPatient(keys.patients().iterator().next(), patientCount)
                .putReferral(keys.referrals().iterator().next(), referralCount)
                .putPsychologist(new PsychologistYear(PSY_A, 2020), psychologistCount)
                .putNetwork(2020, networkCount);

        Allocation allocation = new QuotaAllocator(quotas, prior).allocate(session);

        assertThat(allocation.reason()).isEqualTo(expected);
    }

    @Test
    void countsNothingForARefusedSession() {
        QuotaAllocator allocator = new QuotaAllocator(
                new NetworkQuotas(NETWORK, NetworkPublic.ADULTS, p -> p.equals(PSY_A) ? 1 : 100, null),
                UsageCounts.none());
        assertThat(allocator.allocate(session(PSY_A, PATIENT, "2025-01-06", SPPL_IND)).isAccepted()).isTrue();
        assertThat(allocator.allocate(session(PSY_A, PATIENT, "2025-01-13", SPPL_IND)).reason())
                .isEqualTo(ReasonCode.CAPACITY_EXCEEDED);

        // the refused session took none of the patient's 8: 7 more with another psychologist
        for (int i = 0; i < 7; i++) {
            assertThat(allocator.allocate(session(PSY_B, PATIENT, day("2025-02-03", i), SPPL_IND)).isAccepted())
                    .isTrue();
        }
        assertThat(allocator.allocate(session(PSY_B, PATIENT, "2025-03-03", SPPL_IND)).reason())
                .isEqualTo(ReasonCode.PATIENT_CEILING_REACHED);
    }

    @Test
    void refusesANegativeCapacity() {
        QuotaAllocator allocator = new QuotaAllocator(quotas(NetworkPublic.ADULTS, -1, null), UsageCounts.none());

        assertThatThrownBy(() -> allocator.allocate(session(PSY_A, PATIENT, "2025-01-06", SPPL_IND)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(PSY_A.value());
    }

    // --- the keys the caller loads --------------------------------------------------------------------------------

    @Test
    void saysWhichCountsASessionDrawsOn() {
        NetworkQuotas quotas = quotas(NetworkPublic.CHILDREN, 100, null);

        QuotaKeys keys = quotas.keysOf(session(PSY_A, PATIENT, "2025-03-03", SPS_GRP));

        assertThat(keys.patients()).containsExactly(new PatientQuotaKey(NETWORK, PATIENT, 2025,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of(Care.SPS), Set.of(ServiceKind.GROUP)));
        assertThat(keys.referrals()).isEmpty();
        assertThat(keys.psychologists()).containsExactly(new PsychologistYear(PSY_A, 2025));
        assertThat(keys.networkYears()).containsExactly(2025);
        assertThat(keys.toString()).doesNotContain(PATIENT.value());
    }

    @Test
    void cutsTheYearOfAPatientCountAtTheChangeOfConvention() {
        NetworkQuotas quotas = quotas(NetworkPublic.ADULTS, 100, null);

        PatientQuotaKey before = quotas.keysOf(referred(PSY_A, PATIENT, "2021-05-03", "2021-04-01"))
                .patients().iterator().next();
        PatientQuotaKey after = quotas.keysOf(session(PSY_A, PATIENT, "2021-10-04", SPPL_IND))
                .patients().iterator().next();

        assertThat(List.of(before.from(), before.to())).containsExactly(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 8, 31));
        assertThat(before.cares()).containsExactlyInAnyOrder(Care.SPPL, Care.SPS);
        assertThat(before.kinds()).containsExactlyInAnyOrder(ServiceKind.INDIVIDUAL, ServiceKind.GROUP);
        assertThat(List.of(after.from(), after.to())).containsExactly(LocalDate.of(2021, 9, 1),
                LocalDate.of(2021, 12, 31));
    }

    @Test
    void gathersTheKeysOfAChunk() {
        NetworkQuotas quotas = quotas(NetworkPublic.ADULTS, 100, null);
        List<ValidSession> chunk = List.of(
                referred(PSY_A, PATIENT, "2020-05-04", "2020-04-01"),
                referred(PSY_A, PATIENT, "2020-05-11", "2020-04-01"),
                session(PSY_B, patient(2), "2025-03-03", SPPL_IND),
                session(PSY_B, patient(2), "2025-03-10", SPPL_GRP),
                session(PSY_B, patient(2), "2025-03-10", MISSION));

        QuotaKeys keys = quotas.keysOf(chunk);

        assertThat(keys.patients()).hasSize(3);
        assertThat(keys.referrals()).hasSize(1);
        assertThat(keys.psychologists()).containsExactlyInAnyOrder(new PsychologistYear(PSY_A, 2020),
                new PsychologistYear(PSY_B, 2025));
        assertThat(keys.networkYears()).containsExactlyInAnyOrder(2020, 2025);
        assertThat(keys).isEqualTo(chunk.stream().map(quotas::keysOf).reduce(QuotaKeys.none(), QuotaKeys::plus));
    }

    // --- the answer applied to the verdict -------------------------------------------------------------------------

    @Test
    void turnsARefusalIntoARejectedVerdictAndLeavesAnAcceptedOneAlone() {
        ValidSession session = session(PSY_A, PATIENT, "2025-03-03", SPPL_IND);
        DeclaredSession line = new DeclaredSession(12, session.lineRef().value(), PSY_A.value(), PATIENT.value(),
                "228", "N", "2025-03-03", SPPL_IND, "", "", "", null);
        Verdict accepted = Verdict.accept(line, session, Price.of(new BigDecimal("66.10"), new BigDecimal("11.00")));

        Verdict refused = Allocation.refused(ReasonCode.CONTINGENT_EXCEEDED, 100, 2025).applyTo(accepted);

        assertThat(Allocation.accepted().applyTo(accepted)).isSameAs(accepted);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.reason()).isEqualTo(ReasonCode.CONTINGENT_EXCEEDED);
        assertThat(refused.args()).containsExactly("100", "2025");
        assertThat(refused.line()).isSameAs(line);
    }
}
