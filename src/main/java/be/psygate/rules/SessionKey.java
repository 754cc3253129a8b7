package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What makes a session the same session: the same psychologist, patient, date and pseudocode. A second line with
 * the key of an accepted one is a duplicate, within a file ({@link ListValidator}) or across files (the caller, with
 * the same key on the sessions it stored). Its printed form masks the national number.
 */
public record SessionKey(Inami psychologist, Niss patient, LocalDate sessionDate, Pseudocode pseudocode) {

    public SessionKey {
        Objects.requireNonNull(psychologist, "psychologist");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(pseudocode, "pseudocode");
    }
}
