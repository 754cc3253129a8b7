package be.psygate.rules;

import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many sessions a patient may have reimbursed per calendar year within one network, counted across all its
 * psychologists. Either one ceiling for every session (2019 convention: 8), or one per network public, care level
 * and kind (2021 convention, public). Only sessions proper count: individual and group sessions of
 * first-line (SPPL) or specialised (SPS) care, never network missions or care-path reimbursements.
 */
public sealed interface PatientCeilings permits PatientCeilings.PerYear, PatientCeilings.ByCareAndKind {

    /** The care levels whose sessions count against ceilings, capacities and contingents. */
    Set<Care> COUNTED_CARES = Set.copyOf(EnumSet.of(Care.SPPL, Care.SPS));

    /** The kinds of service that count: a mission has no patient. */
    Set<ServiceKind> COUNTED_KINDS = Set.copyOf(EnumSet.of(ServiceKind.INDIVIDUAL, ServiceKind.GROUP));

    /** Whether a line of this care and kind is a session that counts against the quotas. */
    static boolean counts(Care care, ServiceKind kind) {
        return COUNTED_CARES.contains(care) && COUNTED_KINDS.contains(kind);
    }

    /** The ceiling a counted session of this care and kind falls under in a network of this public, if any. */
    Optional<Ceiling> ceilingFor(NetworkPublic networkPublic, Care care, ServiceKind kind);

    /** One ceiling for all counted sessions of a patient in a calendar year. */
    record PerYear(int sessions) implements PatientCeilings {

        public PerYear {
            if (sessions < 1) {
                throw new IllegalArgumentException("A yearly ceiling allows at least 1 session, got " + sessions);
            }
        }

        @Override
        public Optional<Ceiling> ceilingFor(NetworkPublic networkPublic, Care care, ServiceKind kind) {
            return counts(care, kind) ? Optional.of(new Ceiling(sessions, COUNTED_CARES, COUNTED_KINDS))
                    : Optional.empty();
        }
    }

    /** A ceiling per network public, care level and kind; a combination missing from the table has none. */
    record ByCareAndKind(Map<NetworkPublic, Map<Care, Map<ServiceKind, Integer>>> table) implements PatientCeilings {

        public ByCareAndKind {
            Map<NetworkPublic, Map<Care, Map<ServiceKind, Integer>>> copy = new EnumMap<>(NetworkPublic.class);
            table.forEach((networkPublic, byCare) -> {
                Map<Care, Map<ServiceKind, Integer>> cares = new EnumMap<>(Care.class);
                byCare.forEach((care, byKind) -> {
                    byKind.forEach((kind, sessions) -> {
                        if (!counts(care, kind)) {
                            throw new IllegalArgumentException(
                                    "No ceiling can be set for " + care + " " + kind + ": it does not count");
                        }
                        if (sessions == null || sessions < 1) {
                            throw new IllegalArgumentException("The ceiling for " + networkPublic + " " + care + " "
                                    + kind + " must allow at least 1 session, got " + sessions);
                        }
                    });
                    cares.put(care, Map.copyOf(byKind));
                });
                copy.put(networkPublic, Map.copyOf(cares));
            });
            table = Map.copyOf(copy);
        }

        @Override
        public Optional<Ceiling> ceilingFor(NetworkPublic networkPublic, Care care, ServiceKind kind) {
            Integer sessions = table.getOrDefault(networkPublic, Map.of()).getOrDefault(care, Map.of()).get(kind);
            return sessions == null ? Optional.empty() : Optional.of(new Ceiling(sessions, Set.of(care), Set.of(kind)));
        }
    }
}
