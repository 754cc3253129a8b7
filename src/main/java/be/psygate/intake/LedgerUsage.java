package be.psygate.intake;

import be.psygate.ledger.CountedSession;
import be.psygate.ledger.PatientSessions;
import be.psygate.ledger.SessionLedger;
import be.psygate.rules.quota.PatientQuotaKey;
import be.psygate.rules.quota.PsychologistYear;
import be.psygate.rules.quota.QuotaKeys;
import be.psygate.rules.quota.ReferralKey;
import be.psygate.rules.quota.UsageCounts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a network's other files already used of each quota, read from the ledger a chunk at a time: before a chunk
 * is allocated, {@link #load} reads the counts of the keys not seen yet (one query for the chunk's patients, one
 * per new psychologist-year and network-year). Counts once read never change while the file is allocated, as
 * {@link be.psygate.rules.quota.QuotaAllocator} requires; the allocator adds the file's own acceptances itself.
 */
final class LedgerUsage implements UsageCounts {

    private final SessionLedger sessions;
    private final String network;
    private final long fileId;
    private final Map<String, List<CountedSession>> rowsByPatient = new HashMap<>();
    private final Map<PatientQuotaKey, Integer> patients = new HashMap<>();
    private final Map<ReferralKey, Integer> referrals = new HashMap<>();
    private final Map<PsychologistYear, Integer> psychologists = new HashMap<>();
    private final Map<Integer, Integer> networkYears = new HashMap<>();

    private final PatientSessions preloaded;

    LedgerUsage(SessionLedger sessions, String network, long fileId) {
        this(sessions, network, fileId, null);
    }

    /** @param preloaded the patients' sessions already read for the list (null: read them here) */
    LedgerUsage(SessionLedger sessions, String network, long fileId, PatientSessions preloaded) {
        this.sessions = sessions;
        this.network = network;
        this.fileId = fileId;
        this.preloaded = preloaded;
    }

    /** Reads what the keys of a chunk need and was not read yet. */
    void load(QuotaKeys keys) {
        Set<String> unread = new HashSet<>();
        keys.patients().forEach(k -> unread.add(k.patient().value()));
        keys.referrals().forEach(k -> unread.add(k.patient().value()));
        unread.removeAll(rowsByPatient.keySet());
        unread.forEach(p -> rowsByPatient.put(p, new java.util.ArrayList<>()));
        List<CountedSession> counted = preloaded != null && unread.stream().allMatch(preloaded::holds)
                ? preloaded.counted(network, fileId, unread)
                : sessions.acceptedOfPatients(network, fileId, unread);
        for (CountedSession row : counted) {
            rowsByPatient.get(row.patientNiss()).add(row);
        }
        // plain loops: a list's few hundred keys, each over its patient's few sessions, under the network's lock
        for (PatientQuotaKey k : keys.patients()) {
            if (patients.containsKey(k)) {
                continue;
            }
            int n = 0;
            for (CountedSession r : rowsByPatient.get(k.patient().value())) {
                if (!r.sessionDate().isBefore(k.from()) && !r.sessionDate().isAfter(k.to())
                        && named(k.cares(), r.care()) && named(k.kinds(), r.serviceKind())) {
                    n++;
                }
            }
            patients.put(k, n);
        }
        for (ReferralKey k : keys.referrals()) {
            if (referrals.containsKey(k)) {
                continue;
            }
            String prescriber = k.prescriber() == null ? null : k.prescriber().value();
            int n = 0;
            for (CountedSession r : rowsByPatient.get(k.patient().value())) {
                if (k.referralDate().equals(r.referralDate()) && Objects.equals(prescriber, r.prescriberInami())) {
                    n++;
                }
            }
            referrals.put(k, n);
        }
        for (PsychologistYear k : keys.psychologists()) {
            psychologists.computeIfAbsent(k, key -> sessions.quotaCount(network, key.psychologist().value(),
                    key.year()));
        }
        for (Integer year : keys.networkYears()) {
            networkYears.computeIfAbsent(year, y -> sessions.quotaCount(network, null, y));
        }
    }

    /** Whether one of the constants is named {@code name} (a column's text): a set of one to three. */
    private static boolean named(Set<? extends Enum<?>> constants, String name) {
        for (Enum<?> constant : constants) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int patient(PatientQuotaKey key) {
        return read(patients, key);
    }

    @Override
    public int referral(ReferralKey key) {
        return read(referrals, key);
    }

    @Override
    public int psychologist(be.psygate.identity.Inami psychologist, int year) {
        return read(psychologists, new PsychologistYear(psychologist, year));
    }

    @Override
    public int network(int year) {
        return read(networkYears, year);
    }

    private static <K> int read(Map<K, Integer> counts, K key) {
        Integer n = counts.get(key);
        if (n == null) {
            throw new IllegalStateException("quota usage asked before it was loaded: " + key);
        }
        return n;
    }
}
