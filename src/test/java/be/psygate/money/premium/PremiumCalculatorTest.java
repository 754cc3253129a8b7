package be.psygate.money.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.psygate.identity.Inami;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.TestIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practice premium 2023 on the figures of INAMI letter Psy-Ort/2023/006 of 2023-09-28: 36,000 EUR attested earns the whole 800 EUR volume part,
 * 12,000 EUR earns 800 x 12,000 / 36,000; 50% of the individual sessions in outreach earns the whole 200 EUR outreach
 * part, 13% earns 13% / 50% x 200 = 52 EUR; at most 1,000 EUR. Only lists received by 5 October 2023 count.
 */
class PremiumCalculatorTest {

    private static final Inami PSY = Inami.parse(TestIds.inami("123456", "790"));
    private static final Inami OTHER_PSY = Inami.parse(TestIds.inami("234567", "790"));
    private static final String NETWORK = "107-brussels";
    private static final String IN_PRACTICE = "792691";
    private static final String OUTREACH = "792654";
    private static final LocalDate IN_PERIOD = LocalDate.of(2023, 3, 15);
    private static final LocalDate IN_TIME = LocalDate.of(2023, 9, 15);

    private final PremiumCalculator calculator = new PremiumCalculator();

    @ParameterizedTest(name = "{0} sessions at {2}, {1} in outreach -> {4} + {5} = {6}")
    @CsvSource({
        // sessions, of which outreach, fee of each, outreach share, 80% part, 20% part, total
        "100,   0, 120.00, 0.0000, 266.67,   0.00,  266.67",    // INAMI letter Psy-Ort/2023/006 of 2023-09-28: 800 x 12,000 / 36,000
        "100,  13, 100.00, 0.1300, 222.22,  52.00,  274.22",    // INAMI letter Psy-Ort/2023/006 of 2023-09-28: 13% / 50% x 200 = 52
        "100,  13, 120.00, 0.1300, 266.67,  52.00,  318.67",    // both examples of INAMI letter Psy-Ort/2023/006 of 2023-09-28 together
        "100,  50, 360.00, 0.5000, 800.00, 200.00, 1000.00",    // INAMI letter Psy-Ort/2023/006 of 2023-09-28: the thresholds earn the maximum
        "500, 400, 100.00, 0.8000, 800.00, 200.00, 1000.00",    // beyond the thresholds: still 1,000 at most
        "467, 100,  77.10, 0.2141, 800.00,  85.65,  885.65",    // 36,005.70 EUR; 200 x (100 / 467) / 0.5 = 85.653
        "  3,   1,  77.10, 0.3333,   5.14, 133.33,  138.47",    // 200 x (1 / 3) / 0.5 = 133.333...
        "  3,   3,  77.10, 1.0000,   5.14, 200.00,  205.14"})
    void computesTheVolumePartFromTheEurosAndTheOutreachPartFromTheSessionCount(int count, int outreach, String fee,
            String share, String part80, String part20, String total) {
        List<PremiumSession> sessions = new ArrayList<>();
        sessions.addAll(times(outreach, session(PSY, NETWORK, OUTREACH, IN_PERIOD, fee)));
        sessions.addAll(times(count - outreach, session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, fee)));
        BigDecimal attested = new BigDecimal(fee).multiply(BigDecimal.valueOf(count));

        List<Premium> premiums = calculator.premium(sessions);

