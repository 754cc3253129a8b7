package be.psygate.payments;

import be.psygate.payments.sepa.BankEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules by which a bank entry is evidence that an insurer paid, so that the tranches 2 waiting for that payment
 * may be released. An entry counts only if it is a booked credit, not a reversal, in euros, of some amount, on the
 * hospital's own account, and not the return of an earlier transfer; it pays an announced payment reference only if it carries that reference as a whole token
 * in one of the places banks put it (the structured creditor reference, a {@code Ustrd} line or the {@code Ustrd}
 * lines joined without a space, the entry's {@code AddtlNtryInf}, the {@code EndToEndId}); and a reference is paid
 * only once the credits carrying it cover the amount its settlement announced. {@code NOTPROVIDED}, which banks write
 * where the payer gave nothing, is no text at all.
 */
public final class BankEvidence {

    /** What banks write where the payer gave no reference. */
    public static final String NOT_PROVIDED = "NOTPROVIDED";

    private BankEvidence() {
    }

    /** Why an entry does not concern the gateway, with a note for the operators; empty when it is a credit to read. */
    public static Optional<Screening> setAside(BankEntry entry, String hospitalIban) {
        if (entry.problem() != null) {
            return screening(CreditDecision.UNREADABLE, entry.problem());
        }
        if (!entry.booked()) {
            return screening(CreditDecision.NOT_BOOKED, "not booked");
        }
        if (entry.reversal()) {
            return screening(CreditDecision.REVERSAL, "a reversal");
        }
        if (entry.isReturn()) {
            return screening(CreditDecision.RETURN, "the return (" + entry.returnReason()
                    + ") of a transfer that is not the gateway's");
        }
        if (!entry.credit()) {
            return screening(CreditDecision.DEBIT, "a debit");
        }
        if (entry.account() == null || !compact(entry.account()).equals(compact(hospitalIban))) {
            return screening(CreditDecision.OTHER_ACCOUNT, "on another account than the hospital's");
        }
        if (!"EUR".equals(entry.currency())) {
            return screening(CreditDecision.OTHER_CURRENCY, "in " + entry.currency() + ", not in euros");
        }
        if (entry.amount() == null || entry.amount().signum() <= 0) {
            return screening(CreditDecision.ZERO_AMOUNT, "of no amount");
        }
        if (entry.date() == null) {
            return screening(CreditDecision.UNREADABLE, "neither booking date nor value date");
        }
        return Optional.empty();
    }

    /** The texts of an entry where a payment reference may stand, {@code NOTPROVIDED} and blanks left out. */
    public static List<String> texts(BankEntry entry) {
        List<String> texts = new ArrayList<>();
        add(texts, entry.structuredReference());
        entry.unstructured().forEach(line -> add(texts, line));
        if (entry.unstructured().size() > 1) {
            add(texts, String.join("", entry.unstructured()));
        }
        add(texts, entry.additionalInfo());
        add(texts, entry.endToEndId());
        return texts;
    }

    /** Whether one of {@code texts} carries {@code reference} as a whole token (not inside a longer word). */
    public static boolean carries(Collection<String> texts, String reference) {
        if (!isReference(reference)) {
            return false;
        }
        for (String text : texts) {
            int from = text.indexOf(reference);
            while (from >= 0) {
                int end = from + reference.length();
                if ((from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return true;
                }
                from = text.indexOf(reference, from + 1);
            }
        }
        return false;
    }

    /** The announced references that {@code texts} carry, in the order of {@code announced}. */
    public static List<String> referencesIn(Collection<String> texts, Collection<String> announced) {
        return announced.stream().filter(reference -> carries(texts, reference)).toList();
    }

    /** Whether {@code text} can be a payment reference at all. */
    public static boolean isReference(String text) {
        return text != null && !text.isBlank() && !NOT_PROVIDED.equalsIgnoreCase(text.strip());
    }

    /**
     * What the credits received for a reference say of it: {@code SHORT} below the announced amount (nothing is
     * released), {@code MATCHED} at it, {@code OVERPAID} above it (released, and flagged).
     */
    public static CreditDecision coverage(BigDecimal announced, BigDecimal received) {
        int cmp = received.compareTo(announced);
        return cmp < 0 ? CreditDecision.SHORT : cmp == 0 ? CreditDecision.MATCHED : CreditDecision.OVERPAID;
    }

    private static void add(List<String> texts, String text) {
        if (isReference(text)) {
            texts.add(text.strip());
        }
    }

    private static String compact(String iban) {
        return iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Optional<Screening> screening(CreditDecision decision, String note) {
        return Optional.of(new Screening(decision, note));
    }

    /** Why an entry is set aside, and a note saying it in words. */
    public record Screening(CreditDecision decision, String note) {
    }
}
