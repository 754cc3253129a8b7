package be.psygate.money.payment;

import be.psygate.identity.Inami;
import be.psygate.money.account.Entry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one payment run pays: the transfers to make, one per practice that is owed a positive net amount, and the
 * balances carried forward: for each practice whose entries due on the payment date add up to zero or less, that
 * net (a negative amount is what the practice owes the hospital, recovered from a later payment). The entries of a
 * carried-forward balance stay unpaid and come back in the next run.
 */
public record PaymentPlan(LocalDate paymentDate, List<Transfer> transfers, Map<Inami, BigDecimal> carriedForward) {

    public PaymentPlan {
        Objects.requireNonNull(paymentDate, "paymentDate");
        transfers = List.copyOf(transfers);
        carriedForward = Collections.unmodifiableMap(new LinkedHashMap<>(carriedForward));
    }

    /** All the entries this run pays. */
    public List<Entry> paidEntries() {
        return transfers.stream().flatMap(transfer -> transfer.entries().stream()).toList();
    }
}
