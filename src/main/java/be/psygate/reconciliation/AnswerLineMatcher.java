package be.psygate.reconciliation;

import be.psygate.reconciliation.ReturnLedger.BatchSession;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the session of a batch an insurer's answer line speaks of. First by the session number the line carries
 * (the gateway's, in the attestation zone of an eFact record 50); when the line carries a number the gateway did
 * not issue in this batch, by the practice's line reference, but only if one session of the batch holds it: a
 * line reference is unique within a practice, not across the practices of a batch, and an answer does not name
 * the practice, so a reference two practices of the batch use matches nothing rather than the wrong session.
 */
final class AnswerLineMatcher {

    private final Map<Long, BatchSession> byId;
    private final Map<String, BatchSession> byRef = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    AnswerLineMatcher(Collection<BatchSession> sessions) {
        this.byId = new LinkedHashMap<>();
        for (BatchSession s : sessions) {
            byId.put(s.id(), s);
            if (byRef.putIfAbsent(s.lineRef(), s) != null) {
                ambiguous.add(s.lineRef());
            }
        }
        ambiguous.forEach(byRef::remove);
    }

    /** The session of the batch the line speaks of, if the batch has exactly one. */
    Optional<BatchSession> match(long sessionId, String lineRef) {
        BatchSession s = byId.get(sessionId);
        if (s != null) {
            return Optional.of(s);
        }
        return Optional.ofNullable(byRef.get(lineRef));
    }

    /** Whether a line reference is held by several sessions of the batch (of different practices). */
    boolean isAmbiguous(String lineRef) {
        return ambiguous.contains(lineRef);
    }
}
