package be.psygate.rules.quota;

import be.psygate.identity.Inami;

/**
 * What the network has already used before an allocation: the numbers of accepted counted sessions (care SPPL or
 * SPS, individual or group) per patient ceiling, per 2019 referral, per psychologist and year, and per year for the
 * whole network. The caller, who owns the stored sessions, implements it, typically by loading the counts of
 * {@link QuotaKeys} for a whole chunk in one query into a {@link UsageTally}. A key it knows nothing about counts 0.
 */
public interface UsageCounts {

    int patient(PatientQuotaKey key);

    int referral(ReferralKey key);

    int psychologist(Inami psychologist, int year);

    int network(int year);

    /** Nothing used yet. */
    static UsageCounts none() {
        return new UsageTally();
    }
}
