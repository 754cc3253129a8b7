package be.psygate.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.TestIds;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.ValidSession;
import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The quota engine on random histories: random patients, psychologists, dates in three windows of two months (the
 * change of year under the 2019 convention, the change of convention on 2021-09-01, the change of year under the
 * 2021 convention), codes of each care level and kind, 2019 referrals, capacities and contingents. The limits are
 * written out here again, from the public convention texts, rather than taken from the engine.
 */
class QuotaAllocatorPropertiesTest {

    private static final List<LocalDate> WINDOWS = List.of(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 8, 1),
            LocalDate.of(2021, 12, 1));
    private static final LocalDate CONVENTION_2021 = LocalDate.of(2021, 9, 1);
    /** First-line codes twice, so that their lower ceilings are often reached. */
    private static final List<String> CODES = List.of(Sessions.SPPL_IND, Sessions.SPPL_IND, Sessions.SPPL_GRP,
            Sessions.SPPL_GRP, Sessions.SPS_IND, Sessions.SPS_GRP, Sessions.CARE_PATH);
    private static final List<Inami> PSYCHOLOGISTS = List.of(Sessions.PSY_A, Sessions.PSY_B,
            Inami.parse(TestIds.inami("345678", "790")));
    private static final List<Niss> PATIENTS = List.of(Sessions.patient(1), Sessions.patient(2));

    /** The yearly ceilings of the 2021 convention (2021 convention, public). */
    private static final Map<String, Integer> CEILINGS_2021 = Map.of(
            "ADULTS SPPL INDIVIDUAL", 8, "ADULTS SPPL GROUP", 5, "ADULTS SPS INDIVIDUAL", 20, "ADULTS SPS GROUP", 12,
            "CHILDREN SPPL INDIVIDUAL", 10, "CHILDREN SPPL GROUP", 8, "CHILDREN SPS INDIVIDUAL", 20,
            "CHILDREN SPS GROUP", 15);
    private static final int CEILING_2019 = 8;
    private static final int SESSIONS_PER_REFERRAL = 8;

    /** A network, its limits and a history of sessions in the order they arrive. */
    record History(NetworkPublic networkPublic, List<Integer> capacities, Integer contingent,
            List<ValidSession> sessions) {

        NetworkQuotas quotas() {
            return new NetworkQuotas("net", networkPublic, p -> capacities.get(PSYCHOLOGISTS.indexOf(p)), contingent);
        }
    }

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<ValidSession> session = Combinators.combine(
                Arbitraries.integers().between(0, PATIENTS.size() - 1),
                Arbitraries.integers().between(0, PSYCHOLOGISTS.size() - 1),
                Arbitraries.of(WINDOWS),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, CODES.size() - 1),
                Arbitraries.integers().between(0, 1))
                .as((patient, psychologist, window, day, code, referral) -> {
                    LocalDate date = window.plusDays(day);
                    boolean referred = date.isBefore(CONVENTION_2021);
                    return Sessions.session(PSYCHOLOGISTS.get(psychologist), PATIENTS.get(patient), date,
                            CODES.get(code), referred ? LocalDate.of(2020, 11, 2).plusDays(10L * referral) : null,
                            referred ? Sessions.PRESCRIBER : null);
                });
        return Combinators.combine(
                Arbitraries.of(NetworkPublic.class),
                Arbitraries.integers().between(0, 200).list().ofSize(PSYCHOLOGISTS.size()),
                Arbitraries.integers().between(0, 150).injectNull(0.5),
                session.list().ofMinSize(30).ofMaxSize(150))
                .as(History::new);
    }

    @Property(tries = 300)
    void neverAcceptsMoreThanAnyCeilingCapacityContingentOrReferralAllows(@ForAll("histories") History history) {
        List<ValidSession> accepted = allocate(history.quotas(), UsageCounts.none(), history.sessions());

        Counts counts = new Counts(history);
        accepted.forEach(counts::add);

        counts.patients.forEach((key, n) -> assertThat(n).as("%s", key).isLessThanOrEqualTo(counts.ceilingOf(key)));
        counts.referrals.forEach((key, n) -> assertThat(n).as("%s", key).isLessThanOrEqualTo(SESSIONS_PER_REFERRAL));
        counts.psychologists.forEach((key, n) -> assertThat(n).as("%s", key)
                .isLessThanOrEqualTo(history.capacities().get(PSYCHOLOGISTS.indexOf(key.psychologist()))));
        if (history.contingent() != null) {
            counts.networkYears.forEach((year, n) -> assertThat(n).as("%s", year)
                    .isLessThanOrEqualTo(history.contingent()));
        }
    }

    @Property(tries = 300)
    void refusesASessionOnlyWhenOneOfItsQuotasIsFull(@ForAll("histories") History history) {
        QuotaAllocator allocator = new QuotaAllocator(history.quotas(), UsageCounts.none());
        Counts counts = new Counts(history);

        for (ValidSession session : history.sessions()) {
            boolean room = counts.hasRoomFor(session);
            Allocation allocation = allocator.allocate(session);
            Statistics.collect(allocation.isAccepted() ? "accepted" : allocation.reason().name());
            assertThat(allocation.isAccepted()).as("%s", session).isEqualTo(room);
            if (room) {
                counts.add(session);
            }
        }
        // the histories are dense enough for every quota to be reached now and then
        Statistics.coverage(coverage -> {
            for (ReasonCode reason : List.of(ReasonCode.REFERRAL_SERIES_EXHAUSTED, ReasonCode.PATIENT_CEILING_REACHED,
                    ReasonCode.CAPACITY_EXCEEDED, ReasonCode.CONTINGENT_EXCEEDED)) {
                coverage.check(reason.name()).count(count -> count > 0);
            }
        });
    }

    @Property(tries = 300)
    void givesTheSameAnswersWhetherADateSortedListComesInOneGoOrInParts(@ForAll("histories") History history,
            @ForAll("cuts") List<Integer> cuts) {
        List<ValidSession> sorted = new ArrayList<>(history.sessions());
        sorted.sort(Comparator.comparing(ValidSession::sessionDate));
        NetworkQuotas quotas = history.quotas();

        List<ValidSession> inOneGo = allocate(quotas, UsageCounts.none(), sorted);

        // each part gets a new allocator over the same store, which then counts what the part accepted (as the
        // database would, once the part is stored)
        UsageTally store = new UsageTally();
        List<ValidSession> inParts = new ArrayList<>();
        int from = 0;
        for (int cut : cutPoints(cuts, sorted.size())) {
            List<ValidSession> part = allocate(quotas, store, sorted.subList(from, cut));
            part.forEach(session -> store.record(quotas.keysOf(session)));
            inParts.addAll(part);
            from = cut;
        }

        assertThat(inParts).isEqualTo(inOneGo);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 150).list().ofMaxSize(6);
    }

    private static List<Integer> cutPoints(List<Integer> cuts, int size) {
        List<Integer> points = new ArrayList<>(cuts.stream().map(cut -> Math.min(cut, size)).sorted().toList());
        points.add(size);
        return points;
    }

    private static List<ValidSession> allocate(NetworkQuotas quotas, UsageCounts prior, List<ValidSession> sessions) {
        QuotaAllocator allocator = new QuotaAllocator(quotas, prior);
        return sessions.stream().filter(session -> allocator.allocate(session).isAccepted()).toList();
    }

    /** The accepted sessions per quota, counted independently of the engine. */
    private static final class Counts {

        final History history;
        final Map<String, Integer> patients = new HashMap<>();
        final Map<String, Integer> referrals = new HashMap<>();
        final Map<PsychologistYear, Integer> psychologists = new HashMap<>();
        final Map<Integer, Integer> networkYears = new HashMap<>();

        Counts(History history) {
            this.history = history;
        }

        static boolean counts(ValidSession s) {
            return Set.of(Care.SPPL, Care.SPS).contains(s.care())
                    && Set.of(ServiceKind.INDIVIDUAL, ServiceKind.GROUP).contains(s.kind());
        }

        /** "patient 2 2021 2019" or "patient 2 2021 ADULTS SPPL GROUP": the ceiling's words after the year. */
        String patientKey(ValidSession s) {
            boolean convention2019 = s.sessionDate().isBefore(CONVENTION_2021);
            return "patient " + PATIENTS.indexOf(s.patient()) + " " + s.sessionDate().getYear() + " "
                    + (convention2019 ? "2019" : history.networkPublic() + " " + s.care() + " " + s.kind());
        }

        int ceilingOf(String patientKey) {
            String ceiling = patientKey.split(" ", 4)[3];
            return ceiling.equals("2019") ? CEILING_2019 : CEILINGS_2021.get(ceiling);
        }

        String referralKey(ValidSession s) {
            return "patient " + PATIENTS.indexOf(s.patient()) + " " + s.referralDate();
        }

        boolean hasRoomFor(ValidSession s) {
            if (!counts(s)) {
                return true;
            }
            int year = s.sessionDate().getYear();
            PsychologistYear psychologist = new PsychologistYear(s.psychologist(), year);
            return (s.referralDate() == null || referrals.getOrDefault(referralKey(s), 0) < SESSIONS_PER_REFERRAL)
                    && patients.getOrDefault(patientKey(s), 0) < ceilingOf(patientKey(s))
                    && psychologists.getOrDefault(psychologist, 0)
                            < history.capacities().get(PSYCHOLOGISTS.indexOf(s.psychologist()))
                    && (history.contingent() == null || networkYears.getOrDefault(year, 0) < history.contingent());
        }

        void add(ValidSession s) {
            if (!counts(s)) {
                return;
            }
            patients.merge(patientKey(s), 1, Integer::sum);
            if (s.referralDate() != null) {
                referrals.merge(referralKey(s), 1, Integer::sum);
            }
            psychologists.merge(new PsychologistYear(s.psychologist(), s.sessionDate().getYear()), 1, Integer::sum);
            networkYears.merge(s.sessionDate().getYear(), 1, Integer::sum);
        }
    }
}