        assertThat(premiums).containsExactly(new Premium(PSY, NETWORK, count, outreach, attested,
                new BigDecimal(share), new BigDecimal(part80), new BigDecimal(part20), new BigDecimal(total), 0));
    }

    @Test
    void takesTheOutreachShareAsANumberOfSessionsWhateverTheirFees() {
        // 1 outreach session of 4 is 25% of the sessions, though 50.00 is only 10% of the 500.00 attested
        List<PremiumSession> sessions = List.of(
                session(PSY, NETWORK, OUTREACH, IN_PERIOD, "50.00"),
                session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "150.00"),
                session(PSY, NETWORK, "792713", IN_PERIOD, "150.00"),
                session(PSY, NETWORK, "792632", IN_PERIOD, "150.00"));

        Premium premium = calculator.premium(sessions).get(0);

        assertThat(premium.sessions()).isEqualTo(4);
        assertThat(premium.outreachSessions()).isEqualTo(1);
        assertThat(premium.outreachShare()).isEqualTo(new BigDecimal("0.2500"));
        // 200 x 25% / 50% = 100.00, not 200 x 10% / 50% = 40.00
        assertThat(premium.part20()).isEqualTo(new BigDecimal("100.00"));
        assertThat(premium.part80()).isEqualTo(new BigDecimal("11.11"));
        assertThat(premium.total()).isEqualTo(new BigDecimal("111.11"));
    }

    @Test
    void followsTheWorkedExampleOfTheReadme() {
        // 420 sessions at 77.10 received in time, 84 of them in outreach; 12 more received on 6 October 2023
        List<PremiumSession> sessions = new ArrayList<>();
        sessions.addAll(times(84, session(PSY, NETWORK, "792676", IN_PERIOD, "77.10")));
        sessions.addAll(times(336, session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10")));
        sessions.addAll(times(12, new PremiumSession(PSY, NETWORK, new Pseudocode(IN_PRACTICE), IN_PERIOD,
                new BigDecimal("77.10"), LocalDate.of(2023, 10, 6))));

        PremiumReport report = calculator.report(sessions);

        assertThat(report.receivedAfterCutOff()).isEqualTo(12);
        assertThat(report.premiums()).containsExactly(new Premium(PSY, NETWORK, 420, 84, new BigDecimal("32382.00"),
                new BigDecimal("0.2000"), new BigDecimal("719.60"), new BigDecimal("80.00"),
                new BigDecimal("799.60"), 12));
    }

    @ParameterizedTest(name = "received {0}: counts {1}")
    @CsvSource({"2023-09-01, true", "2023-10-05, true", "2023-10-06, false", "2025-06-30, false"})
    void countsOnlySessionsReceivedByTheFifthOfOctober2023(LocalDate received, boolean counts) {
        PremiumSession session = new PremiumSession(PSY, NETWORK, new Pseudocode(IN_PRACTICE), IN_PERIOD,
                new BigDecimal("77.10"), received);

        assertThat(PremiumCalculator.counts(session)).isEqualTo(counts);
        assertThat(PremiumCalculator.receivedTooLate(session)).isEqualTo(!counts);
    }

    @Test
    void reportsTheSessionsLeftOutForLateReceptionEvenOfAPsychologistWithoutPremium() {
        List<PremiumSession> sessions = List.of(
                session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10"),
                new PremiumSession(PSY, NETWORK, new Pseudocode(OUTREACH), IN_PERIOD, new BigDecimal("77.10"),
                        LocalDate.of(2023, 10, 6)),
                new PremiumSession(OTHER_PSY, NETWORK, new Pseudocode(IN_PRACTICE), IN_PERIOD,
                        new BigDecimal("77.10"), LocalDate.of(2024, 1, 10)),
                // neither counted nor late: a group session, and a session outside the reference period
                new PremiumSession(OTHER_PSY, NETWORK, new Pseudocode("792514"), IN_PERIOD, new BigDecimal("335.15"),
                        LocalDate.of(2024, 1, 10)),
                new PremiumSession(OTHER_PSY, NETWORK, new Pseudocode(IN_PRACTICE), LocalDate.of(2023, 9, 1),
                        new BigDecimal("77.10"), LocalDate.of(2024, 1, 10)));

        PremiumReport report = calculator.report(sessions);

        assertThat(report.cutOff()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(report.receivedAfterCutOff()).isEqualTo(2);
        // the late outreach session does not make PSY's outreach share
        assertThat(report.premiums()).extracting(Premium::inami, Premium::sessions, Premium::outreachSessions,
                Premium::part20, Premium::receivedAfterCutOff)
                .containsExactly(tuple(PSY, 1, 0, new BigDecimal("0.00"), 1));
    }

    @Test
    void countsOnlySessionsDatedInTheReferencePeriod() {
        List<PremiumSession> sessions = List.of(
                session(PSY, NETWORK, IN_PRACTICE, LocalDate.of(2022, 8, 31), "1000.00"),
                session(PSY, NETWORK, IN_PRACTICE, LocalDate.of(2022, 9, 1), "77.10"),
                session(PSY, NETWORK, IN_PRACTICE, LocalDate.of(2023, 8, 31), "77.10"),
                session(PSY, NETWORK, IN_PRACTICE, LocalDate.of(2023, 9, 1), "1000.00"));

        assertThat(calculator.premium(sessions)).extracting(Premium::attested)
                .containsExactly(new BigDecimal("154.20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"792595", "792610", "792632", "792654", "792676", "792691", "792713", "792816", "792831",
        "792934", "792853", "792875", "792890", "792912", "792993"})
    void countsEachListedIndividualCode(String code) {
        List<Premium> premiums = calculator.premium(List.of(session(PSY, NETWORK, code, IN_PERIOD, "77.10")));

        assertThat(premiums).extracting(Premium::attested).containsExactly(new BigDecimal("77.10"));
        boolean outreach = List.of("792654", "792676", "792853", "792875").contains(code);
        assertThat(premiums.get(0).part20()).isEqualTo(new BigDecimal(outreach ? "200.00" : "0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"792514", "792551", "792735", "792794", "791976", "792013", "792956", "792971", "792175",
        "793995"})
    void leavesOutGroupSessionsAndEveryOtherCode(String code) {
        List<PremiumSession> sessions = List.of(
                session(PSY, NETWORK, code, IN_PERIOD, "335.15"),
                session(OTHER_PSY, NETWORK, code, IN_PERIOD, "77.10"),
                session(OTHER_PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10"));

        assertThat(calculator.premium(sessions)).extracting(Premium::inami, Premium::attested)
                .containsExactly(tuple(OTHER_PSY, new BigDecimal("77.10")));
    }

    @Test
    void paysThroughTheNetworkWithTheLargestVolumeComputedOnAllNetworks() {
        List<PremiumSession> sessions = List.of(
                session(PSY, "107-a", IN_PRACTICE, IN_PERIOD, "9000.00"),
                session(PSY, "107-b", OUTREACH, IN_PERIOD, "12000.00"),
                session(PSY, "107-c", IN_PRACTICE, IN_PERIOD, "3000.00"));

        Premium premium = calculator.premium(sessions).get(0);

        assertThat(premium.networkId()).isEqualTo("107-b");
        assertThat(premium.attested()).isEqualTo(new BigDecimal("24000.00"));
        assertThat(premium.part80()).isEqualTo(new BigDecimal("533.33"));
        // one outreach session of three, though it is half of the euros: 200 x (1 / 3) / 0.5
        assertThat(premium.part20()).isEqualTo(new BigDecimal("133.33"));
    }

    @Test
    void breaksATieOnVolumeWithTheNetworkIdFirstInAlphabeticalOrder() {
        List<PremiumSession> sameVolumeOnEach = Stream.of("107-z", "107-m", "107-x")
                .map(network -> session(PSY, network, IN_PRACTICE, IN_PERIOD, "77.10")).toList();

        assertThat(calculator.premium(sameVolumeOnEach)).extracting(Premium::networkId).containsExactly("107-m");
    }

    @Test
    void givesOnePremiumPerPsychologistInInamiOrderAndNoneWithoutCountedSessions() {
        Inami third = Inami.parse(TestIds.inami("012345", "790"));
        List<PremiumSession> sessions = List.of(
                session(OTHER_PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10"),
                session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10"),
                session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10"),
                session(third, NETWORK, "792514", IN_PERIOD, "335.15"));

        assertThat(calculator.premium(sessions)).extracting(Premium::inami).containsExactly(PSY, OTHER_PSY);
        assertThat(calculator.premium(List.of())).isEmpty();
    }

    @Test
    void isPaidUnderPseudocode793995() {
        assertThat(Premium.PSEUDOCODE).isEqualTo(new Pseudocode("793995"));
    }

    private static PremiumSession session(Inami psychologist, String network, String code, LocalDate date,
            String fee) {
        return new PremiumSession(psychologist, network, new Pseudocode(code), date, new BigDecimal(fee), IN_TIME);
    }

    private static List<PremiumSession> times(int count, PremiumSession session) {
        return Collections.nCopies(count, session);
    }
}
