package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.Segment200Zones;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of segment 200, which opens every answer: the message type, test or production, the status (why a
 * file or a sending is refused), the batch answered and the insurer's reference, the zones of a sending's segment 200
 * ({@link Segment200Zones}), then a reserve of spaces. Layout: {@code mappings/formats/efact-answers.md}. Public
 * because Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = Segment200Zones.LENGTH, paddingChar = ' ')
public class Segment200Message extends Segment200Zones implements AnswerSegment {

    @DataField(pos = 53, length = 15, align = "L", paddingChar = ' ', trim = true) String reserve;
}
