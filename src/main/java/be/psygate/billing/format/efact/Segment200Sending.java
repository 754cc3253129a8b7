package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of segment 200, the first 67 characters of an eFact sending, at the positions of the public layout:
 * message {@code 920000}, production or test, and the sender's reference of the message; every zone is followed by
 * an error code, {@code 00} in a sending. The zones an answer's segment 200 has too are those of
 * {@link Segment200Zones}; a sending's reserve is zeros. Layout and sources: {@code mappings/formats/efact-layout.md}.
 * Public because Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = Segment200Zones.LENGTH, paddingChar = ' ')
public class Segment200Sending extends Segment200Zones {

    static final String MESSAGE = "920000";

    @DataField(pos = 53, length = 15, align = "R", paddingChar = '0') String reserve; // reserve | zeros
}
