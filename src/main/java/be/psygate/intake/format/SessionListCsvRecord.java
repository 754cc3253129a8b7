package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * The Bindy model of one line of a CSV session list (version 1): ten text columns, in the contract's order.
 * Public because Bindy instantiates it by reflection; only this package reads it. {@code crlf} only matters
 * when writing; it is set because Bindy's default is Windows line ends.
 */
@CsvRecord(separator = ";", skipFirstLine = true, generateHeaderColumns = true, crlf = "UNIX")
public class SessionListCsvRecord {

    @DataField(pos = 1, columnName = "line_ref") private String lineRef;
    @DataField(pos = 2, columnName = "psychologist_inami") private String psychologistInami;
    @DataField(pos = 3, columnName = "patient_niss") private String patientNiss;
    @DataField(pos = 4, columnName = "insurer_code") private String insurerCode;
    @DataField(pos = 5, columnName = "preferential_regime") private String preferentialRegime;
    @DataField(pos = 6, columnName = "session_date") private String sessionDate;
    @DataField(pos = 7, columnName = "pseudocode") private String pseudocode;
    @DataField(pos = 8, columnName = "group_participants") private String groupParticipants;
    @DataField(pos = 9, columnName = "referral_date") private String referralDate;
    @DataField(pos = 10, columnName = "prescriber_inami") private String prescriberInami;

    /** The line as a declared session, with the given line number. */
    DeclaredSession toDeclaredSession(long lineNumber) {
        return new DeclaredSession(lineNumber, lineRef, psychologistInami, patientNiss, insurerCode,
                preferentialRegime, sessionDate, pseudocode, groupParticipants, referralDate, prescriberInami,
                null);
    }
}
