package be.psygate.tariff;

import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every tariff version the gateway knows. A session is priced with the version in force on its session date (the
 * latest version starting on or before it), never with the one in force when the list arrives.
 */
public final class TariffBook {

    private final NavigableMap<LocalDate, TariffVersion> versions = new TreeMap<>();

    public TariffBook(Collection<TariffVersion> versions) {
        for (TariffVersion version : versions) {
            if (this.versions.putIfAbsent(version.validFrom(), version) != null) {
                throw new IllegalArgumentException("Two tariff versions start on " + version.validFrom());
            }
        }
    }

    public static TariffBook of(TariffVersion... versions) {
        return new TariffBook(List.of(versions));
    }

    /** The tariff of {@code code} in the version in force on {@code sessionDate}; empty if none. */
    public Optional<Tariff> find(Pseudocode code, LocalDate sessionDate) {
        Map.Entry<LocalDate, TariffVersion> inForce = versions.floorEntry(sessionDate);
        return inForce == null ? Optional.empty() : inForce.getValue().find(code);
    }

    /** Whether any version, past or future, has a tariff for {@code code}. */
    public boolean knows(Pseudocode code) {
        return versions.values().stream().anyMatch(version -> version.has(code));
    }

    /** The versions, oldest first. */
    public List<TariffVersion> versions() {
        return new ArrayList<>(versions.values());
    }
}
