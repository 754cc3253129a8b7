package be.psygate.rules;

import be.psygate.identity.Inami;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the validation of a list needs to know about the practice that uploaded it: its own INAMI number (a
 * practice bills only its own sessions) and which psychologists are registered with the network.
 */
public record PracticeContext(Inami inami, Predicate<Inami> knownPsychologist) {

    public PracticeContext {
        Objects.requireNonNull(inami, "inami");
        Objects.requireNonNull(knownPsychologist, "knownPsychologist");
    }
}
