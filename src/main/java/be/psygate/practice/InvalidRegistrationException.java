package be.psygate.practice;

import java.util.List;

/** Reference data (a practice, a network, a set of them) that cannot be accepted; {@link #errors()} lists every field at fault. */
public class InvalidRegistrationException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRegistrationException(List<FieldError> errors) {
        super("Invalid registration: " + errors.stream().map(FieldError::toString).reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
