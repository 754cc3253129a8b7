package be.psygate.money.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.identity.Inami;
import be.psygate.identity.TestIds;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentPlannerTest {

    private static final Inami PRACTICE_A = Inami.parse(TestIds.inami("123456", "790"));
    private static final Inami PRACTICE_B = Inami.parse(TestIds.inami("234567", "790"));
    private static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);

    private final PaymentPlanner planner = new PaymentPlanner();

    @Test
    void paysEachPracticeTheNetOfItsEntriesDueOnThePaymentDate() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        Entry tranche2 = entry(2, 2, EntryKind.TRANCHE_2, "6.61", "2023-03-01");
        Entry clawback = entry(3, 2, EntryKind.CLAWBACK, "-9.49", "2023-02-20");
        Entry notYetDue = entry(4, 1, EntryKind.TRANCHE_1, "65.79", "2023-03-02");

        PaymentPlan plan = planner.plan(Map.of(PRACTICE_A, List.of(notYetDue, tranche2, clawback, tranche1)), MARCH_1);

        assertThat(plan.paymentDate()).isEqualTo(MARCH_1);
        assertThat(plan.transfers()).containsExactly(
                new Transfer(PRACTICE_A, new BigDecimal("56.61"), List.of(tranche1, clawback, tranche2)));
        assertThat(plan.carriedForward()).isEmpty();
    }

    @Test
    void carriesANegativeBalanceForwardWithoutTransferAndSettlesItWithTheNextPayment() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        PaymentPlan february = planner.plan(Map.of(PRACTICE_A, List.of(tranche1)), LocalDate.of(2023, 2, 15));
        assertThat(february.transfers()).extracting(Transfer::amount).containsExactly(new BigDecimal("59.49"));

        Entry clawback = entry(1, 2, EntryKind.CLAWBACK, "-59.49", "2023-04-10");
        Entry otherTranche1 = entry(2, 1, EntryKind.TRANCHE_1, "41.64", "2023-05-15");
        PaymentPlan april = planner.plan(Map.of(PRACTICE_A, List.of(clawback, otherTranche1)),
                LocalDate.of(2023, 4, 15));
        assertThat(april.transfers()).isEmpty();
        assertThat(april.carriedForward()).containsExactly(Map.entry(PRACTICE_A, new BigDecimal("-59.49")));

        Entry thirdTranche1 = entry(3, 1, EntryKind.TRANCHE_1, "69.39", "2023-05-15");
        PaymentPlan may = planner.plan(Map.of(PRACTICE_A, List.of(clawback, otherTranche1, thirdTranche1)),
                LocalDate.of(2023, 5, 15));
        assertThat(may.transfers()).containsExactly(new Transfer(PRACTICE_A, new BigDecimal("51.54"),
                List.of(clawback, otherTranche1, thirdTranche1)));
        assertThat(may.carriedForward()).isEmpty();
    }

    @Test
    void makesNoTransferForANetOfZero() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        Entry clawback = entry(1, 2, EntryKind.CLAWBACK, "-59.49", "2023-02-20");

        PaymentPlan plan = planner.plan(Map.of(PRACTICE_A, List.of(tranche1, clawback)), MARCH_1);

        assertThat(plan.transfers()).isEmpty();
        assertThat(plan.carriedForward()).containsExactly(Map.entry(PRACTICE_A, new BigDecimal("0.00")));
    }

    @Test
    void leavesOutAPracticeWithNothingDue() {
        Entry notYetDue = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-03-15");
        Entry laterClawback = entry(2, 2, EntryKind.CLAWBACK, "-59.49", "2023-03-15");

        PaymentPlan plan = planner.plan(Map.of(PRACTICE_A, List.of(notYetDue, laterClawback), PRACTICE_B, List.of()),
                MARCH_1);

        assertThat(plan.transfers()).isEmpty();
        assertThat(plan.carriedForward()).isEmpty();
    }

    @Test
    void ordersPracticesByInamiNumber() {
        Map<Inami, List<Entry>> unpaid = new LinkedHashMap<>();
        unpaid.put(PRACTICE_B, List.of(entry(2, 1, EntryKind.TRANCHE_1, "65.79", "2023-02-15")));
        unpaid.put(PRACTICE_A, List.of(entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15")));

        PaymentPlan plan = planner.plan(unpaid, MARCH_1);

        assertThat(plan.transfers()).extracting(Transfer::practiceInami).containsExactly(PRACTICE_A, PRACTICE_B);
        assertThat(plan.paidEntries()).extracting(Entry::sessionId).containsExactly(1L, 2L);
    }

    @Test
    void refusesAnEntryGivenTwice() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        List<Entry> twice = new ArrayList<>(List.of(tranche1, tranche1));

        assertThatThrownBy(() -> planner.plan(Map.of(PRACTICE_A, twice), MARCH_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> planner.plan(Map.of(PRACTICE_A, List.of(tranche1), PRACTICE_B, List.of(tranche1)),
                MARCH_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASessionUnderTwoPractices() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        Entry tranche2 = entry(1, 2, EntryKind.TRANCHE_2, "6.61", "2023-02-20");

        assertThatThrownBy(() -> planner.plan(Map.of(PRACTICE_A, List.of(tranche1), PRACTICE_B, List.of(tranche2)),
                MARCH_1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("under practices");
    }

    @Test
    void refusesATransferThatIsNotTheSumOfItsEntriesOrNotPositive() {
        Entry tranche1 = entry(1, 1, EntryKind.TRANCHE_1, "59.49", "2023-02-15");
        Entry clawback = entry(1, 2, EntryKind.CLAWBACK, "-59.49", "2023-02-20");

        assertThatThrownBy(() -> new Transfer(PRACTICE_A, new BigDecimal("59.50"), List.of(tranche1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transfer(PRACTICE_A, new BigDecimal("0.00"), List.of(tranche1, clawback)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Entry entry(long session, int number, EntryKind kind, String amount, String due) {
        return new Entry(session, number, kind, new BigDecimal(amount), LocalDate.parse(due));
    }
}
