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
 * The checks that depend on the other lines of the same file: line references are unique in the file, a session is
 * not declared twice, and a group session has no more lines than its declared participants. Duplicates against
 * earlier files are for the caller, which knows what was stored (with the same {@link SessionKey}).
 *
 * <p>A line reference is taken by the first line that uses it, whatever its verdict; a session key and a place in a
 * group only by an accepted line ({@link #accepted}), so that a corrected line after a rejected one is accepted.
 */
final class FileRules {

    /** Every reference seen, with its first line; by fingerprint, so that a million lines fit a small heap. */
    private final Fingerprints firstLineOfRef = new Fingerprints();
    /** Every accepted session, with its line; by fingerprint too. */
    private final Fingerprints acceptedSessions = new Fingerprints();
    private final Map<GroupSession, Integer> linesOfGroup = new HashMap<>();

    /**
     * The first line with a reference owns it, whatever its own verdict: an acknowledgement with two answers for
     * one reference would be ambiguous.
     */
    Optional<Refusal> lineRefUnique(LineDraft d) {
        long first = firstLineOfRef.putIfAbsent(d.lineRef.value(), d.line.lineNumber());
        return first < 0 ? pass() : refuse(ReasonCode.LINE_REF_DUPLICATE, d.lineRef, first);
    }

    /** The same psychologist, patient, date and pseudocode as an accepted line of this file. */
    Optional<Refusal> sessionNotDuplicate(LineDraft d) {
        long first = acceptedSessions.get(sessionText(d.sessionKey()));
        return first < 0 ? pass() : refuse(ReasonCode.SESSION_DUPLICATE, d.pseudocode, d.sessionDate, first);
    }

    /**
     * Gives a group line its place in the group session (0 for the first, which carries the rounding remainder),
     * refusing a line beyond the declared participants. The place is taken only if the line is {@link #accepted}.
     */
    Optional<Refusal> placeInGroup(LineDraft d) {
        if (d.groupParticipants == null) {
            return pass();
        }
        int index = linesOfGroup.getOrDefault(groupOf(d), 0);
        if (index >= d.groupParticipants) {
            return refuse(ReasonCode.GROUP_LINES_EXCEED_PARTICIPANTS, d.groupParticipants, d.pseudocode, d.sessionDate);
        }
        d.indexInGroup = index;
        return pass();
    }

    /** Records an accepted line: its session key, and its place in its group session. */
    void accepted(LineDraft d) {
        acceptedSessions.putIfAbsent(sessionText(d.sessionKey()), d.line.lineNumber());
        if (d.groupParticipants != null) {
            linesOfGroup.merge(groupOf(d), 1, Integer::sum);
        }
    }

    /** A session key as one text, fingerprinted: its fields are of fixed shapes, separated by a '|' none holds. */
    private static String sessionText(SessionKey k) {
        return k.psychologist().value() + '|' + k.patient().value() + '|' + k.sessionDate() + '|'
                + k.pseudocode().value();
    }

    private static GroupSession groupOf(LineDraft d) {
        return new GroupSession(d.psychologist, d.sessionDate, d.pseudocode, d.groupParticipants);
    }

    /** One group session as the lines of a file identify it. */
    private record GroupSession(Inami psychologist, LocalDate date, Pseudocode pseudocode, int participants) {
    }
}
