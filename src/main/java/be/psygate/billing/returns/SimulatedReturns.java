package be.psygate.billing.returns;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.identity.InsurerCode;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes up what an insurer answers to an invoice batch, for the demo and the tests: a receipt, then a settlement
 * in which each session is accepted in full, paid in part or refused with a rejection code, as a
 * {@link ReturnProfile} says; or, when the profile asks, a refusal of the whole file. Pure: the same batch, profile,
 * days and random generator (seeded by the caller) always give the same answers.
 *
 * <p>The insurer's references are built from the insurer, the kind of answer and the batch number; the payment
 * reference of a mutuality from the insurer, the batch number and the mutuality ({@link #paymentReference}), so
 * that no two mutualities, batches or insurers share one.
 */
public final class SimulatedReturns {

    private static final long REFERENCE_BATCH_MODULUS = 1_000_000_000_000L;

    private final List<RejectionCode> lineCodes;
    private final List<RejectionCode> fileCodes;

    /** A simulator that refuses with the codes of {@code codes}. */
    public SimulatedReturns(RejectionCodes codes) {
        this.lineCodes = codes.lineCodes();
        this.fileCodes = codes.fileCodes();
    }

    /** A simulator that refuses with the codes of {@value RejectionCodes#RESOURCE}. */
    public static SimulatedReturns withCodesFromClasspath() {
        return new SimulatedReturns(RejectionCodes.fromClasspath());
    }

    /**
     * The answers the insurer sends for {@code batch}, in the order it sends them: a receipt on {@code receivedOn}
     * and a settlement on {@code settledOn}; or, when the profile refuses the whole file, only that refusal, on
     * {@code receivedOn}.
     */
    public List<InsurerReturn> answers(InvoiceBatch batch, ReturnProfile profile, LocalDate receivedOn,
                                       LocalDate settledOn, RandomGenerator random) {
        Objects.requireNonNull(profile, "profile");
        if (settledOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("a batch is settled on or after the day it is received");
        }
        if (profile.refuseWholeFile()) {
            return List.of(fileRefusal(batch, receivedOn, random));
        }
        return List.of(receipt(batch, receivedOn), settlement(batch, profile, settledOn, random));
    }

    /** The receipt (931000) of {@code batch}. */
    public InsurerReturn receipt(InvoiceBatch batch, LocalDate on) {
        return InsurerReturn.receipt(batch.insurerId(), batch.batchNumber(), batch.testMode(),
                insurerReference(batch, ReturnKind.RECEIPT), on);
    }

    /** A refusal (920999) of the whole file, for a reason drawn from the file codes. */
    public InsurerReturn fileRefusal(InvoiceBatch batch, LocalDate on, RandomGenerator random) {
        RejectionCode reason = fileCodes.get(random.nextInt(fileCodes.size()));
        return InsurerReturn.fileRefused(batch.insurerId(), batch.batchNumber(), batch.testMode(), reason.code(),
                insurerReference(batch, ReturnKind.FILE_REFUSED), on);
    }

    /**
     * The settlement (920900) of {@code batch}: for each session, in invoice order, one draw decides whether it is
     * refused (probability {@link ReturnProfile#refusedShare()}, with a code drawn from the line codes), paid in
     * part ({@link ReturnProfile#partialShare()}, {@link ReturnProfile#partialRatio()} of its insurer share) or paid
     * in full; per mutuality, the requested amount is the batch's, the accepted the sum of its sessions'.
     */
    public InsurerReturn settlement(InvoiceBatch batch, ReturnProfile profile, LocalDate on,
                                    RandomGenerator random) {
        List<ReturnLine> lines = new ArrayList<>();
        Map<InsurerCode, BigDecimal> requested = new LinkedHashMap<>();
        Map<InsurerCode, BigDecimal> accepted = new LinkedHashMap<>();
        for (InvoiceLine invoiced : batch.lines()) {
            ReturnLine line = answer(invoiced, profile, random);
            lines.add(line);
            requested.merge(invoiced.mutuality(), invoiced.insurerShare(), BigDecimal::add);
            accepted.merge(invoiced.mutuality(), line.accepted(), BigDecimal::add);
        }
        List<MutualitySettlement> settlements = new ArrayList<>();
        for (Map.Entry<InsurerCode, BigDecimal> mutuality : requested.entrySet()) {
            settlements.add(MutualitySettlement.of(mutuality.getKey(), mutuality.getValue(),
                    accepted.get(mutuality.getKey()),
                    paymentReference(batch.insurerId(), batch.batchNumber(), mutuality.getKey())));
        }
        return InsurerReturn.settlement(batch.insurerId(), batch.batchNumber(), batch.testMode(),
                insurerReference(batch, ReturnKind.SETTLEMENT), on, lines, settlements);
    }

    /**
     * The payment reference of a mutuality's settlement: {@code <insurer>-<batch number on 12 digits>-<mutuality>},
     * e.g. {@code 200-000000000042-228}; 20 characters for a batch number of up to 12 digits, 22 for 14.
     */
    public static String paymentReference(String insurerId, long batchNumber, InsurerCode mutuality) {
        return String.format(Locale.ROOT, "%s-%012d-%s", insurerId, batchNumber, mutuality.value());
    }

    private ReturnLine answer(InvoiceLine invoiced, ReturnProfile profile, RandomGenerator random) {
        double draw = random.nextDouble();
        if (draw < profile.refusedShare()) {
            RejectionCode reason = lineCodes.get(random.nextInt(lineCodes.size()));
            return ReturnLine.refused(invoiced.sessionId(), invoiced.lineRef(), invoiced.mutuality(),
                    reason.code(), reason.text());
        }
        BigDecimal paid = draw < profile.refusedShare() + profile.partialShare()
                ? Amounts.rounded(invoiced.insurerShare().multiply(profile.partialRatio()))
                : invoiced.insurerShare();
        return ReturnLine.accepted(invoiced.sessionId(), invoiced.lineRef(), invoiced.mutuality(), paid);
    }

    /**
     * The insurer's reference of an answer: the union's digit, the position of the kind of answer (1 to 5) and the
     * batch number on 12 digits; 14 digits, unique per insurer, batch and kind of answer.
     */
    private static String insurerReference(InvoiceBatch batch, ReturnKind kind) {
        return String.format(Locale.ROOT, "%c%d%012d", batch.insurerId().charAt(0), kind.ordinal() + 1,
                batch.batchNumber() % REFERENCE_BATCH_MODULUS);
    }
}
