package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of a camt.053 statement or camt.054 notification, as much of it as the gateway reads, whatever the
 * message it comes from; {@code label} says where it is, for messages. {@code account} is the IBAN (else the other
 * identification) of the account the statement reports on, {@code bankReference} the bank's own reference of the
 * entry ({@code AcctSvcrRef}), {@code additionalInfo} its {@code AddtlNtryInf}; each may be {@code null}.
 */
record CamtEntry(String label, String account, BigDecimal amount, String currency, boolean credit, boolean booked,
                 boolean reversal, LocalDate bookingDate, LocalDate valueDate, String bankReference,
                 String additionalInfo, List<Transaction> transactions) {

    /** The return reason of a transaction whose return information gives no reason. */
    static final String UNKNOWN_RETURN_REASON = "NOT GIVEN";

    CamtEntry {
        transactions = List.copyOf(transactions);
    }

    /**
     * The details of one transaction of an entry; {@code amount} and {@code currency} are {@code null} when the
     * bank gives only the entry's amount. {@code unstructured} holds the {@code Ustrd} lines, in their order.
     * {@code returnReason} is the reason code of the return information ({@code RtrInf}) when the transaction
     * returns an earlier transfer, else {@code null}.
     */
    record Transaction(BigDecimal amount, String currency, String debtorName, List<String> unstructured,
                       String structuredReference, String endToEndId, String returnReason) {

        Transaction {
            unstructured = unstructured == null ? List.of() : List.copyOf(unstructured);
        }

        /** The creditor reference when there is one, else the free text. */
        String remittance() {
            if (structuredReference != null) {
                return structuredReference;
            }
            return unstructured.isEmpty() ? null : String.join(" ", unstructured);
        }
    }
}
