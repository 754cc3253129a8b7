package be.psygate.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Pseudocode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TariffBookTest {

    private static final Pseudocode PRACTICE = Pseudocode.parse("792691");
    private static final Pseudocode NEW_CODE = Pseudocode.parse("791976");
    private static final LocalDate OCTOBER_2022 = LocalDate.of(2022, 10, 1);
    private static final LocalDate SEPTEMBER_2023 = LocalDate.of(2023, 9, 1);

    private final TariffBook book = TariffBook.of(
            version(SEPTEMBER_2023, individual(PRACTICE, "80.00", "69.00", "11.00"),
                    individual(NEW_CODE, "80.00", "80.00", "0.00")),
            version(OCTOBER_2022, individual(PRACTICE, "77.10", "66.10", "11.00")));

    @Test
    void pricesASessionWithTheVersionInForceOnItsSessionDate() {
        assertThat(book.find(PRACTICE, LocalDate.of(2023, 8, 31))).map(Tariff::fee)
                .contains(new BigDecimal("77.10"));
        assertThat(book.find(PRACTICE, SEPTEMBER_2023)).map(Tariff::fee).contains(new BigDecimal("80.00"));
        assertThat(book.find(PRACTICE, OCTOBER_2022)).map(Tariff::fee).contains(new BigDecimal("77.10"));
    }

    @Test
    void findsNoTariffBeforeTheFirstVersion() {
        assertThat(book.find(PRACTICE, LocalDate.of(2022, 9, 30))).isEmpty();
    }

    @Test
    void knowsACodeOfAnyVersionButFindsItOnlyWhereItIsInForce() {
        assertThat(book.knows(NEW_CODE)).isTrue();
        assertThat(book.find(NEW_CODE, LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(book.find(NEW_CODE, SEPTEMBER_2023)).isPresent();
        assertThat(book.knows(Pseudocode.parse("123456"))).isFalse();
    }

    @Test
    void listsVersionsOldestFirst() {
        assertThat(book.versions()).extracting(TariffVersion::validFrom).containsExactly(OCTOBER_2022, SEPTEMBER_2023);
    }

    @Test
    void refusesTwoVersionsStartingTheSameDay() {
        assertThatThrownBy(() -> TariffBook.of(version(OCTOBER_2022), version(OCTOBER_2022)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Tariff individual(Pseudocode code, String fee, String insurer, String copay) {
        return new Tariff(code, Care.SPPL, ServiceKind.INDIVIDUAL, false, "Individual session",
                new BigDecimal(fee), new BigDecimal(insurer), new BigDecimal(insurer), new BigDecimal(copay),
                new BigDecimal(copay));
    }

    private static TariffVersion version(LocalDate from, Tariff... tariffs) {
        Map<Pseudocode, Tariff> map = new HashMap<>();
        for (Tariff tariff : tariffs) {
            map.put(tariff.code(), tariff);
        }
        return new TariffVersion(from, map);
    }
}
