package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import java.util.HashMap;
import java.util.Map;

/**
 * Usage counts held in memory: filled by the caller with the counts it loaded ({@code put...}), and counting the
 * sessions recorded on it ({@link #record}). The allocator keeps what it accepts in one; a caller can use one as the
 * prior usage of a chunk. Not thread-safe.
 */
public final class UsageTally implements UsageCounts {

    private final Map<PatientQuotaKey, Integer> patients = new HashMap<>();
    private final Map<ReferralKey, Integer> referrals = new HashMap<>();
    private final Map<PsychologistYear, Integer> psychologists = new HashMap<>();
    private final Map<Integer, Integer> networkYears = new HashMap<>();

    @Override
    public int patient(PatientQuotaKey key) {
        return patients.getOrDefault(key, 0);
    }

    @Override
    public int referral(ReferralKey key) {
        return referrals.getOrDefault(key, 0);
    }

    @Override
    public int psychologist(Inami psychologist, int year) {
        return psychologists.getOrDefault(new PsychologistYear(psychologist, year), 0);
    }

    @Override
    public int network(int year) {
        return networkYears.getOrDefault(year, 0);
    }

    public UsageTally putPatient(PatientQuotaKey key, int count) {
        return put(patients, key, count);
    }

    public UsageTally putReferral(ReferralKey key, int count) {
        return put(referrals, key, count);
    }

    public UsageTally putPsychologist(PsychologistYear key, int count) {
        return put(psychologists, key, count);
    }

    public UsageTally putNetwork(int year, int count) {
        return put(networkYears, year, count);
    }

    /** Counts one more accepted session under each of {@code keys} (the keys of that one session). */
    public void record(QuotaKeys keys) {
        keys.patients().forEach(k -> patients.merge(k, 1, Integer::sum));
        keys.referrals().forEach(k -> referrals.merge(k, 1, Integer::sum));
        keys.psychologists().forEach(k -> psychologists.merge(k, 1, Integer::sum));
        keys.networkYears().forEach(k -> networkYears.merge(k, 1, Integer::sum));
    }

    /**
     * Counts one more accepted session under its keys, as {@link #record(QuotaKeys)} with the keys of that one
     * session: its patient ceiling and referral (null when it has none), its psychologist's year and the year.
     */
    void record(PatientQuotaKey patient, ReferralKey referral, PsychologistYear psychologist, int year) {
        if (patient != null) {
            patients.merge(patient, 1, Integer::sum);
        }
        if (referral != null) {
            referrals.merge(referral, 1, Integer::sum);
        }
        psychologists.merge(psychologist, 1, Integer::sum);
        networkYears.merge(year, 1, Integer::sum);
    }

    /** Sets a loaded count, which cannot be negative. */
    private <K> UsageTally put(Map<K, Integer> counts, K key, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A usage count cannot be negative, got " + count);
        }
        counts.put(key, count);
        return this;
    }
}
