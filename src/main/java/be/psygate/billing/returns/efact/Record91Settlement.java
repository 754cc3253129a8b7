package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.ErrorCodeOf;
import be.psygate.billing.format.efact.MutualityTotalsZones;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 91, the settlement of one mutuality in an acceptance and settlement (920900), at the positions
 * of the public eFact layout: the amounts requested, accepted and refused on accounts A, B and C and their totals, and
 * the payment reference of each account; every zone is followed by its error code, and the record ends with the
 * record check of the invoice records. The zones up to position 79 are those of a sending's records 95 and 96
 * ({@link MutualityTotalsZones}). Layout: {@code mappings/formats/efact-answers.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record91Settlement extends MutualityTotalsZones implements AnswerSegment {

    static final int LENGTH = 350;
    static final String TYPE = "91";
    static final int AMOUNT_DIGITS = 11;

    @DataField(pos = 80, length = 1, align = "L", paddingChar = ' ') String acceptedASign; // sign of the amount accepted on account A | `MutualitySettlement.accepted`
    @DataField(pos = 81, length = 11, align = "R", paddingChar = '0') long acceptedA; // the amount accepted on account A, in cents | `MutualitySettlement.accepted`
    @DataField(pos = 92, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount accepted on account A") int acceptedAError; // error code after the amount accepted on account A: `00` | constant
    @DataField(pos = 94, length = 1, align = "L", paddingChar = ' ') String refusedASign; // sign of the amount refused on account A | `MutualitySettlement.refused`
    @DataField(pos = 95, length = 11, align = "R", paddingChar = '0') long refusedA; // the amount refused on account A, in cents | `MutualitySettlement.refused`
    @DataField(pos = 106, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount refused on account A") int refusedAError; // error code after the amount refused on account A: `00` | constant
    @DataField(pos = 108, length = 1, align = "L", paddingChar = ' ') String acceptedBSign; // sign of the amount accepted on account B | zeros
    @DataField(pos = 109, length = 11, align = "R", paddingChar = '0') long acceptedB; // the amount accepted on account B, in cents | zeros
    @DataField(pos = 120, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount accepted on account B") int acceptedBError; // error code after the amount accepted on account B: `00` | constant
    @DataField(pos = 122, length = 1, align = "L", paddingChar = ' ') String refusedBSign; // sign of the amount refused on account B | zeros
    @DataField(pos = 123, length = 11, align = "R", paddingChar = '0') long refusedB; // the amount refused on account B, in cents | zeros
    @DataField(pos = 134, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount refused on account B") int refusedBError; // error code after the amount refused on account B: `00` | constant
    @DataField(pos = 136, length = 1, align = "L", paddingChar = ' ') String acceptedTotalSign; // sign of the amount accepted on accounts A, B and C | `MutualitySettlement.accepted`
    @DataField(pos = 137, length = 11, align = "R", paddingChar = '0') long acceptedTotal; // the amount accepted on accounts A, B and C, in cents | `MutualitySettlement.accepted`
    @DataField(pos = 148, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount accepted on accounts A, B and C") int acceptedTotalError; // error code after the amount accepted on accounts A, B and C: `00` | constant
    @DataField(pos = 150, length = 1, align = "L", paddingChar = ' ') String refusedTotalSign; // sign of the amount refused on accounts A, B and C | `MutualitySettlement.refused`
    @DataField(pos = 151, length = 11, align = "R", paddingChar = '0') long refusedTotal; // the amount refused on accounts A, B and C, in cents | `MutualitySettlement.refused`
    @DataField(pos = 162, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount refused on accounts A, B and C") int refusedTotalError; // error code after the amount refused on accounts A, B and C: `00` | constant
    @DataField(pos = 164, length = 22, align = "L", paddingChar = ' ', trim = true) String paymentReferenceA; // payment reference of account A | `MutualitySettlement.paymentReference`
    @DataField(pos = 186, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the payment reference of account A") int paymentReferenceAError; // error code after the payment reference of account A: `00` | constant
    @DataField(pos = 188, length = 22, align = "L", paddingChar = ' ', trim = true) String paymentReferenceB; // payment reference of account B: spaces | constant
    @DataField(pos = 210, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the payment reference of account B") int paymentReferenceBError; // error code after the payment reference of account B: `00` | constant
    @DataField(pos = 212, length = 1, align = "L", paddingChar = ' ') String requestedCSign; // sign of the amount requested on account C | zeros
    @DataField(pos = 213, length = 11, align = "R", paddingChar = '0') long requestedC; // the amount requested on account C, in cents | zeros
    @DataField(pos = 224, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount requested on account C") int requestedCError; // error code after the amount requested on account C: `00` | constant
    @DataField(pos = 226, length = 1, align = "L", paddingChar = ' ') String acceptedCSign; // sign of the amount accepted on account C | zeros
    @DataField(pos = 227, length = 11, align = "R", paddingChar = '0') long acceptedC; // the amount accepted on account C, in cents | zeros
    @DataField(pos = 238, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount accepted on account C") int acceptedCError; // error code after the amount accepted on account C: `00` | constant
    @DataField(pos = 240, length = 1, align = "L", paddingChar = ' ') String refusedCSign; // sign of the amount refused on account C | zeros
    @DataField(pos = 241, length = 11, align = "R", paddingChar = '0') long refusedC; // the amount refused on account C, in cents | zeros
    @DataField(pos = 252, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount refused on account C") int refusedCError; // error code after the amount refused on account C: `00` | constant
    @DataField(pos = 254, length = 22, align = "L", paddingChar = ' ', trim = true) String paymentReferenceC; // payment reference of account C: spaces | constant
    @DataField(pos = 276, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the payment reference of account C") int paymentReferenceCError; // error code after the payment reference of account C: `00` | constant
    @DataField(pos = 278, length = 71, align = "L", paddingChar = ' ', trim = true) String reserve; // reserve | spaces
    @DataField(pos = 349, length = 2, align = "R", paddingChar = '0') int check; // record check | computed (as the invoice records)

    public Record91Settlement() {
        recordType = 91;
    }
}
