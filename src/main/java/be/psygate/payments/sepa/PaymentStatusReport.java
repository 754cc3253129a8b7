package be.psygate.payments.sepa;

import java.util.List;

/**
 * A pain.002 customer payment status report, as much of it as the gateway reads: which of its payment files it
 * answers ({@code originalMessageId}), the status of the whole file, of each payment information block and of each
 * transaction, each with its first reason code. A status is an ISO code ({@code RJCT}, {@code ACCP}, {@code ACSC},
 * {@code PART}, ...) or {@code null} when the bank gives none at that level.
 *
 * @param version the message and version, e.g. {@code pain.002.001.03}
 */
public record PaymentStatusReport(String version, String messageId, String originalMessageId, String groupStatus,
                                  String groupReason, List<BlockStatus> blocks) {

    /** What the bank calls a rejection. */
    public static final String REJECTED = "RJCT";

    public PaymentStatusReport {
        blocks = List.copyOf(blocks);
    }

    /** The status of one payment information block ({@code OrgnlPmtInfAndSts}) and of its transactions. */
    public record BlockStatus(String originalPaymentInformationId, String status, String reason,
                              List<TransactionStatus> transactions) {

        public BlockStatus {
            transactions = List.copyOf(transactions);
        }
    }

    /** The status of one transaction ({@code TxInfAndSts}), by its original end-to-end id. */
    public record TransactionStatus(String originalEndToEndId, String status, String reason) {
    }
}
