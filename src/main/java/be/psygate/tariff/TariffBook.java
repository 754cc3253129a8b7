package be.psygate.tariff;

import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every tariff version the gateway knows, and the convention's list of pseudocodes. A session is priced with the
 * version in force on its session date (the latest version starting on or before it), never with the one in force
 * when the list arrives.
 */
public final class TariffBook {

    private final NavigableMap<LocalDate, TariffVersion> versions = new TreeMap<>();
    private final ConventionCodes listed;

    public TariffBook(Collection<TariffVersion> versions) {
        this(versions, ConventionCodes.NONE);
    }

    /** The versions, and the convention's list of codes, which may name codes that no version prices. */
    public TariffBook(Collection<TariffVersion> versions, ConventionCodes listed) {
        this.listed = Objects.requireNonNull(listed, "listed");
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

    /**
     * Whether {@code code} is one of the convention's: the convention lists it, or any version, past or future, has
     * a tariff for it. A known code may still have no tariff on a given date.
     */
    public boolean knows(Pseudocode code) {
        return listed.lists(code) || versions.values().stream().anyMatch(version -> version.has(code));
    }

    /** The convention's list of codes this book was given. */
    public ConventionCodes conventionCodes() {
        return listed;
    }

    /** The versions, oldest first. */
    public List<TariffVersion> versions() {
        return new ArrayList<>(versions.values());
    }
}
