package be.psygate.practice;

import java.util.List;

/**
 * A whole set of reference data, in the shape of the demo's file: {@code networks:} and {@code practices:}, each
 * entry with the fields of {@code POST /api/networks} and {@code POST /api/practices}.
 */
public record ReferenceData(List<NetworkRegistration> networks, List<PracticeRegistration> practices) {

    public ReferenceData {
        networks = networks == null ? List.of() : networks;
        practices = practices == null ? List.of() : practices;
    }

    /** How many of each kind were created and updated by loading a set. */
    public record Loaded(Counts networks, Counts practices) {
    }

    /** Entries new to the gateway, and entries it already had. */
    public record Counts(int created, int updated) {
    }
}
