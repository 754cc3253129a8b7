package be.psygate.billing.format.csv;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bindy model of one session line of the CSV invoice: every field of an invoice line, amounts with a dot and two
 * decimals, dates {@code yyyy-MM-dd}, an empty field for an absent optional value. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@CsvRecord(separator = ";", generateHeaderColumns = true, crlf = "WINDOWS")
public class InvoiceCsvLine {

    @DataField(pos = 1, columnName = "session_id") long sessionId;
    @DataField(pos = 2, columnName = "line_ref") String lineRef;
    @DataField(pos = 3, columnName = "psychologist_inami") String psychologistInami;
    @DataField(pos = 4, columnName = "patient_niss") String patientNiss;
    @DataField(pos = 5, columnName = "mutuality") String mutuality;
    @DataField(pos = 6, columnName = "session_date", pattern = "yyyy-MM-dd") LocalDate sessionDate;
    @DataField(pos = 7, columnName = "pseudocode") String pseudocode;
    @DataField(pos = 8, columnName = "fee", precision = 2) BigDecimal fee;
    @DataField(pos = 9, columnName = "insurer_share", precision = 2) BigDecimal insurerShare;
    @DataField(pos = 10, columnName = "copay", precision = 2) BigDecimal copay;
    @DataField(pos = 11, columnName = "group_participants") Integer groupParticipants;
    @DataField(pos = 12, columnName = "referral_date", pattern = "yyyy-MM-dd") LocalDate referralDate;
    @DataField(pos = 13, columnName = "prescriber_inami") String prescriberInami;
}
