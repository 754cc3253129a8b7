package be.psygate.ledger;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.rules.SessionKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accepted sessions of a set of patients, in every network and list, read in one query
 * ({@link SessionLedger#acceptedSessionsOf}): what a list's lines are checked against (a session accepted before
 * is not accepted again) and what its quotas count (the patients' ceilings and referral series), without reading
 * the same rows twice.
 */
public final class PatientSessions {

    /** One accepted session of a patient. */
    public record Row(String patientNiss, LocalDate sessionDate, String pseudocode, String lineRef, long fileId,
               String psychologistInami, String care, String serviceKind, LocalDate referralDate,
               String prescriberInami, String networkId) {

        /** Its printed form leaves the national number out. */
        @Override
        public String toString() {
            return "Row[" + sessionDate + ", file " + fileId + "]";
        }
    }

    private final Set<String> patients;
    private final Map<String, List<Row>> byPatient = new HashMap<>();

    PatientSessions(Collection<String> patients, List<Row> rows) {
        this.patients = Set.copyOf(patients);
        for (Row row : rows) {
            byPatient.computeIfAbsent(row.patientNiss(), p -> new ArrayList<>()).add(row);
        }
    }

    /** The sessions {@code rows} of {@code patients} (each row one of theirs), as read or kept. */
    public static PatientSessions of(Collection<String> patients, List<Row> rows) {
        return new PatientSessions(patients, rows);
    }

    /**
     * These sessions and the {@code later} ones of the same patients, read from other files (the lists judged since
     * these were read). A file whose sessions of a patient these already hold adds none of them again: read without
     * a lock, these may hold the sessions of a list judged while they were read, which its commit showed whole.
     */
    public PatientSessions plus(PatientSessions later) {
        if (!later.patients.equals(patients)) {
            throw new IllegalArgumentException("the sessions of other patients");
        }
        List<Row> rows = rows();
        later.byPatient.forEach((patient, added) -> {
            Set<Long> held = new HashSet<>();
            byPatient.getOrDefault(patient, List.of()).forEach(r -> held.add(r.fileId()));
            for (Row r : added) {
                if (!held.contains(r.fileId())) {
                    rows.add(r);
                }
            }
        });
        return new PatientSessions(patients, rows);
    }

    /** Every session read, in no particular order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        byPatient.values().forEach(rows::addAll);
        return rows;
    }

    /** Whether these are the sessions of {@code patient} (read, even if there are none). */
    public boolean holds(String patient) {
        return patients.contains(patient);
    }

    /**
     * The sessions of other files that these sessions of {@code psychologist} repeat (same patient, date and
     * pseudocode), by their key, with the reference they were accepted under: as
     * {@link SessionLedger#acceptedElsewhere} finds them.
     */
    public Map<SessionKey, String> acceptedElsewhere(long fileId, Inami psychologist, Collection<SessionKey> keys) {
        Set<SessionKey> wanted = new HashSet<>(keys);
        Map<SessionKey, String> found = new HashMap<>();
        for (SessionKey k : keys) {
            for (Row r : byPatient.getOrDefault(k.patient().value(), List.of())) {
                if (r.fileId() == fileId || !psychologist.value().equals(r.psychologistInami())) {
                    continue;
                }
                SessionKey key = new SessionKey(psychologist, Niss.parse(r.patientNiss()), r.sessionDate(),
                        Pseudocode.parse(r.pseudocode()));
                if (wanted.contains(key)) {
                    found.putIfAbsent(key, r.lineRef());
                }
            }
        }
        return found;
    }

    /**
     * The accepted sessions of other files of a network that these patients had, as the quotas count them: as
     * {@link SessionLedger#acceptedOfPatients} reads them.
     */
    public List<CountedSession> counted(String networkId, long fileId, Collection<String> wanted) {
        List<CountedSession> rows = new ArrayList<>();
        for (String patient : wanted) {
            if (!holds(patient)) {
                throw new IllegalArgumentException("the sessions of a patient not read");
            }
            for (Row r : byPatient.getOrDefault(patient, List.of())) {
                if (networkId.equals(r.networkId()) && r.fileId() != fileId) {
                    rows.add(new CountedSession(r.patientNiss(), r.sessionDate(), r.care(), r.serviceKind(),
                            r.referralDate(), r.prescriberInami()));
                }
            }
        }
        return rows;
    }
}
