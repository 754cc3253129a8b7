package be.psygate.rules;

/**
 * One line of a session list exactly as the practice wrote it: every field is still text and nothing in it
 * is trusted yet. {@code formatProblem} is set when the line could not even be split into its fields (the
 * reader then fills what it could); such a line is rejected as malformed.
 */
public record DeclaredSession(
        long lineNumber,
        String lineRef,
        String psychologistInami,
        String patientNiss,
        String insurerCode,
        String preferentialRegime,
        String sessionDate,
        String pseudocode,
        String groupParticipants,
        String referralDate,
        String prescriberInami,
        String formatProblem) {

    public static DeclaredSession malformed(long lineNumber, String lineRef, String problem) {
        return new DeclaredSession(lineNumber, lineRef, null, null, null, null, null, null, null, null, null, problem);
    }

    public boolean isMalformed() {
        return formatProblem != null;
    }

    /**
     * Like the record's own form, but never with a national number in clear (the patient's, or one typed in another
     * column), since a line may end up in a log.
     */
    @Override
    public String toString() {
        return "DeclaredSession[lineNumber=" + lineNumber + ", lineRef=" + Shown.value(lineRef)
                + ", psychologistInami=" + Shown.value(psychologistInami) + ", patientNiss=" + Shown.niss(patientNiss)
                + ", insurerCode=" + Shown.value(insurerCode) + ", preferentialRegime=" + Shown.value(preferentialRegime)
                + ", sessionDate=" + Shown.value(sessionDate) + ", pseudocode=" + Shown.value(pseudocode)
                + ", groupParticipants=" + Shown.value(groupParticipants)
                + ", referralDate=" + Shown.value(referralDate) + ", prescriberInami=" + Shown.value(prescriberInami)
                + ", formatProblem=" + formatProblem + "]";
    }
}
