package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of record 91, the settlement of one mutuality in an acceptance and settlement (920900): the amounts
 * requested, accepted and refused on accounts A and B, and the payment reference of each account; every zone is
 * followed by its error code, and the record ends with the record check of every eFact record. Layout:
 * {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record91Settlement implements AnswerSegment {

    static final int LENGTH = 350;
    static final String TYPE = "91";
    static final int AMOUNT_DIGITS = 11;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = 91;
    @DataField(pos = 3, length = 2, align = "R", paddingChar = '0')
    int recordTypeError;
    @DataField(pos = 5, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 8, length = 2, align = "R", paddingChar = '0')
    int mutualityError;
    @DataField(pos = 10, length = 1, align = "L", paddingChar = ' ')
    String requestedASign;
    @DataField(pos = 11, length = 11, align = "R", paddingChar = '0')
    long requestedA;
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int requestedAError;
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ')
    String requestedBSign;
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0')
    long requestedB;
    @DataField(pos = 36, length = 2, align = "R", paddingChar = '0')
    int requestedBError;
    @DataField(pos = 38, length = 1, align = "L", paddingChar = ' ')
    String acceptedASign;
    @DataField(pos = 39, length = 11, align = "R", paddingChar = '0')
    long acceptedA;
    @DataField(pos = 50, length = 2, align = "R", paddingChar = '0')
    int acceptedAError;
    @DataField(pos = 52, length = 1, align = "L", paddingChar = ' ')
    String refusedASign;
    @DataField(pos = 53, length = 11, align = "R", paddingChar = '0')
    long refusedA;
    @DataField(pos = 64, length = 2, align = "R", paddingChar = '0')
    int refusedAError;
    @DataField(pos = 66, length = 1, align = "L", paddingChar = ' ')
    String acceptedBSign;
    @DataField(pos = 67, length = 11, align = "R", paddingChar = '0')
    long acceptedB;
    @DataField(pos = 78, length = 2, align = "R", paddingChar = '0')
    int acceptedBError;
    @DataField(pos = 80, length = 1, align = "L", paddingChar = ' ')
    String refusedBSign;
    @DataField(pos = 81, length = 11, align = "R", paddingChar = '0')
    long refusedB;
    @DataField(pos = 92, length = 2, align = "R", paddingChar = '0')
    int refusedBError;
    @DataField(pos = 94, length = 22, align = "L", paddingChar = ' ', trim = true)
    String paymentReferenceA;
    @DataField(pos = 116, length = 2, align = "R", paddingChar = '0')
    int paymentReferenceAError;
    @DataField(pos = 118, length = 22, align = "L", paddingChar = ' ', trim = true)
    String paymentReferenceB;
    @DataField(pos = 140, length = 2, align = "R", paddingChar = '0')
    int paymentReferenceBError;
    @DataField(pos = 142, length = 207, align = "L", paddingChar = ' ', trim = true)
    String reserve;
    @DataField(pos = 349, length = 2, align = "R", paddingChar = '0')
    int check;

    @Override
    public Map<String, Integer> errorCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("the record type", recordTypeError);
        codes.put("the mutuality", mutualityError);
        codes.put("the amount requested on account A", requestedAError);
        codes.put("the amount requested on account B", requestedBError);
        codes.put("the amount accepted on account A", acceptedAError);
        codes.put("the amount refused on account A", refusedAError);
        codes.put("the amount accepted on account B", acceptedBError);
        codes.put("the amount refused on account B", refusedBError);
        codes.put("the payment reference of account A", paymentReferenceAError);
        codes.put("the payment reference of account B", paymentReferenceBError);
        return codes;
    }
}
