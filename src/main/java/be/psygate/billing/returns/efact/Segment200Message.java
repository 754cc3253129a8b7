package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of segment 200, which opens every answer: the message type, test or production, the status (why a
 * file or a sending is refused), the batch answered and the insurer's reference. Layout:
 * {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 67, paddingChar = ' ')
public class Segment200Message implements AnswerSegment {

    static final int LENGTH = 67;

    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0')
    String messageType;
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0')
    int messageTypeError;
    @DataField(pos = 9, length = 2, align = "R", paddingChar = '0')
    int formatVersion;
    @DataField(pos = 11, length = 2, align = "R", paddingChar = '0')
    int formatVersionError;
    @DataField(pos = 13, length = 2, align = "R", paddingChar = '0')
    int environment;
    @DataField(pos = 15, length = 2, align = "R", paddingChar = '0')
    int environmentError;
    @DataField(pos = 17, length = 2, align = "R", paddingChar = '0')
    int status;
    @DataField(pos = 19, length = 2, align = "R", paddingChar = '0')
    int statusError;
    @DataField(pos = 21, length = 14, align = "R", paddingChar = '0')
    long senderReference;
    @DataField(pos = 35, length = 2, align = "R", paddingChar = '0')
    int senderReferenceError;
    @DataField(pos = 37, length = 14, align = "R", paddingChar = '0')
    long insurerReference;
    @DataField(pos = 51, length = 2, align = "R", paddingChar = '0')
    int insurerReferenceError;
    @DataField(pos = 53, length = 15, align = "L", paddingChar = ' ', trim = true)
    String reserve;

    @Override
    public Map<String, Integer> errorCodes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        codes.put("the message type", messageTypeError);
        codes.put("the format version", formatVersionError);
        codes.put("the environment", environmentError);
        codes.put("the status", statusError);
        codes.put("the sender's reference", senderReferenceError);
        codes.put("the insurer's reference", insurerReferenceError);
        return codes;
    }
}
