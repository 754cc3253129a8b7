package be.psygate.intake;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.PatientSessions;
import be.psygate.ledger.SessionLedger;
import be.psygate.practice.NetworkRepository;
import be.psygate.rules.Verdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The earlier sessions of a list's patients (what its lines are checked against and its quotas count), gathered
 * before the network's lock, while another list of the network holds it, and brought up to date under the lock with
 * the lines of the lists judged since.
 *
 * <p>This is exact because a session line is written by its list's transaction alone and never changes after it,
 * and because each list that stores lines takes its network's next number in that same transaction
 * ({@link NetworkRepository#judged}, {@link FileLedger#judged}). Sessions read after the counts of every network were
 * read hold every list numbered up to those counts, and perhaps some judged while they were read; under the lock,
 * the lists numbered since, in any network, are added, except a list whose sessions of a patient are already there
 * ({@link PatientSessions#plus}: a commit shows a list's lines whole). What comes out is what reading the patients'
 * sessions under the lock would have given. Those reads run without the network's lock, so H2 is kept from handing
 * them a result it kept from before a commit ({@link be.psygate.ledger.FreshRead}): with it, the sessions could miss
 * a list the counts include (this was seen under load).
 *
 * <p>The sessions of the patients of recent lists are kept in memory (at most {@code keptSessions}, the least
 * recently seen patients dropped first) and brought up to date the same way, before each list, with the lists judged
 * since in any network by any instance: a practice's patients come back month after month, and their sessions are
 * then not read again. The lines of the lists judged here are kept a while too, so that neither the kept sessions
 * nor a list under the lock read them back from the database.
 */
final class EarlierSessions {

    /**
     * Beyond this many lists judged since the patients were read, reading those lists costs more than reading the
     * patients' sessions again: each is up to a chunk of lines, where a list's patients have a few sessions each.
     */
    static final int MOST_LISTS_CAUGHT_UP = 8;

    /**
     * Beyond this many lists judged since the kept sessions were last brought up to date (the gateway was idle while
     * another instance worked, say), they are dropped rather than brought up to date.
     */
    static final int MOST_LISTS_KEPT_UP = 64;

    /** How many of the latest lists judged here keep their accepted lines in memory. */
    static final int LISTS_REMEMBERED = 32;

    /** The sessions of {@code patients} as of {@code judged} lists in each network (and perhaps of lists since). */
    record Snapshot(Set<String> patients, Map<String, Long> judged, PatientSessions sessions) {
    }

    private final SessionLedger sessions;
    private final FileLedger files;
    private final NetworkRepository networks;
    private final int keptSessions;

    /** The accepted lines of the latest lists judged here, by file, added before their commit. */
    private final Map<Long, List<PatientSessions.Row>> judgedHere = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<PatientSessions.Row>> eldest) {
                    return size() > LISTS_REMEMBERED;
                }
            });

    // the kept sessions, guarded by this: by patient, the least recently seen first; how many sessions (a patient
    // kept counts as one more); as of which counts
    private final LinkedHashMap<String, List<PatientSessions.Row>> kept = new LinkedHashMap<>(1024, 0.75f, true);
    private int keptRows;
    private Map<String, Long> keptAsOf;

    EarlierSessions(SessionLedger sessions, FileLedger files, NetworkRepository networks, int keptSessions) {
        this.sessions = sessions;
        this.files = files;
        this.networks = networks;
        this.keptSessions = keptSessions;
    }

    /** The patients of the lines accepted so far. */
    static Set<String> patientsOf(List<Verdict> verdicts) {
        Set<String> patients = new HashSet<>();
        verdicts.stream().filter(Verdict::accepted).forEach(v -> patients.add(v.session().patient().value()));
        return patients;
    }

    /** Gathers the patients' sessions without the network's lock: those kept, the others read. */
    Snapshot read(Set<String> patients) {
        if (keptSessions == 0) {
            Map<String, Long> judged = networks.judgedLists();
            return new Snapshot(Set.copyOf(patients), judged, sessions.acceptedSessionsOf(patients));
        }
        synchronized (this) {
            Map<String, Long> judged = networks.judgedLists();
            keepUp(judged);
            List<String> missing = new ArrayList<>();
            for (String patient : patients) {
                if (!kept.containsKey(patient)) {
                    missing.add(patient);
                }
            }
            if (!missing.isEmpty()) {
                Map<String, List<PatientSessions.Row>> read = new HashMap<>();
                missing.forEach(p -> read.put(p, new ArrayList<>()));
                sessions.acceptedSessionsOf(missing).rows().forEach(r -> read.get(r.patientNiss()).add(r));
                read.forEach((patient, rows) -> {
                    rows.replaceAll(r -> compact(r, patient));
                    kept.put(patient, rows);
                    keptRows += rows.size();
                });
            }
            List<PatientSessions.Row> rows = new ArrayList<>();
            for (String patient : patients) {
                rows.addAll(kept.get(patient));
            }
            forgetBeyondTheLimit();
            return new Snapshot(Set.copyOf(patients), judged, PatientSessions.of(patients, rows));
        }
    }

    /**
     * The patients' sessions as they are now: the snapshot and the lists judged since, or, without a snapshot of the
     * same patients, read whole. Called under the network's lock, so that no list of the network is judged between
     * this and the commit.
     */
    PatientSessions now(Snapshot snapshot, Set<String> patients) {
        if (snapshot == null || !snapshot.patients().equals(patients)) {
            return sessions.acceptedSessionsOf(patients);
        }
        List<Long> since = new ArrayList<>();
        for (Map.Entry<String, Long> network : networks.judgedLists().entrySet()) {
            long then = snapshot.judged().getOrDefault(network.getKey(), 0L);
            if (network.getValue() > then) {
                since.addAll(files.judgedBetween(network.getKey(), then, network.getValue()));
            }
            if (since.size() > MOST_LISTS_CAUGHT_UP) {
                return sessions.acceptedSessionsOf(patients);
            }
        }
        if (since.isEmpty()) {
            return snapshot.sessions();
        }
        return snapshot.sessions().plus(PatientSessions.of(patients, acceptedIn(since, patients)));
    }

    /**
     * Notes the accepted sessions of a list judged here, in its transaction: used once its number shows it
     * committed, never before (a list rolled back keeps its file's id to itself).
     */
    void judged(long fileId, List<PatientSessions.Row> accepted) {
        judgedHere.put(fileId, List.copyOf(accepted));
    }

    /**
     * The accepted sessions of {@code of}'s patients in these files, committed: as noted when they were judged here,
     * else read.
     */
    private List<PatientSessions.Row> acceptedIn(List<Long> fileIds, Set<String> of) {
        List<PatientSessions.Row> rows = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (long fileId : fileIds) {
            List<PatientSessions.Row> here = judgedHere.get(fileId);
            if (here == null) {
                unknown.add(fileId);
            } else {
                here.stream().filter(r -> of.contains(r.patientNiss())).forEach(rows::add);
            }
        }
        if (!unknown.isEmpty()) {
            rows.addAll(sessions.acceptedSessionsIn(unknown, of));
        }
        return rows;
    }

    /** Brings the kept sessions up to {@code judged} lists in each network, or drops them. Holds this. */
    private void keepUp(Map<String, Long> judged) {
        if (keptAsOf == null || kept.isEmpty()) {
            keptAsOf = judged;
            return;
        }
        boolean backwards = keptAsOf.entrySet().stream()
                .anyMatch(e -> judged.getOrDefault(e.getKey(), 0L) < e.getValue());
        List<Long> since = new ArrayList<>();
        for (Map.Entry<String, Long> network : judged.entrySet()) {
            long then = keptAsOf.getOrDefault(network.getKey(), 0L);
            if (!backwards && network.getValue() > then && since.size() <= MOST_LISTS_KEPT_UP) {
                since.addAll(files.judgedBetween(network.getKey(), then, network.getValue()));
            }
        }
        if (backwards || since.size() > MOST_LISTS_KEPT_UP) {
            // a database put back, or too much judged elsewhere: read again
            kept.clear();
            keptRows = 0;
            keptAsOf = judged;
            return;
        }
        Map<String, Set<Long>> held = new HashMap<>();
        for (PatientSessions.Row row : acceptedIn(since, kept.keySet())) {
            List<PatientSessions.Row> rows = kept.get(row.patientNiss());
            // the files whose sessions of the patient were there before these: a patient read while a list was
            // judged may hold its sessions already
            Set<Long> before = held.computeIfAbsent(row.patientNiss(), p -> {
                Set<Long> ids = new HashSet<>();
                rows.forEach(r -> ids.add(r.fileId()));
                return ids;
            });
            if (!before.contains(row.fileId())) {
                rows.add(compact(row, rows.isEmpty() ? row.patientNiss() : rows.get(0).patientNiss()));
                keptRows++;
            }
        }
        keptAsOf = judged;
    }

    /**
     * The row as it is kept: the patient's number shared with the patient's other rows ({@code patient}), the texts
     * drawn from a short list (a pseudocode, a psychologist, a kind of care, a network) shared with every row, its own
     * reference and dates alone its own. A national number never goes into the JVM's table of shared texts.
     */
    private static PatientSessions.Row compact(PatientSessions.Row r, String patient) {
        return new PatientSessions.Row(patient, r.sessionDate(), shared(r.pseudocode()), r.lineRef(),
                r.fileId(), shared(r.psychologistInami()), shared(r.care()), shared(r.serviceKind()), r.referralDate(),
                shared(r.prescriberInami()), shared(r.networkId()));
    }

    private static String shared(String text) {
        return text == null ? null : text.intern();
    }

    /** Drops the least recently seen patients beyond the limit. Holds this. */
    private void forgetBeyondTheLimit() {
        Iterator<List<PatientSessions.Row>> eldest = kept.values().iterator();
        while (keptRows + kept.size() > keptSessions && eldest.hasNext()) {
            keptRows -= eldest.next().size();
            eldest.remove();
        }
    }
}
