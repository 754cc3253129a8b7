package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.Segment200Zones;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bindy model of segment 200, which opens every answer: the message type, test or production, the status (why a
 * file or a sending is refused), the batch answered and the insurer's reference, the zones of a sending's segment 200
 * ({@link Segment200Zones}), then a reserve of spaces. Layout: {@code mappings/formats/efact-answers.md}. Public
 * because Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = Segment200Zones.LENGTH, paddingChar = ' ')
public class Segment200Message extends Segment200Zones implements AnswerSegment {

    @DataField(pos = 53, length = 15, align = "L", paddingChar = ' ', trim = true) String reserve;

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
