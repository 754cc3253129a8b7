package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of segment 300, the second part of every answer, at the positions of the public eFact layout: which
 * sending is answered (sending number, invoice reference), when the answer was made, test or production, and, in the
 * zones the public refusal header adds, the refusal type; the insurer that answers is carried in the public reserve.
 * Layout: {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this
 * package uses it.
 */
@FixedLengthRecord(length = 160, paddingChar = ' ')
public class Segment300Sending implements AnswerSegment {

    static final int LENGTH = 160;

    // year and month invoiced: zeros, the answer not knowing them | constant
    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0')
    int invoicingMonth;
    // error code after the month: `00` | constant
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0')
    int invoicingMonthError;
    // sending number: the batch number modulo 1000 | `InsurerReturn.batchNumber`
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    int sendingNumber;
    // error code after the sending number: `00` | constant
    @DataField(pos = 12, length = 2, align = "R", paddingChar = '0')
    int sendingNumberError;
    // date of the answer, yyyyMMdd | `InsurerReturn.date`
    @DataField(pos = 14, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd")
    LocalDate creationDate;
    // error code after the date: `00` | constant
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int creationDateError;
    // invoice reference: the batch number answered | `InsurerReturn.batchNumber`
    @DataField(pos = 24, length = 13, align = "L", paddingChar = ' ', trim = true)
    String invoiceReference;
    // error code after the invoice reference: `00` | constant
    @DataField(pos = 37, length = 2, align = "R", paddingChar = '0')
    int invoiceReferenceError;
    // version of the instructions: `0001999` production, `9991999` test | `InsurerReturn.testMode`
    @DataField(pos = 39, length = 7, align = "R", paddingChar = '0')
    String instructionsVersion;
    // error code after the version: `00` | constant
    @DataField(pos = 46, length = 2, align = "R", paddingChar = '0')
    int instructionsVersionError;
    // contact name: spaces | constant
    @DataField(pos = 48, length = 45, align = "L", paddingChar = ' ', trim = true)
    String contactName;
    // error code after the contact name: `00` | constant
    @DataField(pos = 93, length = 2, align = "R", paddingChar = '0')
    int contactNameError;
    // contact first name: spaces | constant
    @DataField(pos = 95, length = 24, align = "L", paddingChar = ' ', trim = true)
    String contactFirstName;
    // error code after the contact first name: `00` | constant
    @DataField(pos = 119, length = 2, align = "R", paddingChar = '0')
    int contactFirstNameError;
    // contact phone: zeros | constant
    @DataField(pos = 121, length = 10, align = "R", paddingChar = '0')
    long contactPhone;
    // error code after the contact phone: `00` | constant
    @DataField(pos = 131, length = 2, align = "R", paddingChar = '0')
    int contactPhoneError;
    // invoice type: `03` ambulatory | constant
    @DataField(pos = 133, length = 2, align = "R", paddingChar = '0')
    int invoiceType;
    // error code after the invoice type: `00` | constant
    @DataField(pos = 135, length = 2, align = "R", paddingChar = '0')
    int invoiceTypeError;
    // type of invoicing: `01` one file, one account | constant
    @DataField(pos = 137, length = 2, align = "R", paddingChar = '0')
    int accounts;
    // error code after the type of invoicing: `00` | constant
    @DataField(pos = 139, length = 2, align = "R", paddingChar = '0')
    int accountsError;
    // percentage of lines in error (refusal header): zeros, not given | constant
    @DataField(pos = 141, length = 5, align = "R", paddingChar = '0')
    int errorPercentage;
    // error code after the percentage: `00` | constant
    @DataField(pos = 146, length = 2, align = "R", paddingChar = '0')
    int errorPercentageError;
    // refusal type (refusal header): `01` blocking, `02` over 5% for a 920099; `00` otherwise | `InsurerReturn.refusalType`
    @DataField(pos = 148, length = 2, align = "R", paddingChar = '0')
    int refusalType;
    // error code after the refusal type: `00` | constant
    @DataField(pos = 150, length = 2, align = "R", paddingChar = '0')
    int refusalTypeError;
    // the insurer answering, its union code (in the public reserve: the gateway's own) | `InsurerReturn.insurerId`
    @DataField(pos = 152, length = 3, align = "R", paddingChar = '0')
    String insurer;
    // error code after the insurer: `00` | constant
    @DataField(pos = 155, length = 2, align = "R", paddingChar = '0')
    int insurerError;
    // reserve | zeros
    @DataField(pos = 157, length = 4, align = "R", paddingChar = '0')
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
        codes.put("the contact first name", contactFirstNameError);
        codes.put("the contact phone", contactPhoneError);
        codes.put("the invoice type", invoiceTypeError);
        codes.put("the type of invoicing", accountsError);
        codes.put("the percentage of errors", errorPercentageError);
        codes.put("the refusal type", refusalTypeError);
        codes.put("the insurer", insurerError);
        return codes;
    }

}
