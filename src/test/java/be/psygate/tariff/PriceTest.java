package be.psygate.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTest {

    @ParameterizedTest(name = "{0} + {1} -> {2} + 0.00, tranche 1 {3}")
    @CsvSource({
        "66.10, 11.00, 77.10, 69.39",
        "73.10, 4.00, 77.10, 69.39",
        "77.10, 0.00, 77.10, 69.39",
        "53.35, 2.50, 55.85, 50.27",
        "53.36, 2.50, 55.86, 50.27"})
    void movesTheCopayToTheInsurerWithoutChangingTheFee(String insurer, String copay, String wholeFee,
            String tranche1) {
        Price price = Price.of(new BigDecimal(insurer), new BigDecimal(copay));

        Price exempted = price.withoutCopay();

        assertThat(exempted).isEqualTo(new Price(new BigDecimal(wholeFee), new BigDecimal(wholeFee),
                new BigDecimal("0.00"), new BigDecimal(tranche1)));
        assertThat(exempted.fee()).isEqualTo(price.fee());
        assertThat(exempted.copay().scale()).isEqualTo(2);
    }
}
