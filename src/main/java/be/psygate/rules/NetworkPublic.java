package be.psygate.rules;

/**
 * Whom a mental-health network serves: adults (the "107" networks, from 15 years under the 2021 convention) or
 * children and adolescents (up to 23 years). It decides which age bounds and which yearly ceilings per patient apply
 * to the network's sessions.
 */
public enum NetworkPublic {
    ADULTS,
    CHILDREN
}
