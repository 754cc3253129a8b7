package be.psygate.practice;

/**
 * A mental-health network ("réseau 107"), represented by its billing hospital. {@code publicKind} says whether it
 * serves adults or children and adolescents; the yearly contingent is the number of sessions the convention gives it.
 */
public record Network(String id, String name, PublicKind publicKind, Integer yearlyContingent) {

    public enum PublicKind { ADULTS, CHILDREN }
}
