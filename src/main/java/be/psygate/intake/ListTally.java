package be.psygate.intake;

import be.psygate.ledger.FileTotals;
import be.psygate.ledger.LineOutcome;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts and totals of one list, added up from its lines' outcomes. */
final class ListTally {

    final long fileId;
    int lines;
    int accepted;
    int rejected;
    BigDecimal fee = BigDecimal.ZERO.setScale(2);
    BigDecimal share = BigDecimal.ZERO.setScale(2);
    final Map<String, Integer> rejectedByReason = new HashMap<>();
    /** A list held whole: its lines' outcomes, answered once its transaction ended; null when answered in it. */
    List<LineOutcome> outcomes;

    ListTally(long fileId) {
        this.fileId = fileId;
    }

    void count(LineOutcome line) {
        lines++;
        if (line.accepted()) {
            accepted++;
            fee = fee.add(line.fee());
            share = share.add(line.insurerShare());
        } else {
            rejected++;
            rejectedByReason.merge(line.reasonCode() == null ? "UNKNOWN" : line.reasonCode(), 1, Integer::sum);
        }
    }

    FileTotals totals() {
        return new FileTotals(lines, accepted, rejected, fee, share);
    }
}
