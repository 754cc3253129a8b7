package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every entry of a list of camt entries as {@link BankEntry}s, none left out: what concerns the gateway is decided
 * afterwards. A batch entry is split into its transactions when each carries its own amount, in the entry's
 * currency, and they add up to the entry's; otherwise it stays one entry with a {@code problem}.
 */
final class StatementEntries {

    private StatementEntries() {
    }

    static List<BankEntry> of(List<CamtEntry> entries) {
        List<BankEntry> out = new ArrayList<>();
        for (CamtEntry entry : entries) {
            List<CamtEntry.Transaction> transactions = entry.transactions();
            if (transactions.size() <= 1) {
                out.add(entry(entry, entry.amount(), transactions.isEmpty() ? null : transactions.get(0), null));
                continue;
            }
            String problem = splitProblem(entry);
            if (problem != null) {
                out.add(entry(entry, entry.amount(), null, problem));
                continue;
            }
            for (CamtEntry.Transaction transaction : transactions) {
                out.add(entry(entry, transaction.amount(), transaction, null));
            }
        }
        return out;
    }

    private static String splitProblem(CamtEntry entry) {
        BigDecimal total = BigDecimal.ZERO;
        for (CamtEntry.Transaction transaction : entry.transactions()) {
            if (transaction.amount() == null) {
                return "a batch of " + entry.transactions().size() + " transactions, one without an amount";
            }
            if (!transaction.currency().equals(entry.currency())) {
                return "a batch with a transaction in " + transaction.currency();
            }
            total = total.add(transaction.amount());
        }
        return total.compareTo(entry.amount()) == 0 ? null : "a batch of " + entry.amount().toPlainString()
                + " whose transactions add up to " + total.toPlainString();
    }

    private static BankEntry entry(CamtEntry entry, BigDecimal amount, CamtEntry.Transaction transaction,
                                   String problem) {
        return new BankEntry(entry.label(), entry.account(), amount, entry.currency(), entry.credit(), entry.booked(),
                entry.reversal(), entry.bookingDate() != null ? entry.bookingDate() : entry.valueDate(),
                entry.bankReference(), transaction == null ? null : transaction.debtorName(),
                transaction == null ? null : transaction.structuredReference(),
                transaction == null ? List.of() : transaction.unstructured(), entry.additionalInfo(),
                transaction == null ? null : transaction.endToEndId(), problem,
                transaction == null ? null : transaction.returnReason());
    }
}
