package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of a camt.053 statement or camt.054 notification, as much of it as the gateway reads, whatever the
 * message it comes from; {@code label} says where it is, for messages.
 */
record CamtEntry(String label, BigDecimal amount, String currency, boolean credit, boolean booked, boolean reversal,
                 LocalDate bookingDate, LocalDate valueDate, List<Transaction> transactions) {

    CamtEntry {
        transactions = List.copyOf(transactions);
    }

    /**
     * The details of one transaction of an entry; {@code amount} and {@code currency} are {@code null} when the
     * bank gives only the entry's amount.
     */
    record Transaction(BigDecimal amount, String currency, String debtorName, String unstructured,
                       String structuredReference, String endToEndId) {

        /** The creditor reference when there is one, else the free text. */
        String remittance() {
            return structuredReference != null ? structuredReference : unstructured;
        }
    }
}
