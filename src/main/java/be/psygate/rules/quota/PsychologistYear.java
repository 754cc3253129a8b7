package be.psygate.rules.quota;

import be.psygate.identity.Inami;
import java.util.Objects;

/** One psychologist's calendar year in the network, as a count to load: their accepted counted sessions that year. */
public record PsychologistYear(Inami psychologist, int year) {

    public PsychologistYear {
        Objects.requireNonNull(psychologist, "psychologist");
    }
}
