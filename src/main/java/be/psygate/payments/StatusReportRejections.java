package be.psygate.payments;

import be.psygate.payments.sepa.PaymentStatusReport;
import be.psygate.payments.sepa.PaymentStatusReport.BlockStatus;
import be.psygate.payments.sepa.PaymentStatusReport.TransactionStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which transfers of one payment file a pain.002 status report rejects: all of them when the whole file
 * ({@code GrpSts}) or its payment block ({@code PmtInfSts}) is {@code RJCT}, else each transaction whose
 * {@code TxSts} is {@code RJCT}; the reason is the most specific one given. A transaction the file does not hold is
 * not the gateway's to reject: it is counted apart ({@link Decision#unknown()}).
 */
final class StatusReportRejections {

    private StatusReportRejections() {
    }

    /** What a report rejects of the file whose transfers are {@code endToEndIds}. */
    record Decision(Map<String, String> rejected, int accepted, List<String> unknown) {
    }

    static Decision of(PaymentStatusReport report, Collection<String> endToEndIds) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        int accepted = 0;
        if (PaymentStatusReport.REJECTED.equals(report.groupStatus())) {
            endToEndIds.forEach(id -> rejected.put(id, reasonOr(report.groupReason())));
        }
        for (BlockStatus block : report.blocks()) {
            if (PaymentStatusReport.REJECTED.equals(block.status())) {
                String reason = block.reason() != null ? block.reason() : report.groupReason();
                endToEndIds.forEach(id -> rejected.putIfAbsent(id, reasonOr(reason)));
            }
            for (TransactionStatus transaction : block.transactions()) {
                String id = transaction.originalEndToEndId();
                if (id == null || !endToEndIds.contains(id)) {
                    unknown.add(String.valueOf(id));
                } else if (PaymentStatusReport.REJECTED.equals(transaction.status())) {
                    String reason = transaction.reason() != null ? transaction.reason() : block.reason();
                    rejected.put(id, reasonOr(reason));
                } else if (transaction.status() != null) {
                    accepted++;
                }
            }
        }
        return new Decision(rejected, accepted, unknown);
    }

    private static String reasonOr(String reason) {
        return reason == null ? "NOT GIVEN" : reason;
    }
}
