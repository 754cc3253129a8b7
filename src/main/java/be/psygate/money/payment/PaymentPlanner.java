package be.psygate.money.payment;

import be.psygate.identity.Inami;
import be.psygate.money.Amounts;
import be.psygate.money.account.Entry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a payment run: for each practice, the entries not yet paid that are due on or before the payment date
 * (entries not yet due wait, whatever the balance), and their net. A positive net is one {@link Transfer} settling
 * exactly those entries; a net of zero or less makes no transfer: the entries stay unpaid and the balance is carried
 * forward into the next run. So an entry is paid exactly once, in one transfer, or not at all.
 *
 * <p>Transfers and carried-forward balances come in the order of the practices' INAMI numbers, the entries of a
 * transfer by due date, session and entry number.
 */
public final class PaymentPlanner {

    private static final Comparator<Entry> ENTRY_ORDER = Comparator.comparing(Entry::due)
            .thenComparingLong(Entry::sessionId)
            .thenComparingInt(Entry::number);

    /**
     * Plans the run of {@code paymentDate}.
     *
     * @param unpaidByPractice for each practice, its entries that no transfer has paid yet
     * @throws IllegalArgumentException if an entry is given twice, or a session's entries under two practices
     */
    public PaymentPlan plan(Map<Inami, ? extends Collection<Entry>> unpaidByPractice, LocalDate paymentDate) {
        checkEachEntryOnce(unpaidByPractice);
        List<Inami> practices = new ArrayList<>(unpaidByPractice.keySet());
        practices.sort(Comparator.comparing(Inami::value));
        List<Transfer> transfers = new ArrayList<>();
        Map<Inami, BigDecimal> carriedForward = new LinkedHashMap<>();
        for (Inami practice : practices) {
            List<Entry> due = unpaidByPractice.get(practice).stream()
                    .filter(entry -> entry.isDueOn(paymentDate))
                    .sorted(ENTRY_ORDER)
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            BigDecimal net = Amounts.sum(due.stream().map(Entry::amount).toList());
            if (net.signum() > 0) {
                transfers.add(new Transfer(practice, net, due));
            } else {
                carriedForward.put(practice, net);
            }
        }
        return new PaymentPlan(paymentDate, transfers, carriedForward);
    }

    private static void checkEachEntryOnce(Map<Inami, ? extends Collection<Entry>> unpaidByPractice) {
        Set<Entry.Key> seen = new HashSet<>();
        Map<Long, Inami> practiceOfSession = new HashMap<>();
        unpaidByPractice.forEach((practice, entries) -> {
            for (Entry entry : entries) {
                if (!seen.add(entry.key())) {
                    throw new IllegalArgumentException("Entry " + entry.number() + " of session " + entry.sessionId()
                            + " is given twice");
                }
                Inami other = practiceOfSession.putIfAbsent(entry.sessionId(), practice);
                if (other != null && !other.equals(practice)) {
                    throw new IllegalArgumentException("Session " + entry.sessionId() + " has entries under practices "
                            + other + " and " + practice);
                }
            }
        });
    }
}
