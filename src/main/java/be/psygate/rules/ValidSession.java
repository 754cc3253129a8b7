package be.psygate.rules;

import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.tariff.Tariff;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A declared session that passed the checks, with every field typed: who performed it for whom, when, under which
 * pseudocode and which tariff. {@code groupParticipants} is null for an individual session; {@code referralDate}
 * and {@code prescriber} are null when the line gives none. Its printed form masks the patient's national number.
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
        Tariff tariff) {

    public ValidSession {
        Objects.requireNonNull(lineRef, "lineRef");
        Objects.requireNonNull(psychologist, "psychologist");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(insurer, "insurer");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(pseudocode, "pseudocode");
        Objects.requireNonNull(tariff, "tariff");
    }

    public boolean isGroup() {
        return groupParticipants != null;
    }
}
