package be.psygate.rules.quota;

import java.util.HashSet;
import java.util.Set;

/**
 * The counts a set of sessions may draw on, for the caller to load from what it stored before allocating them:
 * patient ceilings, 2019 referrals, psychologists' years and the network's years. Every count is of accepted
 * sessions that count against quotas (care SPPL or SPS, kind individual or group; see
 * {@link be.psygate.rules.PatientCeilings#counts}) of the allocator's network.
 */
public record QuotaKeys(
        Set<PatientQuotaKey> patients,
        Set<ReferralKey> referrals,
        Set<PsychologistYear> psychologists,
        Set<Integer> networkYears) {

    private static final QuotaKeys NONE = new QuotaKeys(Set.of(), Set.of(), Set.of(), Set.of());

    public QuotaKeys {
        patients = Set.copyOf(patients);
        referrals = Set.copyOf(referrals);
        psychologists = Set.copyOf(psychologists);
        networkYears = Set.copyOf(networkYears);
    }

    public static QuotaKeys none() {
        return NONE;
    }

    /** These keys and those of {@code other}. */
    public QuotaKeys plus(QuotaKeys other) {
        return new QuotaKeys(union(patients, other.patients), union(referrals, other.referrals),
                union(psychologists, other.psychologists), union(networkYears, other.networkYears));
    }

    public boolean isEmpty() {
        return patients.isEmpty() && referrals.isEmpty() && psychologists.isEmpty() && networkYears.isEmpty();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
