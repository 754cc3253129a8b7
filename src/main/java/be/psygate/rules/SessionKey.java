package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import java.time.LocalDate;

/**
 * What makes a session the same session: the same psychologist, patient, date and pseudocode. A second line with
 * the key of an accepted one is a duplicate, within a file ({@link ListValidator}) or across files (the caller, with
 * the same key on the sessions it stored). Its printed form masks the national number.
 */
public record SessionKey(Inami psychologist, Niss patient, LocalDate sessionDate, Pseudocode pseudocode) {

    public SessionKey {
        Required.nonNull("psychologist, patient, sessionDate, pseudocode",
                psychologist, patient, sessionDate, pseudocode);
    }
}
