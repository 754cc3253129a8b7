package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.ErrorCodeOf;
import be.psygate.billing.format.efact.Segment300Zones;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

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
    @DataField(pos = 146, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the percentage of errors") int errorPercentageError; // error code after the percentage: `00` | constant
    @DataField(pos = 148, length = 2, align = "R", paddingChar = '0') int refusalType; // refusal type (refusal header): `01` blocking, `02` over 5% for a 920099; `00` otherwise | `InsurerReturn.refusalType`
    @DataField(pos = 150, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the refusal type") int refusalTypeError; // error code after the refusal type: `00` | constant
    @DataField(pos = 152, length = 3, align = "R", paddingChar = '0') String insurer; // the insurer answering, its union code (in the public reserve: the gateway's own) | `InsurerReturn.insurerId`
    @DataField(pos = 155, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the insurer") int insurerError; // error code after the insurer: `00` | constant
    @DataField(pos = 157, length = 4, align = "R", paddingChar = '0') String reserve; // reserve | zeros
}
