package be.psygate.practice;

/**
 * One field at fault in what an administrator sent, as the REST API answers it
 * ({@code {"errors":[{"field":"publicKind","message":"..."}]}}). {@code field} names the field as sent, with its
 * entry when it is part of a set ({@code practices[3].iban}); {@code message} says what is expected and never
 * repeats the value received.
 */
public record FieldError(String field, String message) {

    /** The same error, for the entry of a set at {@code prefix} (e.g. {@code networks[0]}). */
    public FieldError within(String prefix) {
        return new FieldError(prefix + "." + field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
