package be.psygate.practice;

/** A network or practice as stored by a registration, and whether it was new (created) or already there (updated). */
public record Registered<T>(T value, boolean created) {
}
