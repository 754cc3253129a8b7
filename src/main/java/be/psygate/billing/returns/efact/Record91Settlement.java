package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of record 91, the settlement of one mutuality in an acceptance and settlement (920900), at the positions
 * of the public eFact layout: the amounts requested, accepted and refused on accounts A, B and C and their totals, and
 * the payment reference of each account; every zone is followed by its error code, and the record ends with the
 * record check of the invoice records. Layout: {@code mappings/formats/efact-answers.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record91Settlement implements AnswerSegment {

    static final int LENGTH = 350;
    static final String TYPE = "91";
    static final int AMOUNT_DIGITS = 11;

    // record type `91` | constant
    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = 91;
    // error code after the type: `00` | constant
    @DataField(pos = 3, length = 2, align = "R", paddingChar = '0')
    int recordTypeError;
    // mutuality | `MutualitySettlement.mutuality`
    @DataField(pos = 5, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    // error code after the mutuality: `00` | constant
    @DataField(pos = 8, length = 2, align = "R", paddingChar = '0')
    int mutualityError;
    // summary invoice number: zeros, the answer not knowing it | constant
    @DataField(pos = 10, length = 12, align = "R", paddingChar = '0')
    long summaryInvoiceNumber;
    // error code after the summary invoice number: `00` | constant
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int summaryInvoiceNumberError;
    // sign of the amount requested on account A | `MutualitySettlement.requested`
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ')
    String requestedASign;
    // the amount requested on account A, in cents | `MutualitySettlement.requested`
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0')
    long requestedA;
    // error code after the amount requested on account A: `00` | constant
    @DataField(pos = 36, length = 2, align = "R", paddingChar = '0')
    int requestedAError;
    // sign of the amount requested on account B | zeros
    @DataField(pos = 38, length = 1, align = "L", paddingChar = ' ')
    String requestedBSign;
    // the amount requested on account B, in cents | zeros
    @DataField(pos = 39, length = 11, align = "R", paddingChar = '0')
    long requestedB;
    // error code after the amount requested on account B: `00` | constant
    @DataField(pos = 50, length = 2, align = "R", paddingChar = '0')
    int requestedBError;
    // sign of the amount requested on accounts A, B and C | `MutualitySettlement.requested`
    @DataField(pos = 52, length = 1, align = "L", paddingChar = ' ')
    String requestedTotalSign;
    // the amount requested on accounts A, B and C, in cents | `MutualitySettlement.requested`
    @DataField(pos = 53, length = 11, align = "R", paddingChar = '0')
    long requestedTotal;
    // error code after the amount requested on accounts A, B and C: `00` | constant
    @DataField(pos = 64, length = 2, align = "R", paddingChar = '0')
    int requestedTotalError;
    // number of records: zeros, the answer not knowing it | constant
    @DataField(pos = 66, length = 8, align = "R", paddingChar = '0')
    int records;
    // error code after the number of records: `00` | constant
    @DataField(pos = 74, length = 2, align = "R", paddingChar = '0')
    int recordsError;
    // control number of the mutuality: zeros, the answer not knowing it | constant
    @DataField(pos = 76, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    // error code after the control number: `00` | constant
    @DataField(pos = 78, length = 2, align = "R", paddingChar = '0')
    int controlNumberError;
    // sign of the amount accepted on account A | `MutualitySettlement.accepted`
    @DataField(pos = 80, length = 1, align = "L", paddingChar = ' ')
    String acceptedASign;
    // the amount accepted on account A, in cents | `MutualitySettlement.accepted`
    @DataField(pos = 81, length = 11, align = "R", paddingChar = '0')
    long acceptedA;
    // error code after the amount accepted on account A: `00` | constant
    @DataField(pos = 92, length = 2, align = "R", paddingChar = '0')
    int acceptedAError;
    // sign of the amount refused on account A | `MutualitySettlement.refused`
    @DataField(pos = 94, length = 1, align = "L", paddingChar = ' ')
    String refusedASign;
    // the amount refused on account A, in cents | `MutualitySettlement.refused`
    @DataField(pos = 95, length = 11, align = "R", paddingChar = '0')
    long refusedA;
    // error code after the amount refused on account A: `00` | constant
    @DataField(pos = 106, length = 2, align = "R", paddingChar = '0')
    int refusedAError;
    // sign of the amount accepted on account B | zeros
    @DataField(pos = 108, length = 1, align = "L", paddingChar = ' ')
    String acceptedBSign;
    // the amount accepted on account B, in cents | zeros
    @DataField(pos = 109, length = 11, align = "R", paddingChar = '0')
    long acceptedB;
    // error code after the amount accepted on account B: `00` | constant
    @DataField(pos = 120, length = 2, align = "R", paddingChar = '0')
    int acceptedBError;
    // sign of the amount refused on account B | zeros
    @DataField(pos = 122, length = 1, align = "L", paddingChar = ' ')
    String refusedBSign;
    // the amount refused on account B, in cents | zeros
    @DataField(pos = 123, length = 11, align = "R", paddingChar = '0')
    long refusedB;
    // error code after the amount refused on account B: `00` | constant
    @DataField(pos = 134, length = 2, align = "R", paddingChar = '0')
    int refusedBError;
    // sign of the amount accepted on accounts A, B and C | `MutualitySettlement.accepted`
    @DataField(pos = 136, length = 1, align = "L", paddingChar = ' ')
    String acceptedTotalSign;
    // the amount accepted on accounts A, B and C, in cents | `MutualitySettlement.accepted`
    @DataField(pos = 137, length = 11, align = "R", paddingChar = '0')
    long acceptedTotal;
    // error code after the amount accepted on accounts A, B and C: `00` | constant
    @DataField(pos = 148, length = 2, align = "R", paddingChar = '0')
    int acceptedTotalError;
    // sign of the amount refused on accounts A, B and C | `MutualitySettlement.refused`
    @DataField(pos = 150, length = 1, align = "L", paddingChar = ' ')
    String refusedTotalSign;
    // the amount refused on accounts A, B and C, in cents | `MutualitySettlement.refused`
    @DataField(pos = 151, length = 11, align = "R", paddingChar = '0')
    long refusedTotal;
    // error code after the amount refused on accounts A, B and C: `00` | constant
    @DataField(pos = 162, length = 2, align = "R", paddingChar = '0')
    int refusedTotalError;
    // payment reference of account A | `MutualitySettlement.paymentReference`
    @DataField(pos = 164, length = 22, align = "L", paddingChar = ' ', trim = true)
    String paymentReferenceA;
    // error code after the payment reference of account A: `00` | constant
    @DataField(pos = 186, length = 2, align = "R", paddingChar = '0')
    int paymentReferenceAError;
    // payment reference of account B: spaces | constant
    @DataField(pos = 188, length = 22, align = "L", paddingChar = ' ', trim = true)
    String paymentReferenceB;
    // error code after the payment reference of account B: `00` | constant
    @DataField(pos = 210, length = 2, align = "R", paddingChar = '0')
    int paymentReferenceBError;
    // sign of the amount requested on account C | zeros
    @DataField(pos = 212, length = 1, align = "L", paddingChar = ' ')
    String requestedCSign;
    // the amount requested on account C, in cents | zeros
    @DataField(pos = 213, length = 11, align = "R", paddingChar = '0')
    long requestedC;
    // error code after the amount requested on account C: `00` | constant
    @DataField(pos = 224, length = 2, align = "R", paddingChar = '0')
    int requestedCError;
    // sign of the amount accepted on account C | zeros
    @DataField(pos = 226, length = 1, align = "L", paddingChar = ' ')
    String acceptedCSign;
    // the amount accepted on account C, in cents | zeros
    @DataField(pos = 227, length = 11, align = "R", paddingChar = '0')
    long acceptedC;
    // error code after the amount accepted on account C: `00` | constant
    @DataField(pos = 238, length = 2, align = "R", paddingChar = '0')
    int acceptedCError;
    // sign of the amount refused on account C | zeros
    @DataField(pos = 240, length = 1, align = "L", paddingChar = ' ')
    String refusedCSign;
    // the amount refused on account C, in cents | zeros
    @DataField(pos = 241, length = 11, align = "R", paddingChar = '0')
    long refusedC;
    // error code after the amount refused on account C: `00` | constant
    @DataField(pos = 252, length = 2, align = "R", paddingChar = '0')
    int refusedCError;
    // payment reference of account C: spaces | constant
    @DataField(pos = 254, length = 22, align = "L", paddingChar = ' ', trim = true)
    String paymentReferenceC;
    // error code after the payment reference of account C: `00` | constant
    @DataField(pos = 276, length = 2, align = "R", paddingChar = '0')
    int paymentReferenceCError;
    // reserve | spaces
    @DataField(pos = 278, length = 71, align = "L", paddingChar = ' ', trim = true)
    String reserve;
    // record check | computed (as the invoice records)
    @DataField(pos = 349, length = 2, align = "R", paddingChar = '0')
    int check;

    @Override
    public Map<String, Integer> errorCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("the record type", recordTypeError);
        codes.put("the mutuality", mutualityError);
        codes.put("the summary invoice number", summaryInvoiceNumberError);
        codes.put("the amount requested on account A", requestedAError);
        codes.put("the amount requested on account B", requestedBError);
        codes.put("the amount requested on accounts A, B and C", requestedTotalError);
        codes.put("the number of records", recordsError);
        codes.put("the control number", controlNumberError);
        codes.put("the amount accepted on account A", acceptedAError);
        codes.put("the amount refused on account A", refusedAError);
        codes.put("the amount accepted on account B", acceptedBError);
        codes.put("the amount refused on account B", refusedBError);
        codes.put("the amount accepted on accounts A, B and C", acceptedTotalError);
        codes.put("the amount refused on accounts A, B and C", refusedTotalError);
        codes.put("the payment reference of account A", paymentReferenceAError);
        codes.put("the payment reference of account B", paymentReferenceBError);
        codes.put("the amount requested on account C", requestedCError);
        codes.put("the amount accepted on account C", acceptedCError);
        codes.put("the amount refused on account C", refusedCError);
        codes.put("the payment reference of account C", paymentReferenceCError);
        return codes;
    }

}
