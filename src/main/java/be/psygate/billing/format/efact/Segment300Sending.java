package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of segment 300, the 160 characters after segment 200 of an eFact sending, at the positions of the
 * public layout: the month invoiced, the sending number, the creation date, the invoice reference, test or
 * production, the contact and the kind of invoice ({@link Segment300Zones}, which an answer's segment 300 has too);
 * every zone is followed by an error code, {@code 00} in a sending; a sending's reserve is zeros. Layout and sources:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = Segment300Zones.LENGTH, paddingChar = ' ')
public class Segment300Sending extends Segment300Zones {

    @DataField(pos = 141, length = 20, align = "R", paddingChar = '0') String reserve; // reserve | zeros
}
