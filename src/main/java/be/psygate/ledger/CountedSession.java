package be.psygate.ledger;

import java.time.LocalDate;

/** An accepted session of a patient as the quotas count it. */
public record CountedSession(String patientNiss, LocalDate sessionDate, String care, String serviceKind,
                             LocalDate referralDate, String prescriberInami) {

    /** Its printed form leaves the national number out. */
    @Override
    public String toString() {
        return "CountedSession[" + sessionDate + ", " + care + ", " + serviceKind + "]";
    }
}
