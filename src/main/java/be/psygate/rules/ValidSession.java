package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.identity.Required;
import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import be.psygate.tariff.Tariff;
import java.time.LocalDate;

/**
 * A declared session that passed the checks, with every field typed: who performed it for whom, when, under which
 * pseudocode and which tariff, and the convention rule set in force on its date (which the quota engine applies).
 * {@code groupParticipants} is null for an individual session; {@code referralDate} and {@code prescriber} are null
 * when the line gives none. Its printed form masks the patient's national number.
 */
public record ValidSession(
        LineRef lineRef,
        Inami psychologist,
        Niss patient,
        InsurerCode insurer,
        boolean preferential,
        LocalDate sessionDate,
        Pseudocode pseudocode,
        Integer groupParticipants,
        LocalDate referralDate,
        Inami prescriber,
        Tariff tariff,
        RuleSet ruleSet) {

    public ValidSession {
        Required.nonNull("lineRef, psychologist, patient, insurer, sessionDate, pseudocode, tariff, ruleSet",
                lineRef, psychologist, patient, insurer, sessionDate, pseudocode, tariff, ruleSet);
        if (!ruleSet.covers(sessionDate)) {
            throw new IllegalArgumentException(ruleSet + " does not cover the session date " + sessionDate);
        }
    }

    public boolean isGroup() {
        return groupParticipants != null;
    }

    /** The level of care, from the tariff: first-line (SPPL), specialised (SPS), or neither. */
    public Care care() {
        return tariff.care();
    }

    /** What the pseudocode pays for, from the tariff: an individual session, a group place, or a mission. */
    public ServiceKind kind() {
        return tariff.kind();
    }

    /** The key a duplicate of this session would share with it. */
    public SessionKey key() {
        return new SessionKey(psychologist, patient, sessionDate, pseudocode);
    }
}
