package be.psygate.intake;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.PatientSessions;
import be.psygate.ledger.SessionLedger;
import be.psygate.practice.NetworkRepository;
import be.psygate.rules.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The earlier sessions of a list's patients (what its lines are checked against and its quotas count), read before
 * the network's lock, while another list of the network holds it, and brought up to date under the lock with the
 * lines of the lists judged since.
 *
 * <p>This is exact because a session line is written by its list's transaction alone and never changes after it,
 * and because each list that stores lines takes its network's next number in that same transaction
 * ({@link NetworkRepository#judged}, {@link FileLedger#judged}). Read between two readings of every network's count
 * that agree, the sessions are those of the lists numbered up to those counts; under the lock, the lists numbered
 * since, in any network, are read by their files and added. What comes out is what reading the patients' sessions
 * under the lock would have given. Those reads run without the network's lock, so H2 is kept from handing them a
 * result it kept from before a commit ({@link be.psygate.ledger.FreshRead}): with it, the snapshot could miss a
 * list its counts include, and the counts could miss a list its sessions include (both were seen under load).
 */
final class EarlierSessions {

    /**
     * Beyond this many lists judged since the patients were read, reading those lists costs more than reading the
     * patients' sessions again: each is up to a chunk of lines, where a list's patients have a few sessions each.
     */
    static final int MOST_LISTS_CAUGHT_UP = 8;

    /** The sessions of {@code patients} as of {@code judged} lists in each network. */
    record Snapshot(Set<String> patients, Map<String, Long> judged, PatientSessions sessions) {
    }

    private final SessionLedger sessions;
    private final FileLedger files;
    private final NetworkRepository networks;

    EarlierSessions(SessionLedger sessions, FileLedger files, NetworkRepository networks) {
        this.sessions = sessions;
        this.files = files;
        this.networks = networks;
    }

    /** The patients of the lines accepted so far. */
    static Set<String> patientsOf(List<Verdict> verdicts) {
        Set<String> patients = new HashSet<>();
        verdicts.stream().filter(Verdict::accepted).forEach(v -> patients.add(v.session().patient().value()));
        return patients;
    }

    /**
     * Reads the patients' sessions without a lock. Null when a list was judged while they were read (they are then
     * read again under the lock).
     */
    Snapshot read(Set<String> patients) {
        Map<String, Long> before = networks.judgedLists();
        PatientSessions read = sessions.acceptedSessionsOf(patients);
        Map<String, Long> after = networks.judgedLists();
        return before.equals(after) ? new Snapshot(Set.copyOf(patients), before, read) : null;
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
        return since.isEmpty() ? snapshot.sessions()
                : snapshot.sessions().plus(sessions.acceptedSessionsOf(patients, since));
    }
}
