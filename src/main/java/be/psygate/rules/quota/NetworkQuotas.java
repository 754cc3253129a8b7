package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import be.psygate.identity.Required;
import be.psygate.rules.Ceiling;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.PatientCeilings;
import be.psygate.rules.RuleSet;
import be.psygate.rules.ValidSession;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The quotas of one network (one billing hospital's network): its id (the scope of every count), its public (which
 * patient ceilings of a 2021 rule set apply), each psychologist's yearly capacity in sessions (from their
 * cooperation agreement), and the network's yearly contingent of sessions (null: none). It also says which counts a
 * session draws on ({@link #keysOf}), so that the caller can load them before allocating.
 */
public record NetworkQuotas(
        String network,
        NetworkPublic networkPublic,
        ToIntFunction<Inami> capacity,
        Integer contingent) {

    public NetworkQuotas {
        Required.nonNull("network, networkPublic, capacity", network, networkPublic, capacity);
        if (contingent != null && contingent < 0) {
            throw new IllegalArgumentException("A contingent cannot be negative, got " + contingent);
        }
    }

    /** Whether the session counts against the quotas: a session proper (SPPL or SPS, individual or group). */
    public static boolean counts(ValidSession session) {
        return PatientCeilings.counts(session.care(), session.kind());
    }

    /** The counts one session draws on; none for a line that does not count. */
    public QuotaKeys keysOf(ValidSession session) {
        if (!counts(session)) {
            return QuotaKeys.none();
        }
        int year = session.sessionDate().getYear();
        return new QuotaKeys(
                patientQuota(session).map(PatientQuota::key).map(Set::of).orElse(Set.of()),
                referralKey(session).map(Set::of).orElse(Set.of()),
                Set.of(new PsychologistYear(session.psychologist(), year)),
                Set.of(year));
    }

    /** The counts a chunk of sessions draws on, to load in one go. */
    public QuotaKeys keysOf(Collection<ValidSession> sessions) {
        Set<PatientQuotaKey> patients = new HashSet<>();
        Set<ReferralKey> referrals = new HashSet<>();
        Set<PsychologistYear> psychologists = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (ValidSession session : sessions) {
            // what keysOf(session) gives, added without a set of its own for each session
            if (!counts(session)) {
                continue;
            }
            int year = session.sessionDate().getYear();
            patientQuota(session).ifPresent(quota -> patients.add(quota.key()));
            referralKey(session).ifPresent(referrals::add);
            psychologists.add(new PsychologistYear(session.psychologist(), year));
            years.add(year);
        }
        return new QuotaKeys(patients, referrals, psychologists, years);
    }

    /** The patient ceiling a counted session falls under in this network, with the key of its count. */
    Optional<PatientQuota> patientQuota(ValidSession session) {
        RuleSet rules = session.ruleSet();
        return rules.patientCeilings().ceilingFor(networkPublic, session.care(), session.kind())
                .map(ceiling -> new PatientQuota(ceiling, keyOf(session, rules, ceiling)));
    }

    /** The referral whose series a session uses, when its rule set asks for referrals. */
    Optional<ReferralKey> referralKey(ValidSession session) {
        if (!session.ruleSet().referral().required() || session.referralDate() == null
                || session.prescriber() == null) {
            return Optional.empty();
        }
        return Optional.of(new ReferralKey(network, session.patient(), session.referralDate(), session.prescriber()));
    }

    private PatientQuotaKey keyOf(ValidSession session, RuleSet rules, Ceiling ceiling) {
        int year = session.sessionDate().getYear();
        LocalDate from = later(LocalDate.of(year, 1, 1), rules.validFrom());
        LocalDate to = rules.until().map(until -> earlier(LocalDate.of(year, 12, 31), until))
                .orElse(LocalDate.of(year, 12, 31));
        return new PatientQuotaKey(network, session.patient(), year, from, to, ceiling.cares(), ceiling.kinds());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A ceiling and the key of the count it limits. */
    record PatientQuota(Ceiling ceiling, PatientQuotaKey key) {
    }
}
