package be.psygate.billing;

import be.psygate.identity.InsurerCode;
import be.psygate.identity.Required;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sessions the billing hospital invoices to one insurer (a national union of mutualities) in one sending:
 * one file in the insurer's format.
 *
 * <p>The lines are kept in <em>invoice order</em>, whatever the order they are given in: by mutuality, then
 * patient, then session date, then session id. Every format writes them in that order, so that a batch read
 * back from a file equals the batch that was written, and the same batch always gives the same file.
 *
 * @param batchNumber  the number of the sending, positive, unique per insurer
 * @param insurerId    the union code of the insurer, e.g. {@code 300}: a valid union digit followed by {@code 00}
 * @param serviceMonth the month the invoice is for
 * @param createdOn    the day the file is made
 * @param sender       the billing hospital
 * @param lines        the sessions invoiced: at least one, session ids unique, every mutuality of the
 *                     insurer's union
 * @param testMode     whether this is a test sending, which the insurer must not pay (eFact file version
 *                     {@code 9991999} instead of {@code 0001999})
 */
public record InvoiceBatch(
        long batchNumber,
        String insurerId,
        YearMonth serviceMonth,
        LocalDate createdOn,
        Sender sender,
        List<InvoiceLine> lines,
        boolean testMode) {

    /** The invoice order of the lines. */
    public static final Comparator<InvoiceLine> INVOICE_ORDER = Comparator
            .comparing((InvoiceLine line) -> line.mutuality().value())
            .thenComparing(line -> line.patient().value())
            .thenComparing(InvoiceLine::sessionDate)
            .thenComparingLong(InvoiceLine::sessionId);

    public InvoiceBatch {
        if (batchNumber <= 0) {
            throw new IllegalArgumentException("Batch number must be positive, got " + batchNumber);
        }
        Objects.requireNonNull(insurerId, "insurerId");
        if (!InsurerCode.isValid(insurerId) || !insurerId.endsWith("00")) {
            throw new IllegalArgumentException(
                    "Insurer id must be a union code (100, 200, ..., 600, 900), got " + insurerId);
        }
        Required.nonNull("serviceMonth, createdOn, sender, lines", serviceMonth, createdOn, sender, lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Batch " + batchNumber + " has no line");
        }
        int union = insurerId.charAt(0) - '0';
        Set<Long> sessionIds = new HashSet<>();
        for (InvoiceLine line : lines) {
            Objects.requireNonNull(line, "line");
            if (line.mutuality().union() != union) {
                throw new IllegalArgumentException("Batch " + batchNumber + " for insurer " + insurerId
                        + ": session " + line.sessionId() + " is for mutuality " + line.mutuality()
                        + " of another union");
            }
            if (!sessionIds.add(line.sessionId())) {
                throw new IllegalArgumentException(
                        "Batch " + batchNumber + ": session " + line.sessionId() + " appears twice");
            }
        }
        lines = lines.stream().sorted(INVOICE_ORDER).toList();
    }

    /** The sum of the insurer shares: what the insurer is asked to pay. */
    public BigDecimal totalInsurerShare() {
        return Amounts.sum(lines.stream().map(InvoiceLine::insurerShare).toList());
    }

    /** The sum of the copays the patients paid. */
    public BigDecimal totalCopay() {
        return Amounts.sum(lines.stream().map(InvoiceLine::copay).toList());
    }

    /** The sum of the fees; always {@link #totalInsurerShare()} + {@link #totalCopay()}. */
    public BigDecimal totalFee() {
        return Amounts.sum(lines.stream().map(InvoiceLine::fee).toList());
    }

    /** The same batch with another sender (e.g. the sender as a format that only knows ASCII writes it). */
    public InvoiceBatch withSender(Sender otherSender) {
        return new InvoiceBatch(batchNumber, insurerId, serviceMonth, createdOn, otherSender, lines, testMode);
    }
}
