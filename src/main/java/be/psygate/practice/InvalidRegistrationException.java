package be.psygate.practice;

import java.util.List;

/** A practice registration that cannot be accepted; {@link #problems()} lists every field at fault. */
public class InvalidRegistrationException extends RuntimeException {

    private final List<String> problems;

    public InvalidRegistrationException(List<String> problems) {
        super("Invalid practice registration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
