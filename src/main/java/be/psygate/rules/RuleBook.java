package be.psygate.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every convention period the gateway knows, as rule sets that follow each other without gap or overlap, the last
 * one open-ended. A session is judged by the rule set in force on its session date, never by the one in force when
 * the list arrives; a session before the first rule set (2019-04-01) falls under no convention.
 */
public final class RuleBook {

    private final NavigableMap<LocalDate, RuleSet> sets = new TreeMap<>();

    public RuleBook(Collection<RuleSet> ruleSets) {
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::validFrom));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A rule book needs at least one rule set");
        }
        for (int i = 0; i < sorted.size(); i++) {
            RuleSet set = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (last && set.validUntil() != null) {
                throw new IllegalArgumentException("The last rule set (" + set.name() + ") must be open-ended,"
                        + " but it ends on " + set.validUntil());
            }
            if (!last) {
                RuleSet next = sorted.get(i + 1);
                if (set.validUntil() == null || !set.validUntil().plusDays(1).equals(next.validFrom())) {
                    throw new IllegalArgumentException("Rule set " + set.name() + " must end the day before "
                            + next.validFrom() + ", when " + next.name() + " starts, but it ends on "
                            + (set.validUntil() == null ? "no date" : set.validUntil()));
                }
            }
            sets.put(set.validFrom(), set);
        }
    }

    public static RuleBook of(RuleSet... ruleSets) {
        return new RuleBook(List.of(ruleSets));
    }

    /** The rule set in force on {@code sessionDate}; empty before the first convention. */
    public Optional<RuleSet> forDate(LocalDate sessionDate) {
        Map.Entry<LocalDate, RuleSet> inForce = sets.floorEntry(sessionDate);
        return inForce == null ? Optional.empty() : Optional.of(inForce.getValue());
    }

    /** The first day a session can be reimbursed: the start of the first convention. */
    public LocalDate firstDay() {
        return sets.firstKey();
    }

    /** The rule sets, oldest first. */
    public List<RuleSet> ruleSets() {
        return List.copyOf(sets.values());
    }
}
