package be.psygate.practice;

/**
 * What an administrator sends to register or update a network ({@code POST /api/networks}, or an entry of
 * {@code networks:} in a reference-data set). Text as received; {@link NetworkService} validates it.
 */
public record NetworkRegistration(String id, String name, String publicKind, Integer yearlyContingent) {
}
