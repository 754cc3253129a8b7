package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One movement a bank file reports, whatever it is (credit or debit, booked or not, on whichever account, in
 * whichever currency): the gateway decides afterwards what it means. A batch entry whose transactions carry their
 * own amounts is one {@code BankEntry} per transaction. Texts the bank leaves out are {@code null} (an empty list
 * for {@code unstructured}, the {@code Ustrd} lines in their order).
 *
 * @param label               where the entry is in the file, for messages
 * @param account             the IBAN (else other identification) of the account the statement reports on
 * @param date                the booking date, else the value date
 * @param bankReference       the bank's own reference of the entry ({@code AcctSvcrRef})
 * @param structuredReference the structured creditor reference ({@code CdtrRefInf/Ref})
 * @param additionalInfo      the entry's {@code AddtlNtryInf}
 * @param problem             why the entry cannot be read as one movement (e.g. a batch whose transactions do not
 *                            add up), or {@code null}
 * @param returnReason        when the entry returns an earlier transfer (return information, {@code RtrInf}), the
 *                            reason code the bank gives (e.g. {@code AC04}); else {@code null}
 */
public record BankEntry(String label, String account, BigDecimal amount, String currency, boolean credit,
                        boolean booked, boolean reversal, LocalDate date, String bankReference, String debtorName,
                        String structuredReference, List<String> unstructured, String additionalInfo,
                        String endToEndId, String problem, String returnReason) {

    public BankEntry {
        unstructured = unstructured == null ? List.of() : List.copyOf(unstructured);
    }

    /** An entry that returns nothing. */
    public BankEntry(String label, String account, BigDecimal amount, String currency, boolean credit,
                     boolean booked, boolean reversal, LocalDate date, String bankReference, String debtorName,
                     String structuredReference, List<String> unstructured, String additionalInfo,
                     String endToEndId, String problem) {
        this(label, account, amount, currency, credit, booked, reversal, date, bankReference, debtorName,
                structuredReference, unstructured, additionalInfo, endToEndId, problem, null);
    }

    /** Whether the entry returns an earlier transfer (it carries return information). */
    public boolean isReturn() {
        return returnReason != null;
    }
}
