package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.ReferralRule;
import be.psygate.rules.ValidSession;
import java.util.Objects;

/**
 * Decides, for sessions the {@link be.psygate.rules.ListValidator} accepted, what depends on the network's history:
 * first come, first served, each session is accepted only if every quota it draws on has room left, counting the
 * prior usage and what this allocator accepted before it. A session that does not count (a mission, a care-path
 * reimbursement: care NONE) is always accepted and never counted.
 *
 * <p>The quotas, checked in this order (the first that is full gives the reason; a refused session is counted
 * nowhere, so the order decides only the reason, never which sessions are accepted):
 * <ol>
 *   <li>{@code REFERRAL_SERIES_EXHAUSTED}: under a rule set that asks for referrals (2019), one referral (patient,
 *       referral date, prescriber) covers at most its series times (1 + renewals) sessions, across files;</li>
 *   <li>{@code PATIENT_CEILING_REACHED}: the patient's yearly ceiling in the network (2019: all sessions; 2021: per
 *       care level and kind for the network's public);</li>
 *   <li>{@code CAPACITY_EXCEEDED}: the psychologist's sessions per calendar year in the agreement;</li>
 *   <li>{@code CONTINGENT_EXCEEDED}: the network's sessions per calendar year.</li>
 * </ol>
 * From the most particular to the most general: the reason names what the practice can act on (a new referral, the
 * patient's entitlement) before what is the network's business.
 *
 * <p>How to use it, for one network:
 * <ol>
 *   <li>Take the accepted verdicts of a chunk and order their sessions: by arrival across files, and within a file
 *       by session date, then line number.</li>
 *   <li>{@link NetworkQuotas#keysOf(java.util.Collection)} gives the counts the chunk draws on; load them in one
 *       query from the stored accepted sessions of the network (what each key says to count) into a
 *       {@link UsageTally} or another {@link UsageCounts}.</li>
 *   <li>Create an allocator with that prior usage and call {@link #allocate} for each session, in order; apply the
 *       answer to the verdict ({@link Allocation#applyTo}).</li>
 *   <li>Store the chunk. For the next chunk, start again from step 2 with a new allocator: the prior usage given to
 *       an allocator must not change while it is used, since the allocator adds what it accepts on top of it.</li>
 * </ol>
 * Two allocations for the same network must not run at the same time (the second would not see what the first
 * accepts). Not thread-safe.
 */
public final class QuotaAllocator {

    private final NetworkQuotas quotas;
    private final UsageCounts prior;
    private final UsageTally accepted = new UsageTally();

    public QuotaAllocator(NetworkQuotas quotas, UsageCounts prior) {
        this.quotas = Objects.requireNonNull(quotas, "quotas");
        this.prior = Objects.requireNonNull(prior, "prior");
    }

    /** Accepts and counts the session if every quota it draws on has room; else says which is full. */
    public Allocation allocate(ValidSession session) {
        Objects.requireNonNull(session, "session");
        if (!NetworkQuotas.counts(session)) {
            return Allocation.accepted();
        }
        // the keys of the session, made once for the checks and the count
        ReferralKey referral = quotas.referralKey(session).orElse(null);
        NetworkQuotas.PatientQuota patient = quotas.patientQuota(session).orElse(null);
        int year = session.sessionDate().getYear();
        Allocation refusal = referralSeries(session, referral);
        if (refusal == null) {
            refusal = patientCeiling(patient);
        }
        if (refusal == null) {
            refusal = capacity(session.psychologist(), year);
        }
        if (refusal == null) {
            refusal = contingent(year);
        }
        if (refusal != null) {
            return refusal;
        }
        accepted.record(patient == null ? null : patient.key(), referral,
                new PsychologistYear(session.psychologist(), year), year);
        return Allocation.accepted();
    }

    /** The refusal of the referral's series, or null when it has room (or the session needs no referral). */
    private Allocation referralSeries(ValidSession session, ReferralKey key) {
        if (key == null) {
            return null;
        }
        ReferralRule rule = session.ruleSet().referral();
        int used = prior.referral(key) + accepted.referral(key);
        return used < rule.sessionsPerReferral() ? null
                : Allocation.refused(ReasonCode.REFERRAL_SERIES_EXHAUSTED, key.referralDate(),
                        rule.sessionsPerReferral(), rule.seriesSize(), rule.renewals());
    }

    private Allocation patientCeiling(NetworkQuotas.PatientQuota quota) {
        if (quota == null) {
            return null;
        }
        int used = prior.patient(quota.key()) + accepted.patient(quota.key());
        return used < quota.ceiling().sessions() ? null
                : Allocation.refused(ReasonCode.PATIENT_CEILING_REACHED, quota.ceiling().sessions(),
                        quota.ceiling().kindsShown(), quota.ceiling().caresShown(), quota.key().year());
    }

    private Allocation capacity(Inami psychologist, int year) {
        int capacity = quotas.capacity().applyAsInt(psychologist);
        if (capacity < 0) {
            throw new IllegalStateException("The capacity of " + psychologist + " is negative: " + capacity);
        }
        int used = prior.psychologist(psychologist, year) + accepted.psychologist(psychologist, year);
        return used < capacity ? null : Allocation.refused(ReasonCode.CAPACITY_EXCEEDED, psychologist, capacity, year);
    }

    private Allocation contingent(int year) {
        Integer contingent = quotas.contingent();
        if (contingent == null || prior.network(year) + accepted.network(year) < contingent) {
            return null;
        }
        return Allocation.refused(ReasonCode.CONTINGENT_EXCEEDED, contingent, year);
    }
}
