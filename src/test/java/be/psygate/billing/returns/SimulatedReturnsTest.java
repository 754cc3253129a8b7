package be.psygate.billing.returns;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.identity.InsurerCode;
import be.psygate.money.Amounts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static be.psygate.billing.returns.TestReturns.RECEIVED;
import static be.psygate.billing.returns.TestReturns.SETTLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimulatedReturnsTest {

    private static final ReturnProfile MIXED = new ReturnProfile(0.10, 0.20, new BigDecimal("0.75"), false);

    private final SimulatedReturns simulator = SimulatedReturns.withCodesFromClasspath();

    @Test
    void aBatchIsAnsweredWithAReceiptThenASettlement() {
        InvoiceBatch batch = TestBatches.sample();

        List<InsurerReturn> answers = simulator.answers(batch, MIXED, RECEIVED, SETTLED, new Random(1));

        assertThat(answers).extracting(InsurerReturn::kind)
                .containsExactly(ReturnKind.RECEIPT, ReturnKind.SETTLEMENT);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.insurerId()).isEqualTo("200");
            assertThat(answer.batchNumber()).isEqualTo(42);
            assertThat(answer.testMode()).isTrue();
        });
        assertThat(answers.get(0).date()).isEqualTo(RECEIVED);
        assertThat(answers.get(1).date()).isEqualTo(SETTLED);
        assertThat(answers).extracting(InsurerReturn::insurerReference).doesNotHaveDuplicates();
        assertThat(answers.get(1).lines()).extracting(ReturnLine::sessionId)
                .containsExactlyInAnyOrderElementsOf(batch.lines().stream().map(InvoiceLine::sessionId).toList());
    }

    @Test
    void theSameSeedGivesTheSameAnswersAndAnotherSeedOtherOnes() {
        InvoiceBatch batch = bigBatch(2_000);

        List<InsurerReturn> first = simulator.answers(batch, MIXED, RECEIVED, SETTLED, new SplittableRandom(42));
        List<InsurerReturn> again = simulator.answers(batch, MIXED, RECEIVED, SETTLED, new SplittableRandom(42));
        List<InsurerReturn> other = simulator.answers(batch, MIXED, RECEIVED, SETTLED, new SplittableRandom(43));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(simulator.settlement(batch, MIXED, SETTLED, new Random(5)))
                .isEqualTo(simulator.settlement(batch, MIXED, SETTLED, new Random(5)));
    }

    @Test
    void onALargeBatchTheSharesOfRefusedAndPartialSessionsAreRoughlyHonoured() {
        InvoiceBatch batch = bigBatch(20_000);
        Map<Long, InvoiceLine> invoiced = batch.lines().stream()
                .collect(Collectors.toMap(InvoiceLine::sessionId, Function.identity()));

        InsurerReturn settlement = simulator.settlement(batch, MIXED, SETTLED, new SplittableRandom(2025));

        long refused = settlement.lines().stream().filter(ReturnLine::isRefused).count();
        long partial = settlement.lines().stream()
                .filter(line -> !line.isRefused())
                .filter(line -> line.accepted().compareTo(invoiced.get(line.sessionId()).insurerShare()) != 0)
                .peek(line -> assertThat(line.accepted()).isEqualTo(Amounts.rounded(
                        invoiced.get(line.sessionId()).insurerShare().multiply(new BigDecimal("0.75")))))
                .count();
        double lines = batch.lines().size();
        assertThat(refused / lines).isCloseTo(0.10, within(0.01));
        assertThat(partial / lines).isCloseTo(0.20, within(0.01));
        assertThat(settlement.lines().stream().filter(ReturnLine::isRefused).map(ReturnLine::errorCode)
                .collect(Collectors.toSet())).hasSize(RejectionCodes.fromClasspath().lineCodes().size());
    }

    @Test
    void perMutualityTheTotalsAreTheBatchsAndTheSessionsToTheCent() {
        InvoiceBatch batch = TestBatches.large();

        InsurerReturn settlement = simulator.settlement(batch, MIXED, SETTLED, new Random(11));

        assertThat(settlement.settlements()).hasSize(3);
        for (MutualitySettlement mutuality : settlement.settlements()) {
            BigDecimal requested = Amounts.sum(batch.lines().stream()
                    .filter(line -> line.mutuality().equals(mutuality.mutuality()))
                    .map(InvoiceLine::insurerShare).toList());
            BigDecimal accepted = Amounts.sum(settlement.lines().stream()
                    .filter(line -> line.mutuality().equals(mutuality.mutuality()))
                    .map(ReturnLine::accepted).toList());
            assertThat(mutuality.requested()).isEqualTo(requested);
            assertThat(mutuality.accepted()).isEqualTo(accepted);
            assertThat(mutuality.refused()).isEqualTo(requested.subtract(accepted));
            assertThat(mutuality.accepted().scale()).isEqualTo(2);
        }
    }

    @Test
    void paymentReferencesAreUniqueAcrossMutualitiesBatchesAndInsurers() {
        InsurerReturn large = simulator.settlement(TestBatches.large(), MIXED, SETTLED, new Random(3));
        InsurerReturn sample = simulator.settlement(TestBatches.sample(), MIXED, SETTLED, new Random(3));

        List<String> references = new ArrayList<>();
        large.settlements().forEach(s -> references.add(s.paymentReference()));
        sample.settlements().forEach(s -> references.add(s.paymentReference()));

        assertThat(references).hasSize(5).doesNotHaveDuplicates()
                .contains("100-000007123456-101", "200-000000000042-203", "200-000000000042-228");
        assertThat(SimulatedReturns.paymentReference("200", 99_999_999_999_999L,
                InsurerCode.parse("228"))).hasSize(MutualitySettlement.MAX_REFERENCE_LENGTH);
    }

    @Test
    void aWholeFileRefusalIsProducedWhenAsked() {
        InvoiceBatch batch = TestBatches.sample();

        List<InsurerReturn> answers = simulator.answers(batch, ReturnProfile.wholeFileRefused(), RECEIVED, SETTLED,
                new Random(9));

        assertThat(answers).hasSize(1);
        InsurerReturn refusal = answers.get(0);
        assertThat(refusal.kind()).isEqualTo(ReturnKind.FILE_REFUSED);
        assertThat(refusal.date()).isEqualTo(RECEIVED);
        assertThat(refusal.lines()).isEmpty();
        assertThat(refusal.settlements()).isEmpty();
        assertThat(RejectionCodes.fromClasspath().byCode(refusal.fileRefusalCode())).get()
                .extracting(RejectionCode::scope).isEqualTo(RejectionCode.Scope.FILE);
    }

    @Test
    void withoutRefusalsOrPartialsEverythingRequestedIsAccepted() {
        InsurerReturn settlement = simulator.settlement(TestBatches.large(), ReturnProfile.ALL_ACCEPTED, SETTLED,
                new Random(1));

        assertThat(settlement.lines()).noneMatch(ReturnLine::isRefused);
        assertThat(settlement.settlements()).allSatisfy(s -> assertThat(s.refused()).isEqualTo(Amounts.ZERO));
        assertThat(settlement.totalAccepted()).isEqualTo(TestBatches.large().totalInsurerShare());
    }

    @Test
    void aProfileIsValidated() {
        BigDecimal half = new BigDecimal("0.5");
        assertThatThrownBy(() -> new ReturnProfile(-0.1, 0, half, false)).hasMessageContaining("refusedShare");
        assertThatThrownBy(() -> new ReturnProfile(0, Double.NaN, half, false)).hasMessageContaining("partialShare");
        assertThatThrownBy(() -> new ReturnProfile(0.6, 0.5, half, false)).hasMessageContaining("at most 1");
        assertThatThrownBy(() -> new ReturnProfile(0, 0, BigDecimal.ONE, false)).hasMessageContaining("less than 1");
        assertThatThrownBy(() -> new ReturnProfile(0, 0, BigDecimal.ZERO, false)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> simulator.answers(TestBatches.sample(), MIXED, SETTLED, RECEIVED, new Random(1)))
                .hasMessageContaining("on or after");
    }

    /** A batch of {@code size} sessions of the union 100, spread over three mutualities, for the statistics. */
    private static InvoiceBatch bigBatch(int size) {
        InvoiceBatch large = TestBatches.large();
        List<InvoiceLine> template = large.lines();
        List<InvoiceLine> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            InvoiceLine t = template.get(i % template.size());
            lines.add(new InvoiceLine(10_000L + i, t.lineRef(), t.psychologist(), t.patient(), t.mutuality(),
                    LocalDate.of(2025, 3, 1 + i % 28), t.pseudocode(), t.fee(), t.insurerShare(), t.copay(),
                    t.groupParticipants(), t.referralDate(), t.prescriber()));
        }
        return TestBatches.withLines(large, lines);
    }
}
