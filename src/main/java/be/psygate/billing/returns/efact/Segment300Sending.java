package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.Segment300Zones;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of segment 300, the second part of every answer, at the positions of the public eFact layout: which
 * sending is answered (sending number, invoice reference), when the answer was made, test or production, and, in the
 * zones the public refusal header adds, the refusal type; the insurer that answers is carried in the public reserve.
 * The zones up to position 140 are those of a sending's segment 300 ({@link Segment300Zones}). Layout:
 * {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = Segment300Zones.LENGTH, paddingChar = ' ')
public class Segment300Sending extends Segment300Zones implements AnswerSegment {

    @DataField(pos = 141, length = 5, align = "R", paddingChar = '0') int errorPercentage; // percentage of lines in error (refusal header): zeros, not given | constant
    @DataField(pos = 146, length = 2, align = "R", paddingChar = '0') int errorPercentageError; // error code after the percentage: `00` | constant
    @DataField(pos = 148, length = 2, align = "R", paddingChar = '0') int refusalType; // refusal type (refusal header): `01` blocking, `02` over 5% for a 920099; `00` otherwise | `InsurerReturn.refusalType`
    @DataField(pos = 150, length = 2, align = "R", paddingChar = '0') int refusalTypeError; // error code after the refusal type: `00` | constant
    @DataField(pos = 152, length = 3, align = "R", paddingChar = '0') String insurer; // the insurer answering, its union code (in the public reserve: the gateway's own) | `InsurerReturn.insurerId`
    @DataField(pos = 155, length = 2, align = "R", paddingChar = '0') int insurerError; // error code after the insurer: `00` | constant
    @DataField(pos = 157, length = 4, align = "R", paddingChar = '0') String reserve; // reserve | zeros

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
