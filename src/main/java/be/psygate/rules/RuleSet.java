package be.psygate.rules;

import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one convention period, for the sessions dated from {@code validFrom} to {@code validUntil}
 * (inclusive; null: until a later rule set starts): whether a referral is needed and how many sessions it covers,
 * the yearly ceilings per patient, the ages each network public may serve, the size of a group session, and the
 * copay exemptions. The rules that use them are Java ({@link ListValidator}, the quota engine); the values are read
 * from {@code mappings/rules/<validFrom>.yaml} by {@link RuleBookYaml}.
 */
public record RuleSet(
        String name,
        LocalDate validFrom,
        LocalDate validUntil,
        ReferralRule referral,
        PatientCeilings patientCeilings,
        Map<NetworkPublic, AgeRange> targetAges,
        GroupSize groupSize,
        List<CopayExemption> copayExemptions) {

    public RuleSet {
        Required.nonNull("name, validFrom, referral, patientCeilings, groupSize",
                name, validFrom, referral, patientCeilings, groupSize);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException(
                    "Rule set " + name + " ends (" + validUntil + ") before it starts (" + validFrom + ")");
        }
        Map<NetworkPublic, AgeRange> ages = new EnumMap<>(NetworkPublic.class);
        for (NetworkPublic networkPublic : NetworkPublic.values()) {
            AgeRange range = targetAges.get(networkPublic);
            if (range == null) {
                throw new IllegalArgumentException("Rule set " + name + " gives no target ages for " + networkPublic);
            }
            ages.put(networkPublic, range);
        }
        targetAges = Map.copyOf(ages);
        copayExemptions = List.copyOf(copayExemptions);
    }

    /** Whether a session on {@code date} falls under this rule set. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(validUntil);
    }

    /** The ages a network of this public may serve. */
    public AgeRange targetAges(NetworkPublic networkPublic) {
        return targetAges.get(networkPublic);
    }

    /** The exemption that takes the copay of this session away, if any. */
    public Optional<CopayExemption> copayExemption(Pseudocode code, LocalDate sessionDate, Niss patient) {
        for (CopayExemption exemption : copayExemptions) {
            if (exemption.exempts(code, sessionDate, patient)) {
                return Optional.of(exemption);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + ", " + validFrom + " to " + (validUntil == null ? "..." : validUntil) + "]";
    }
}
