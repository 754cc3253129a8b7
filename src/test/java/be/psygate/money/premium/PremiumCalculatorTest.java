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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practice premium 2023 on the figures of seed 002: 36,000 EUR attested earns the whole 800 EUR volume part,
 * 12,000 EUR earns 800 x 12,000 / 36,000; 50% outreach earns the whole 200 EUR outreach part, 13% earns
 * 13% / 50% x 200 = 52 EUR; at most 1,000 EUR.
 */
class PremiumCalculatorTest {

    private static final Inami PSY = Inami.parse(TestIds.inami("123456", "790"));
    private static final Inami OTHER_PSY = Inami.parse(TestIds.inami("234567", "790"));
    private static final String NETWORK = "107-brussels";
    private static final String IN_PRACTICE = "792691";
    private static final String OUTREACH = "792654";
    private static final LocalDate IN_PERIOD = LocalDate.of(2023, 3, 15);

    private final PremiumCalculator calculator = new PremiumCalculator();

    @ParameterizedTest(name = "attested {0}, outreach {1} -> {3} + {4} = {5}")
    @CsvSource({
        // attested, of which outreach, outreach share, 80% part, 20% part, total
        "12000.00,     0.00, 0.0000, 266.67,   0.00,  266.67",    // seed 002: 800 x 12,000 / 36,000
        "10000.00,  1300.00, 0.1300, 222.22,  52.00,  274.22",    // seed 002: 13% / 50% x 200 = 52
        "12000.00,  1560.00, 0.1300, 266.67,  52.00,  318.67",    // both examples of seed 002 together
        "36000.00, 18000.00, 0.5000, 800.00, 200.00, 1000.00",    // seed 002: the thresholds earn the maximum
        "50000.00, 40000.00, 0.8000, 800.00, 200.00, 1000.00",    // beyond the thresholds: still 1,000 at most
        "35999.00,     0.00, 0.0000, 799.98,   0.00,  799.98",    // 799.9777... rounded to the cent
        "35999.99,     0.00, 0.0000, 800.00,   0.00,  800.00",    // 799.9997... rounded to the cent
        "18000.00,  9000.00, 0.5000, 400.00, 200.00,  600.00",
        "80000.00,     1.00, 0.0000, 800.00,   0.01,  800.01",    // 0.005 rounded half up
        "  100.00,   100.00, 1.0000,   2.22, 200.00,  202.22"})
    void computesBothPartsFromTheAttestedAmountAndTheOutreachShare(String attested, String outreach, String share,
            String part80, String part20, String total) {
        BigDecimal outreachAmount = new BigDecimal(outreach);
        BigDecimal otherAmount = new BigDecimal(attested).subtract(outreachAmount);
        List<PremiumSession> sessions = new ArrayList<>();
        if (outreachAmount.signum() > 0) {
            sessions.add(session(PSY, NETWORK, OUTREACH, IN_PERIOD, outreach));
        }
        if (otherAmount.signum() > 0) {
            sessions.add(session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, otherAmount.toPlainString()));
        }

        List<Premium> premiums = calculator.premium(sessions);

        assertThat(premiums).containsExactly(new Premium(PSY, NETWORK, new BigDecimal(attested), new BigDecimal(share),
                new BigDecimal(part80), new BigDecimal(part20), new BigDecimal(total)));
    }

    @Test
    void addsUpTheFullFeesOfRealSessionsCopayIncluded() {
        List<PremiumSession> sessions = new ArrayList<>();
        sessions.addAll(times(367, session(PSY, NETWORK, IN_PRACTICE, IN_PERIOD, "77.10")));
        sessions.addAll(times(100, session(PSY, NETWORK, "792875", IN_PERIOD, "77.10")));

        Premium premium = calculator.premium(sessions).get(0);

        // 467 x 77.10 = 36,005.70; outreach 7,710.00 / 36,005.70 = 21.41%; 200 x 0.2141... / 0.5 = 85.65
        assertThat(premium.attested()).isEqualTo(new BigDecimal("36005.70"));
        assertThat(premium.outreachShare()).isEqualTo(new BigDecimal("0.2141"));
        assertThat(premium.part80()).isEqualTo(new BigDecimal("800.00"));
        assertThat(premium.part20()).isEqualTo(new BigDecimal("85.65"));
        assertThat(premium.total()).isEqualTo(new BigDecimal("885.65"));
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
        assertThat(premium.part20()).isEqualTo(new BigDecimal("200.00"));
    }

    @Test
    void breaksATieOnVolumeWithTheNetworkIdFirstInAlphabeticalOrder() {
        List<PremiumSession> sessions = List.of(
                session(PSY, "107-z", IN_PRACTICE, IN_PERIOD, "77.10"),
                session(PSY, "107-m", IN_PRACTICE, IN_PERIOD, "77.10"),
                session(PSY, "107-x", IN_PRACTICE, IN_PERIOD, "77.10"));

        assertThat(calculator.premium(sessions)).extracting(Premium::networkId).containsExactly("107-m");
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
        return new PremiumSession(psychologist, network, new Pseudocode(code), date, new BigDecimal(fee));
    }

    private static List<PremiumSession> times(int count, PremiumSession session) {
        return Collections.nCopies(count, session);
    }
}
