package be.psygate.payments.sepa;

import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A batch of SEPA credit transfers from one account on one execution date: one pain.001 message. The message id
 * (1 to 35 characters of the SEPA Latin set) must be unique for the debtor's bank; the creation time is kept to the
 * second. There is at least one transfer and no two share an end-to-end id. {@code batchBooking} asks the bank for
 * one debit for the whole batch ({@code true}) or one per transfer ({@code false}).
 */
public record CreditTransferBatch(String messageId, LocalDateTime created, Debtor debtor, LocalDate executionDate,
                                  List<CreditTransfer> transfers, boolean batchBooking) {

    /** A batch booked as one debit. */
    public CreditTransferBatch(String messageId, LocalDateTime created, Debtor debtor, LocalDate executionDate,
                               List<CreditTransfer> transfers) {
        this(messageId, created, debtor, executionDate, transfers, true);
    }

    public CreditTransferBatch {
        SepaText.requireIdentifier("the message id", messageId);
        Objects.requireNonNull(created, "the creation time of the batch is missing");
        created = created.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(debtor, "the debtor of the batch is missing");
        Objects.requireNonNull(executionDate, "the execution date of the batch is missing");
        if (transfers == null || transfers.isEmpty()) {
            throw new IllegalArgumentException("batch " + messageId + " has no transfer");
        }
        transfers = List.copyOf(transfers);
        Set<String> endToEndIds = new HashSet<>();
        for (CreditTransfer transfer : transfers) {
            if (!endToEndIds.add(transfer.endToEndId())) {
                throw new IllegalArgumentException(
                        "batch " + messageId + " has two transfers with end-to-end id " + transfer.endToEndId());
            }
        }
    }

    /** How many transfers the batch has. */
    public int numberOfTransactions() {
        return transfers.size();
    }

    /** The sum of the amounts, scale 2. */
    public BigDecimal controlSum() {
        return Amounts.sum(transfers.stream().map(CreditTransfer::amount).toList());
    }
}
