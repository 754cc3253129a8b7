package be.psygate.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranchesTest {

    @ParameterizedTest
    @CsvSource({
        "66.10, 59.49, 6.61",
        "73.10, 65.79, 7.31",
        "77.10, 69.39, 7.71"})
    void paysNinetyPercentFirstAndTheRestWhenTheInsurerHasPaid(String insurerShare, String first, String second) {
        BigDecimal share = new BigDecimal(insurerShare);

        BigDecimal tranche1 = Tranches.first(share);
        BigDecimal tranche2 = Tranches.second(share, tranche1);

        assertThat(tranche1).isEqualTo(new BigDecimal(first));
        assertThat(tranche2).isEqualTo(new BigDecimal(second));
        assertThat(tranche1.add(tranche2)).isEqualTo(share);
    }

    @Test
    void roundsTrancheOneHalfUpToTheCentPerSession() {
        assertThat(Tranches.first(new BigDecimal("53.35"))).isEqualTo(new BigDecimal("48.02"));
        assertThat(Tranches.first(new BigDecimal("53.36"))).isEqualTo(new BigDecimal("48.02"));
        assertThat(Tranches.first(new BigDecimal("0.05"))).isEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void givesANegativeSecondTrancheWhenTheInsurerPaidLessThanTrancheOne() {
        assertThat(Tranches.second(new BigDecimal("0.00"), new BigDecimal("59.49")))
                .isEqualTo(new BigDecimal("-59.49"));
    }
}
