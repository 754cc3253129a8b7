package be.psygate.rules;

import static be.psygate.rules.LineBuilder.Field.PATIENT_NISS;
import static be.psygate.rules.LineBuilder.Field.PREFERENTIAL_REGIME;
import static be.psygate.rules.LineBuilder.Field.PSEUDOCODE;
import static be.psygate.rules.LineBuilder.Field.SESSION_DATE;
import static be.psygate.rules.LineBuilder.groupLine;
import static be.psygate.rules.LineBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

import be.psygate.identity.TestIds;
import be.psygate.tariff.Price;
import be.psygate.tariff.TariffBook;
import be.psygate.tariff.TariffCsv;
import be.psygate.tariff.TariffVersion;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pricing with the copay exemptions of the 2021 rule set: no copay for a patient aged up to and including 23 from
 * 2024-02-01, none for the CLB/CPMS codes "sans intervention personnelle" from 2023-09-01. The insurer then pays the
 * whole fee.
 */
class CopayExemptionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final PracticeContext NO_DEADLINE =
            ConventionRulesTest.context(NetworkPublic.ADULTS, "2022-01-01", null, null);

    @ParameterizedTest(name = "born {0}, regime {1}, {2}, {3}: {4} = {5} + {6}")
    @CsvSource({
        // 22 years old from the first day of the exemption on: no copay, the insurer pays 77.10
        "010202, N, 2024-02-01, 792691, 77.10, 77.10, 0.00, 69.39",
        "010202, Y, 2024-02-01, 792691, 77.10, 77.10, 0.00, 69.39",
        // the day before: the copay of the tariff (11.00, or 4.00 with the preferential regime)
        "010202, N, 2024-01-31, 792691, 77.10, 66.10, 11.00, 59.49",
        "010202, Y, 2024-01-31, 792691, 77.10, 73.10, 4.00, 65.79",
        // 23 on the session date ("jusqu'à 23 ans inclus"): still exempted, with either regime
        "010201, N, 2024-02-01, 792691, 77.10, 77.10, 0.00, 69.39",
        "010201, Y, 2024-02-01, 792691, 77.10, 77.10, 0.00, 69.39",
        // born 2001-02-02: 23 until the eve of the 24th birthday, 2025-02-01 included
        "010202, N, 2025-02-01, 792691, 77.10, 77.10, 0.00, 69.39",
        // from the 24th birthday on, the ordinary or preferential copay is due again
        "010202, N, 2025-02-02, 792691, 77.10, 66.10, 11.00, 59.49",
        "010202, Y, 2025-02-02, 792691, 77.10, 73.10, 4.00, 65.79",
        // 24 already on the first day of the exemption
        "000131, N, 2024-02-01, 792691, 77.10, 66.10, 11.00, 59.49",
        // 16 years old, specialised care, video consultation
        "090101, N, 2025-03-15, 792912, 77.10, 77.10, 0.00, 69.39",
        // a first session has no copay anyway
        "010202, N, 2024-02-01, 792632, 77.10, 77.10, 0.00, 69.39",
        // an adult
        "850730, N, 2025-03-15, 792691, 77.10, 66.10, 11.00, 59.49"})
    void takesTheCopayAwayForAPatientAgedUpToAndIncluding23From2024_02_01(String birth, String regime, String date,
            String pseudocode, String fee, String insurer, String copay, String tranche1) {
        String patient = TestIds.niss(birth, 17, !birth.startsWith("85"));

        Verdict verdict = validator(ConventionRulesTest.TARIFFS)
                .check(line().with(PATIENT_NISS, patient).with(PREFERENTIAL_REGIME, regime).with(SESSION_DATE, date)
                        .with(PSEUDOCODE, pseudocode).build());

        assertThat(verdict.price()).isEqualTo(price(fee, insurer, copay, tranche1));
    }

    @Test
    void keepsTheCopayWhenTheBirthDateIsUnknown() {
        String unknownBirth = TestIds.niss("100000", 3, true);

        Verdict verdict = validator(ConventionRulesTest.TARIFFS)
                .check(line().with(PATIENT_NISS, unknownBirth).with(SESSION_DATE, "2025-03-15").build());

        assertThat(verdict.price().copay()).isEqualByComparingTo("11.00");
    }

    @Test
    void movesTheCopayOfAYoungGroupParticipantToTheInsurerAndKeepsTheGroupFee() {
        ListValidator validator = validator(ConventionRulesTest.TARIFFS);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // the third participant is 20 on the session date
            String patient = i == 2 ? TestIds.niss("050101", 10 + i, true) : TestIds.niss("900101", 10 + i, false);
            verdicts.add(validator.check(groupLine("792514", 6).with(PATIENT_NISS, patient)
                    .with(SESSION_DATE, "2025-03-14").build()));
        }

        // group of 6 at 335.15: 53.35 + 2.50 for the first participant, 53.36 + 2.50 for the others
        assertThat(verdicts.get(0).price()).isEqualTo(price("55.85", "53.35", "2.50", "48.02"));
        assertThat(verdicts.get(2).price()).isEqualTo(price("55.86", "55.86", "0.00", "50.27"));
        assertThat(verdicts.stream().map(v -> v.price().fee()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("335.15");
        assertThat(verdicts.stream().map(v -> v.price().copay()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("12.50");
    }

    @Test
    void refusesACodeWithoutPersonalContributionForLackOfATariffInTheSeeds() {
        Verdict clb = validator(ConventionRulesTest.TARIFFS)
                .check(line().with(SESSION_DATE, "2025-03-15").with(PSEUDOCODE, "791976").build());
        Verdict unknown = validator(ConventionRulesTest.TARIFFS)
                .check(line().with(SESSION_DATE, "2025-03-15").with(PSEUDOCODE, "791977").build());

        // a code of the convention (INAMI letter Psy-Ort/2023/006 of 2023-09-28, annex 1) that no tariff version lists: no tariff, not "unknown"
        assertThat(clb.reason()).isEqualTo(ReasonCode.NO_TARIFF_ON_DATE);
        assertThat(clb.args()).containsExactly("791976", "2025-03-15");
        assertThat(unknown.reason()).isEqualTo(ReasonCode.PSEUDOCODE_UNKNOWN);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} = {3} + {4}")
    @CsvSource({
        // the exemption starts with sessions of 2023-09-01 (INAMI letter Psy-Ort/2023/006 of 2023-09-28, article 4)
        "791976, 2023-08-31, 77.10, 66.10, 11.00",
        "791976, 2023-09-01, 77.10, 77.10, 0.00",
        "792013, 2024-05-02, 77.10, 77.10, 0.00",
        // a code not in the list keeps its copay
        "792691, 2023-09-01, 77.10, 66.10, 11.00"})
    void takesTheCopayAwayForTheClbCodesOnceATariffListsThem(String pseudocode, String date, String fee,
            String insurer, String copay) {
        // a made-up tariff version listing two of the codes with the ordinary copay, to show that the exemption,
        // not the tariff, decides the copay
        String csv = TariffCsv.HEADER + "\n"
                + "791976;SPPL;individual;no;CLB individual session;77.10;73.10;66.10;4.00;11.00\n"
                + "792013;SPS;individual;no;CLB individual session;77.10;73.10;66.10;4.00;11.00\n"
                + "792691;SPPL;individual;no;Individual session;77.10;73.10;66.10;4.00;11.00\n";
        List<TariffVersion> versions = new ArrayList<>(ConventionRulesTest.TARIFFS.versions());
        versions.add(TariffCsv.read(LocalDate.of(2023, 1, 1), new StringReader(csv)));

        Verdict verdict = validator(new TariffBook(versions))
                .check(line().with(SESSION_DATE, date).with(PSEUDOCODE, pseudocode).build());

        assertThat(verdict.price().fee()).isEqualByComparingTo(fee);
        assertThat(verdict.price().insurerShare()).isEqualByComparingTo(insurer);
        assertThat(verdict.price().copay()).isEqualByComparingTo(copay);
    }

    private static ListValidator validator(TariffBook tariffs) {
        return new ListValidator(tariffs, ConventionRulesTest.RULES, NO_DEADLINE, TODAY);
    }

    private static Price price(String fee, String insurer, String copay, String tranche1) {
        return new Price(new BigDecimal(fee), new BigDecimal(insurer), new BigDecimal(copay), new BigDecimal(tranche1));
    }
}
