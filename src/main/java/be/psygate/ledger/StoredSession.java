package be.psygate.ledger;

import java.time.LocalDate;

/** An accepted session as stored, read back for the quotas that depend on history. */
public record StoredSession(long id, String lineRef, String psychologistInami, String patientNiss, String insurerCode,
                            boolean preferential, LocalDate sessionDate, String pseudocode, Integer groupParticipants,
                            LocalDate referralDate, String prescriberInami) {

    /** Its printed form leaves the national number out. */
    @Override
    public String toString() {
        return "StoredSession[" + id + ", " + lineRef + ", " + sessionDate + ", " + pseudocode + "]";
    }
}
