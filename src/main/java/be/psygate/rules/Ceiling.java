package be.psygate.rules;

import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One yearly ceiling per patient: at most {@code sessions} reimbursed sessions per calendar year among the sessions
 * of the given care levels and kinds (2019: 8 sessions of any kind; 2021, adults network: 8 individual first-line
 * sessions, 5 group first-line sessions, ...).
 */
public record Ceiling(int sessions, Set<Care> cares, Set<ServiceKind> kinds) {

    public Ceiling {
        if (sessions < 1) {
            throw new IllegalArgumentException("A ceiling allows at least 1 session, got " + sessions);
        }
        if (cares.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("A ceiling covers at least one care level and one kind");
        }
        if (!PatientCeilings.COUNTED_CARES.containsAll(cares) || !PatientCeilings.COUNTED_KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("A ceiling covers only SPPL/SPS, individual/group sessions");
        }
        cares = CountedKinds.cares(cares);
        kinds = CountedKinds.kinds(kinds);
    }

    /** The kinds it counts, as a reason quotes them in any language: {@code IND}, {@code GRP} or {@code IND+GRP}. */
    public String kindsShown() {
        return EnumSet.copyOf(kinds).stream().map(k -> k == ServiceKind.INDIVIDUAL ? "IND" : "GRP")
                .collect(Collectors.joining("+"));
    }

    /** The care levels it counts, as a reason quotes them: {@code SPPL}, {@code SPS} or {@code SPPL+SPS}. */
    public String caresShown() {
        return EnumSet.copyOf(cares).stream().map(Care::name).collect(Collectors.joining("+"));
    }
}
