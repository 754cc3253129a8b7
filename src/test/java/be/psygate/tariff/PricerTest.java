package be.psygate.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Pseudocode;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PricerTest {

    private final Pricer pricer = new Pricer();

    private static final Tariff PRACTICE = TariffBookTest.individual(Pseudocode.parse("792691"), "77.10", "66.10", "11.00");
    private static final Tariff PRACTICE_BOTH_REGIMES = new Tariff(Pseudocode.parse("792691"), Care.SPPL,
            ServiceKind.INDIVIDUAL, false, "Individual session", amount("77.10"), amount("73.10"), amount("66.10"),
            amount("4.00"), amount("11.00"));
    private static final Tariff GROUP_1 = group("792514", "335.15");
    private static final Tariff GROUP_2 = group("792536", "411.22");
    private static final Tariff MISSION = new Tariff(Pseudocode.parse("792175"), Care.NONE, ServiceKind.MISSION,
            false, "Knowledge sharing", amount("77.10"), null, null, null, null);

    static Stream<Arguments> individualSessions() {
        return Stream.of(
                Arguments.of("the standard regime", PRACTICE_BOTH_REGIMES, false,
                        price("77.10", "66.10", "11.00", "59.49")),
                Arguments.of("the preferential regime", PRACTICE_BOTH_REGIMES, true,
                        price("77.10", "73.10", "4.00", "65.79")),
                Arguments.of("a mission, the insurer paying the whole fee", MISSION, false,
                        price("77.10", "77.10", "0.00", "69.39")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("individualSessions")
    void pricesAnIndividualSessionByItsTariffAndRegime(String what, Tariff tariff, boolean preferential, Price price) {
        assertThat(pricer.individual(tariff, preferential)).isEqualTo(price);
    }

    @Test
    void splitsAGroupOfSixAt335_15AndPutsTheRoundingRemainderOnTheFirstParticipant() {
        // insurer total = 335.15 - 6 x 2.50 = 320.15; 320.15 / 6 = 53.358.. -> 53.36;
        // 6 x 53.36 = 320.16, one cent too much, so participant 0 gets 53.36 - 0.01 = 53.35.
        Price first = pricer.groupParticipant(GROUP_1, 6, 0);
        Price others = pricer.groupParticipant(GROUP_1, 6, 1);

        assertThat(first).isEqualTo(price("55.85", "53.35", "2.50", "48.02"));
        assertThat(others).isEqualTo(price("55.86", "53.36", "2.50", "48.02"));
        assertThat(IntStream.range(2, 6).mapToObj(i -> pricer.groupParticipant(GROUP_1, 6, i))).containsOnly(others);
        assertThat(first.fee().add(others.fee().multiply(BigDecimal.valueOf(5)))).isEqualTo(amount("335.15"));
    }

    static Stream<Arguments> everyGroupSize() {
        return Stream.of(GROUP_1, GROUP_2)
                .flatMap(tariff -> IntStream.rangeClosed(4, 15).mapToObj(size -> Arguments.of(tariff, size)));
    }

    @ParameterizedTest(name = "{0} with {1} participants")
    @MethodSource("everyGroupSize")
    void makesTheLinesOfAGroupSessionAddUpExactlyToTheFee(Tariff tariff, int participants) {
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal insurer = BigDecimal.ZERO;
        BigDecimal copays = BigDecimal.ZERO;
        for (int index = 0; index < participants; index++) {
            Price price = pricer.groupParticipant(tariff, participants, index);
            assertThat(price.copay()).isEqualTo(amount("2.50"));
            fees = fees.add(price.fee());
            insurer = insurer.add(price.insurerShare());
            copays = copays.add(price.copay());
        }

        assertThat(fees).isEqualTo(tariff.fee());
        assertThat(insurer.add(copays)).isEqualTo(tariff.fee());
    }

    @Test
    void refusesToPriceAGroupCodeAsAnIndividualSessionAndTheReverse() {
        assertThatThrownBy(() -> pricer.individual(GROUP_1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricer.groupParticipant(PRACTICE, 6, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPlaceOutsideTheGroup() {
        assertThatThrownBy(() -> pricer.groupParticipant(GROUP_1, 6, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricer.groupParticipant(GROUP_1, 6, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricer.groupParticipant(GROUP_1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPriceWhoseAmountsDoNotAddUp() {
        assertThatThrownBy(() -> price("77.10", "66.10", "10.00", "59.49"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> price("77.10", "66.10", "11.00", "59.50"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Tariff group(String code, String fee) {
        return new Tariff(Pseudocode.parse(code), Care.SPPL, ServiceKind.GROUP, false, "Group session", amount(fee),
                amount("46.27"), amount("46.27"), amount("2.50"), amount("2.50"));
    }

    private static Price price(String fee, String insurerShare, String copay, String tranche1) {
        return new Price(amount(fee), amount(insurerShare), amount(copay), amount(tranche1));
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
