package be.psygate.ledger;

import be.psygate.rules.Verdict;
import be.psygate.rules.quota.Allocation;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a list once judged whole: its verdict, and for an accepted line what the network's quotas made of it.
 * A line a quota refused is stored as a rejected line that keeps its session's date and care (as the ledger's
 * {@link SessionLedger#reject} leaves a line it turns down after storing it).
 *
 * @param quota the quotas' answer for an accepted verdict; {@link Allocation#accepted()} for a rejected one
 */
public record JudgedLine(Verdict verdict, Allocation quota) {

    public boolean accepted() {
        return verdict.accepted() && quota.isAccepted();
    }

    /**
     * What the practice is answered for this line, exactly as it reads back from the ledger: the reference cut to
     * its column, the reason's values joined and split again as they are stored.
     */
    public LineOutcome outcome() {
        var line = verdict.line();
        String ref = SessionLedger.cut(line.lineRef());
        if (accepted()) {
            var p = verdict.price();
            return new LineOutcome(line.lineNumber(), ref, true, null, List.of(), p.fee(), p.insurerShare(), p.copay(),
                    p.tranche1());
        }
        var reason = verdict.accepted() ? quota.reason() : verdict.reason();
        var args = verdict.accepted() ? quota.args() : verdict.args();
        return new LineOutcome(line.lineNumber(), ref, false, reason.name(), asStored(args), null, null, null, null);
    }

    private static List<String> asStored(List<String> args) {
        String joined = SessionLedger.joinArgs(args);
        return joined == null ? List.of() : Arrays.asList(SessionLedger.splitArgs(joined));
    }
}
