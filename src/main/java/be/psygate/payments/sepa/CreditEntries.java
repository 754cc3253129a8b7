package be.psygate.payments.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The credits of a list of camt entries. An entry counts when it is booked ({@code BOOK}), a credit ({@code CRDT})
 * and not the reversal of an earlier debit; pending and information entries, debits and reversals are left out.
 * Its booking date (the value date when the bank gives none) dates it. An entry of one transaction is one credit
 * of the entry's amount; a batch entry of several transactions is one credit per transaction, each with its own
 * amount, and these must add up to the entry's. Only euro credits are read.
 */
final class CreditEntries {

    static final String NOT_PROVIDED = "NOTPROVIDED";

    private CreditEntries() {
    }

    /**
     * The credits of {@code entries}, in their order.
     *
     * @throws SepaFormatException when a credit is not in euros, has no date, or its transactions do not add up
     */
    static List<BankCredit> credits(List<CamtEntry> entries) {
        List<BankCredit> credits = new ArrayList<>();
        for (CamtEntry entry : entries) {
            if (entry.credit() && entry.booked() && !entry.reversal()) {
                credits.addAll(credits(entry));
            }
        }
        return credits;
    }

    private static List<BankCredit> credits(CamtEntry entry) {
        requireEuro(entry.label(), entry.currency());
        LocalDate date = entry.bookingDate() != null ? entry.bookingDate() : entry.valueDate();
        if (date == null) {
            throw new SepaFormatException(entry.label() + " has neither booking date nor value date");
        }
        List<CamtEntry.Transaction> transactions = entry.transactions();
        try {
            if (transactions.size() <= 1) {
                CamtEntry.Transaction only = transactions.isEmpty() ? null : transactions.get(0);
                return List.of(only == null ? new BankCredit(date, entry.amount(), null, null, null)
                        : credit(date, entry.amount(), only));
            }
            List<BankCredit> credits = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CamtEntry.Transaction transaction : transactions) {
                if (transaction.amount() == null) {
                    throw new SepaFormatException(entry.label() + " has " + transactions.size()
                            + " transactions, and one of them no amount of its own");
                }
                requireEuro(entry.label(), transaction.currency());
                credits.add(credit(date, transaction.amount(), transaction));
                total = total.add(transaction.amount());
            }
            if (total.compareTo(entry.amount()) != 0) {
                throw new SepaFormatException(entry.label() + " is " + entry.amount().toPlainString()
                        + " but its transactions add up to " + total.toPlainString());
            }
            return credits;
        } catch (SepaFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SepaFormatException(entry.label() + ": " + e.getMessage(), e);
        }
    }

    private static BankCredit credit(LocalDate date, BigDecimal amount, CamtEntry.Transaction transaction) {
        String endToEndId = NOT_PROVIDED.equals(transaction.endToEndId()) ? null : transaction.endToEndId();
        return new BankCredit(date, amount, transaction.debtorName(), transaction.remittance(), endToEndId);
    }

    private static void requireEuro(String label, String currency) {
        if (!SepaAmounts.EURO.equals(currency)) {
            throw new SepaFormatException(label + " is a credit in " + currency + "; only euro credits are read");
        }
    }
}
