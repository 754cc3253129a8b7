package be.psygate.billing.returns;

import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static be.psygate.billing.returns.TestReturns.SETTLED;
import static be.psygate.billing.returns.TestReturns.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsurerReturnTest {

    private static final InsurerCode M203 = InsurerCode.parse("203");
    private static final InsurerCode M228 = InsurerCode.parse("228");

    private final InsurerReturn sample = TestReturns.sampleSettlement();

    @Test
    void sessionsComeInAnswerOrderAndSettlementsByMutualityWhateverTheOrderGiven() {
        List<ReturnLine> lines = new ArrayList<>(sample.lines());
        Collections.reverse(lines);
        List<MutualitySettlement> settlements = new ArrayList<>(sample.settlements());
        Collections.reverse(settlements);

        InsurerReturn shuffled = settlement(lines, settlements);

        assertThat(shuffled).isEqualTo(sample);
        assertThat(shuffled.lines()).extracting(ReturnLine::sessionId).containsExactly(1004L, 1005L, 1001L, 1002L,
                1003L);
        assertThat(shuffled.settlements()).extracting(s -> s.mutuality().value()).containsExactly("203", "228");
    }

    @Test
    void eachMutualityAcceptsTheSumOfItsSessionsToTheCent() {
        for (MutualitySettlement settlement : sample.settlements()) {
            BigDecimal sessions = sample.lines().stream()
                    .filter(line -> line.mutuality().equals(settlement.mutuality()))
                    .map(ReturnLine::accepted).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(settlement.accepted()).isEqualTo(sessions);
            assertThat(settlement.accepted().add(settlement.refused())).isEqualTo(settlement.requested());
        }
        assertThat(sample.totalAccepted()).hasToString("215.35");
        assertThat(sample.settlementOf(M228)).get().extracting(MutualitySettlement::refused)
                .hasToString("93.42");
    }

    @Test
    void aSettlementWhoseAcceptedAmountIsNotTheSumOfItsSessionsIsRefused() {
        List<MutualitySettlement> settlements = List.of(sample.settlements().get(0),
                MutualitySettlement.of(M228, amount("227.48"), amount("134.07"), "200-000000000042-228"));

        assertThatThrownBy(() -> settlement(sample.lines(), settlements))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mutuality 228 accepts 134.07 but its sessions add up to 134.06");
    }

    @Test
    void everyMutualityOfTheSessionsIsSettledOnceAndNoOther() {
        assertThatThrownBy(() -> settlement(sample.lines(), sample.settlements().subList(0, 1)))
                .hasMessageContaining("mutuality 228 has sessions but no settlement");
        List<MutualitySettlement> twice = List.of(sample.settlements().get(0), sample.settlements().get(1),
                MutualitySettlement.of(M228, amount("227.48"), amount("134.06"), "other"));
        assertThatThrownBy(() -> settlement(sample.lines(), twice)).hasMessageContaining("settled twice");
        List<MutualitySettlement> stranger = new ArrayList<>(sample.settlements());
        stranger.add(MutualitySettlement.of(InsurerCode.parse("216"), amount("1.00"), amount("0.00"), "x"));
        assertThatThrownBy(() -> settlement(sample.lines(), stranger))
                .hasMessageContaining("mutuality 216 is settled but none of its sessions is listed");
    }

    @Test
    void paymentReferencesAreUniqueWithinAnAnswer() {
        List<MutualitySettlement> shared = List.of(
                MutualitySettlement.of(M203, amount("158.39"), amount("81.29"), "SAME-REF"),
                MutualitySettlement.of(M228, amount("227.48"), amount("134.06"), "SAME-REF"));

        assertThatThrownBy(() -> settlement(sample.lines(), shared))
                .hasMessageContaining("payment reference of mutuality 228 is also another mutuality's");
    }

    @Test
    void whatEachKindHoldsIsChecked() {
        List<ReturnLine> errors = sample.lines().stream().filter(ReturnLine::isRefused).toList();

        assertThatThrownBy(() -> new InsurerReturn("200", 42, true, ReturnKind.RECEIPT, null, null, "1", SETTLED,
                errors, List.of())).hasMessageContaining("lists sessions, which this kind of answer does not");
        assertThatThrownBy(() -> new InsurerReturn("200", 42, true, ReturnKind.REJECTED, null, null, "1", SETTLED,
                errors, List.of())).hasMessageContaining("a refusal type belongs to a rejection");
        assertThatThrownBy(() -> new InsurerReturn("200", 42, true, ReturnKind.SETTLEMENT, RefusalType.BLOCKING,
                null, "1", SETTLED, sample.lines(), sample.settlements()))
                .hasMessageContaining("a refusal type belongs to a rejection");
        assertThatThrownBy(() -> InsurerReturn.fileRefused("200", 42, true, null, "1", SETTLED))
                .hasMessageContaining("a file refusal code belongs to a file refusal");
        assertThatThrownBy(() -> InsurerReturn.fileRefused("200", 42, true, "00", "1", SETTLED))
                .hasMessageContaining("two digits, 01 to 99");
        assertThatThrownBy(() -> InsurerReturn.provisionalErrors("200", 42, true, "1", SETTLED, sample.lines()))
                .hasMessageContaining("session 1004 has no rejection code");
        assertThatThrownBy(() -> InsurerReturn.rejected("200", 42, true, RefusalType.OVER_5_PERCENT, "1", SETTLED,
                List.of())).hasMessageContaining("lists no session");
        assertThatThrownBy(() -> new InsurerReturn("200", 42, true, ReturnKind.PROVISIONAL_ERRORS, null, null, "1",
                SETTLED, errors, sample.settlements())).hasMessageContaining("only a settlement does");
    }

    @Test
    void identifiersAreValidated() {
        assertThatThrownBy(() -> InsurerReturn.receipt("228", 42, true, "1", SETTLED))
                .hasMessageContaining("union code");
        assertThatThrownBy(() -> InsurerReturn.receipt("200", 0, true, "1", SETTLED))
                .hasMessageContaining("Batch number must be positive");
        assertThatThrownBy(() -> InsurerReturn.receipt("200", 42, true, "012", SETTLED))
                .hasMessageContaining("1 to 14 digits, not starting with 0");
        assertThatThrownBy(() -> InsurerReturn.receipt("200", 42, true, "123456789012345", SETTLED))
                .hasMessageContaining("1 to 14 digits");
        List<ReturnLine> otherUnion = List.of(ReturnLine.refused(1, LineRef.parse("x"), InsurerCode.parse("319"),
                "A100010", "Insurability not open"));
        assertThatThrownBy(() -> InsurerReturn.provisionalErrors("200", 42, true, "1", SETTLED, otherUnion))
                .hasMessageContaining("session 1 is for mutuality 319 of another union");
        List<ReturnLine> twice = List.of(sample.lines().get(1), sample.lines().get(1));
        assertThatThrownBy(() -> InsurerReturn.provisionalErrors("200", 42, true, "1", SETTLED, twice))
                .hasMessageContaining("session 1005 appears twice");
    }

    @Test
    void aLineIsAcceptedWithAnAmountOrRefusedWithACodeAndAText() {
        LineRef ref = LineRef.parse("r-1");

        assertThat(ReturnLine.refused(1, ref, M203, "A100010", "  Not open  ").errorText()).isEqualTo("Not open");
        assertThat(ReturnLine.refused(1, ref, M203, "A100010", "Not open").accepted()).hasToString("0.00");
        assertThat(ReturnLine.accepted(1, ref, M203, new BigDecimal("7.1")).accepted()).hasToString("7.10");
        assertThatThrownBy(() -> new ReturnLine(1, ref, M203, amount("1.00"), "A100010", "Not open"))
                .hasMessageContaining("is refused (A100010) but 1.00 is accepted");
        assertThatThrownBy(() -> new ReturnLine(1, ref, M203, amount("0.00"), "A100010", null))
                .hasMessageContaining("both a code and a text");
        assertThatThrownBy(() -> ReturnLine.refused(1, ref, M203, "100010", "Not open"))
                .hasMessageContaining("a letter and six digits");
        assertThatThrownBy(() -> ReturnLine.refused(1, ref, M203, "A100010", "a;b"))
                .hasMessageContaining("';' or control characters");
        assertThatThrownBy(() -> ReturnLine.refused(1, ref, M203, "A100010", "x".repeat(201)))
                .hasMessageContaining("1 to 200 characters");
        assertThatThrownBy(() -> ReturnLine.accepted(1, ref, M203, new BigDecimal("1.005")))
                .hasMessageContaining("fraction of a cent");
    }

    @Test
    void aSettlementAddsUpAndCarriesAPaymentReferenceABankCanMatch() {
        MutualitySettlement settlement = MutualitySettlement.of(M203, amount("10.00"), amount("7.50"), " P-1 ");

        assertThat(settlement.refused()).hasToString("2.50");
        assertThat(settlement.paymentReference()).isEqualTo("P-1");
        assertThatThrownBy(() -> new MutualitySettlement(M203, amount("10.00"), amount("7.50"), amount("2.49"), "P"))
                .hasMessageContaining("accepted 7.50 + refused 2.49 is not the requested 10.00");
        assertThatThrownBy(() -> MutualitySettlement.of(M203, amount("1.00"), amount("1.00"), "x".repeat(23)))
                .hasMessageContaining("1 to 22 characters");
        assertThatThrownBy(() -> MutualitySettlement.of(M203, amount("1.00"), amount("1.00"), "Réf"))
                .hasMessageContaining("printable ASCII");
    }

    @Test
    void kindsAndRefusalTypesCarryTheirEfactCodes() {
        assertThat(ReturnKind.ofMessageType("920900")).isEqualTo(ReturnKind.SETTLEMENT);
        assertThat(ReturnKind.ofMessageType("931000")).isEqualTo(ReturnKind.RECEIPT);
        assertThat(ReturnKind.REJECTED.messageType()).isEqualTo("920099");
        assertThat(ReturnKind.PROVISIONAL_ERRORS.messageType()).isEqualTo("920098");
        assertThat(ReturnKind.FILE_REFUSED.messageType()).isEqualTo("920999");
        assertThatThrownBy(() -> ReturnKind.ofMessageType("920000")).hasMessageContaining("is not one of");
        assertThat(RefusalType.ofCode("02")).isEqualTo(RefusalType.OVER_5_PERCENT);
        assertThat(RefusalType.BLOCKING.code()).isEqualTo("01");
        assertThatThrownBy(() -> RefusalType.ofCode("03")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InsurerReturn settlement(List<ReturnLine> lines, List<MutualitySettlement> settlements) {
        return InsurerReturn.settlement("200", 42, true, "25000000000042", SETTLED, lines, settlements);
    }
}
