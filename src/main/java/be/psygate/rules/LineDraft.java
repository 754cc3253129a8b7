package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.tariff.Tariff;
import java.time.LocalDate;

/**
 * A line on its way through the checks: the raw line, and the typed values the checks passed so far have
 * established. A check may rely on what the checks before it have filled in.
 */
final class LineDraft {

    final DeclaredSession line;
    LineRef lineRef;
    Inami psychologist;
    Niss patient;
    InsurerCode insurer;
    boolean preferential;
    LocalDate sessionDate;
    Pseudocode pseudocode;
    Tariff tariff;
    Integer groupParticipants;
    int indexInGroup;
    LocalDate referralDate;
    Inami prescriber;
    RuleSet rules;

    LineDraft(DeclaredSession line) {
        this.line = line;
    }

    SessionKey sessionKey() {
        return new SessionKey(psychologist, patient, sessionDate, pseudocode);
    }

    ValidSession toValidSession() {
        return new ValidSession(lineRef, psychologist, patient, insurer, preferential, sessionDate, pseudocode,
                groupParticipants, referralDate, prescriber, tariff, rules);
    }
}
