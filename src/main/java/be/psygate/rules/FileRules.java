package be.psygate.rules;

import static be.psygate.rules.Refusal.pass;
import static be.psygate.rules.Refusal.refuse;

import be.psygate.identity.Inami;
import be.psygate.identity.LineRef;
import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks that depend on the other lines of the same file: line references are unique in the file, and a group
 * session has no more lines than its declared participants. Duplicates against earlier files are for the caller,
 * which knows what was stored.
 */
final class FileRules {

    private final Map<LineRef, Long> firstLineOfRef = new HashMap<>();
    private final Map<GroupSession, Integer> linesOfGroup = new HashMap<>();

    /**
     * The first line with a reference owns it, whatever its own verdict: an acknowledgement with two answers for
     * one reference would be ambiguous.
     */
    Optional<Refusal> lineRefUnique(LineDraft d) {
        Long first = firstLineOfRef.putIfAbsent(d.lineRef, d.line.lineNumber());
        return first == null ? pass() : refuse(ReasonCode.LINE_REF_DUPLICATE, d.lineRef, first);
    }

    /**
     * Gives an accepted group line its place in the group session (0 for the first, which carries the rounding
     * remainder). Must be the last check, since it counts the line as accepted.
     */
    Optional<Refusal> placeInGroup(LineDraft d) {
        if (d.groupParticipants == null) {
            return pass();
        }
        GroupSession group = new GroupSession(d.psychologist, d.sessionDate, d.pseudocode, d.groupParticipants);
        int index = linesOfGroup.getOrDefault(group, 0);
        if (index >= d.groupParticipants) {
            return refuse(ReasonCode.GROUP_LINES_EXCEED_PARTICIPANTS, d.groupParticipants, d.pseudocode, d.sessionDate);
        }
        linesOfGroup.put(group, index + 1);
        d.indexInGroup = index;
        return pass();
    }

    /** One group session as the lines of a file identify it. */
    private record GroupSession(Inami psychologist, LocalDate date, Pseudocode pseudocode, int participants) {
    }
}
