package be.psygate.billing.returns;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.TestBatches;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Insurer answers for the tests. {@link #sampleSettlement()} is the answer the files of {@code test-fixtures/returns/}
 * are rendered from: never change it without rendering them again.
 */
public final class TestReturns {

    /** The day the insurer received the sample batch. */
    public static final LocalDate RECEIVED = LocalDate.of(2025, 4, 4);
    /** The day the insurer settled it. */
    public static final LocalDate SETTLED = LocalDate.of(2025, 5, 6);

    private static final InsurerCode NEUTRAL_203 = InsurerCode.parse("203");
    private static final InsurerCode NEUTRAL_228 = InsurerCode.parse("228");

    private TestReturns() {
    }

    /**
     * The settlement of {@link TestBatches#sample()} (batch 42 to insurer 200, a test sending): in mutuality 228, a
     * session paid in full, a duplicate refused and a group participant paid at 75%; in mutuality 203, a group
     * participant paid in full and a session refused because insurability is not open.
     */
    public static InsurerReturn sampleSettlement() {
        List<ReturnLine> lines = List.of(
                ReturnLine.accepted(1001, LineRef.parse("2025-03-0001"), NEUTRAL_228, amount("73.10")),
                ReturnLine.refused(1002, LineRef.parse("2025-03-0002"), NEUTRAL_228, "D200010",
                        "Duplicate: the session was already invoiced"),
                ReturnLine.accepted(1003, LineRef.parse("2025-03-0003"), NEUTRAL_228, amount("60.96")),
                ReturnLine.accepted(1004, LineRef.parse("2025-03-0004"), NEUTRAL_203, amount("81.29")),
                ReturnLine.refused(1005, LineRef.parse("B-17/a"), NEUTRAL_203, "A100010",
                        "Insurability not open on the date of service"));
        List<MutualitySettlement> settlements = List.of(
                MutualitySettlement.of(NEUTRAL_228, amount("227.48"), amount("134.06"), "200-000000000042-228"),
                MutualitySettlement.of(NEUTRAL_203, amount("158.39"), amount("81.29"), "200-000000000042-203"));
        return InsurerReturn.settlement("200", 42, true, "25000000000042", SETTLED, lines, settlements);
    }

    /** One answer of every kind, and a settlement of {@link TestBatches#large()} with a credit line. */
    public static List<InsurerReturn> everyKind() {
        InvoiceBatch sample = TestBatches.sample();
        List<ReturnLine> errors = List.of(
                ReturnLine.refused(1002, LineRef.parse("2025-03-0002"), NEUTRAL_228, "D200010",
                        "Duplicate: the session was already invoiced"),
                ReturnLine.refused(1005, LineRef.parse("B-17/a"), NEUTRAL_203, "A100010",
                        "Insurability not open on the date of service"));
        SimulatedReturns simulator = SimulatedReturns.withCodesFromClasspath();
        return List.of(
                simulator.receipt(sample, RECEIVED),
                InsurerReturn.fileRefused("200", 42, true, "30", "22000000000042", RECEIVED),
                InsurerReturn.rejected("200", 42, true, RefusalType.BLOCKING, "23000000000042", RECEIVED, errors),
                InsurerReturn.rejected("200", 42, false, RefusalType.OVER_5_PERCENT, "23000000000043", RECEIVED,
                        errors),
                InsurerReturn.provisionalErrors("200", 42, true, "24000000000042", RECEIVED, errors),
                sampleSettlement(),
                simulator.settlement(TestBatches.large(),
                        new ReturnProfile(0.2, 0.3, new BigDecimal("0.80"), false), SETTLED, new Random(7)));
    }

    public static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
