package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of segment 300, the second part of every answer: which sending is answered (sending number, invoice
 * reference), when the answer was made, the insurer that answers and how many sessions the answer lists. Layout:
 * {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 160, paddingChar = ' ')
public class Segment300Sending implements AnswerSegment {

    static final int LENGTH = 160;

    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0')
    int invoicingMonth;
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0')
    int invoicingMonthError;
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    int sendingNumber;
    @DataField(pos = 12, length = 2, align = "R", paddingChar = '0')
    int sendingNumberError;
    @DataField(pos = 14, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd")
    LocalDate creationDate;
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int creationDateError;
    @DataField(pos = 24, length = 13, align = "L", paddingChar = ' ', trim = true)
    String invoiceReference;
    @DataField(pos = 37, length = 2, align = "R", paddingChar = '0')
    int invoiceReferenceError;
    @DataField(pos = 39, length = 7, align = "R", paddingChar = '0')
    String instructionsVersion;
    @DataField(pos = 46, length = 2, align = "R", paddingChar = '0')
    int instructionsVersionError;
    @DataField(pos = 48, length = 45, align = "L", paddingChar = ' ', trim = true)
    String contactName;
    @DataField(pos = 93, length = 2, align = "R", paddingChar = '0')
    int contactNameError;
    @DataField(pos = 95, length = 10, align = "L", paddingChar = ' ', trim = true)
    String contactPhone;
    @DataField(pos = 105, length = 2, align = "R", paddingChar = '0')
    int contactPhoneError;
    @DataField(pos = 107, length = 2, align = "R", paddingChar = '0')
    int invoiceType;
    @DataField(pos = 109, length = 2, align = "R", paddingChar = '0')
    int invoiceTypeError;
    @DataField(pos = 111, length = 2, align = "R", paddingChar = '0')
    int accounts;
    @DataField(pos = 113, length = 2, align = "R", paddingChar = '0')
    int accountsError;
    @DataField(pos = 115, length = 3, align = "R", paddingChar = '0')
    String insurer;
    @DataField(pos = 118, length = 2, align = "R", paddingChar = '0')
    int insurerError;
    @DataField(pos = 120, length = 6, align = "R", paddingChar = '0')
    int sessions;
    @DataField(pos = 126, length = 2, align = "R", paddingChar = '0')
    int sessionsError;
    @DataField(pos = 128, length = 33, align = "L", paddingChar = ' ', trim = true)
    String reserve;

    @Override
    public Map<String, Integer> errorCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("the invoicing month", invoicingMonthError);
        codes.put("the sending number", sendingNumberError);
        codes.put("the creation date", creationDateError);
        codes.put("the invoice reference", invoiceReferenceError);
        codes.put("the instructions version", instructionsVersionError);
        codes.put("the contact name", contactNameError);
        codes.put("the contact phone", contactPhoneError);
        codes.put("the invoice type", invoiceTypeError);
        codes.put("the number of accounts", accountsError);
        codes.put("the insurer", insurerError);
        codes.put("the number of sessions", sessionsError);
        return codes;
    }
}
