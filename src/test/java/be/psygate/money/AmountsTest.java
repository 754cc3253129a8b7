package be.psygate.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({"77.10, 77.10", "77.1, 77.10", "77, 77.00", "0.05, 0.05", "-6.61, -6.61", "1234567.89, 1234567.89"})
    void readsAnAmountWithADotIntoScale2(String text, String expected) {
        BigDecimal amount = Amounts.parse(text);

        assertThat(amount.scale()).isEqualTo(2);
        assertThat(amount.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"77,10", "1,234.50", "1 234.50", "77.105", ".50", "77.", "+77.10", "1e3", "abc"})
    void refusesAnAmountNotWrittenWithADotAndAtMostTwoDecimals(String text) {
        assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTwoDecimalsWithADotAndNoThousandsSeparator() {
        assertThat(Amounts.format(new BigDecimal("1234567.8"))).isEqualTo("1234567.80");
        assertThat(Amounts.format(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Amounts.format(new BigDecimal("0.005"))).isEqualTo("0.01");
        assertThat(Amounts.format(new BigDecimal("-6.61"))).isEqualTo("-6.61");
    }

    @Test
    void roundsHalfUpToTheCent() {
        assertThat(Amounts.rounded(new BigDecimal("48.015"))).isEqualByComparingTo("48.02");
        assertThat(Amounts.rounded(new BigDecimal("48.0149"))).isEqualByComparingTo("48.01");
        assertThat(Amounts.rounded(new BigDecimal("-0.125"))).isEqualByComparingTo("-0.13");
    }

    @Test
    void refusesToMakeExactAnAmountWithAFractionOfACent() {
        assertThat(Amounts.exact(new BigDecimal("77.1")).toPlainString()).isEqualTo("77.10");
        assertThatThrownBy(() -> Amounts.exact(new BigDecimal("77.105")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsCentsBothWays() {
        assertThat(Amounts.ofCents(7710)).isEqualTo(new BigDecimal("77.10"));
        assertThat(Amounts.toCents(new BigDecimal("335.15"))).isEqualTo(33515L);
    }

    @Test
    void sumsToScale2() {
        assertThat(Amounts.sum(List.of(new BigDecimal("66.10"), new BigDecimal("11.00"))))
                .isEqualTo(new BigDecimal("77.10"));
        assertThat(Amounts.sum(List.of())).isEqualTo(new BigDecimal("0.00"));
    }
}
