package be.psygate.rules;

import be.psygate.identity.TestIds;

/** A valid individual session line of the test practice, to be spoiled one field at a time. */
final class LineBuilder {

    static final String PRACTICE = TestIds.inami("123456", "790");
    static final String OTHER_REGISTERED = TestIds.inami("234567", "790");
    static final String UNREGISTERED = TestIds.inami("345678", "790");
    static final String PATIENT = TestIds.niss("850730", 33, false);
    static final String PRESCRIBER = TestIds.inami("456789", "010");

    private static long nextLineNumber = 1;

    long lineNumber = nextLineNumber++;
    String lineRef = "REF-" + lineNumber;
    String psychologistInami = PRACTICE;
    String patientNiss = PATIENT;
    String insurerCode = "228";
    String preferentialRegime = "N";
    String sessionDate = "2023-03-15";
    String pseudocode = "792691";
    String groupParticipants = "";
    String referralDate = "";
    String prescriberInami = "";

    static LineBuilder line() {
        return new LineBuilder();
    }

    static LineBuilder groupLine(String pseudocode, int participants) {
        LineBuilder line = line();
        line.pseudocode = pseudocode;
        line.groupParticipants = String.valueOf(participants);
        return line;
    }

    LineBuilder lineRef(String value) {
        lineRef = value;
        return this;
    }

    LineBuilder psychologist(String value) {
        psychologistInami = value;
        return this;
    }

    LineBuilder patient(String value) {
        patientNiss = value;
        return this;
    }

    LineBuilder insurer(String value) {
        insurerCode = value;
        return this;
    }

    LineBuilder regime(String value) {
        preferentialRegime = value;
        return this;
    }

    LineBuilder date(String value) {
        sessionDate = value;
        return this;
    }

    LineBuilder pseudocode(String value) {
        pseudocode = value;
        return this;
    }

    LineBuilder participants(String value) {
        groupParticipants = value;
        return this;
    }

    LineBuilder referral(String date, String prescriber) {
        referralDate = date;
        prescriberInami = prescriber;
        return this;
    }

    DeclaredSession build() {
        return new DeclaredSession(lineNumber, lineRef, psychologistInami, patientNiss, insurerCode,
                preferentialRegime, sessionDate, pseudocode, groupParticipants, referralDate, prescriberInami, null);
    }
}
