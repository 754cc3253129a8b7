package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of segment 200, the first 67 characters of an eFact sending, at the positions of the public layout:
 * message {@code 920000}, production or test, and the sender's reference of the message; every zone is followed by
 * an error code, {@code 00} in a sending. Layout and sources: {@code mappings/formats/efact-layout.md}. Public because
 * Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 67, paddingChar = ' ')
public class Segment200Sending {

    static final int LENGTH = 67;
    static final String MESSAGE = "920000";

    // message type: `920000`, an invoicing sending | constant
    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0')
    String messageType;
    // error code: `00` | constant
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0')
    int messageTypeError;
    // version of the message format: `01` | constant
    @DataField(pos = 9, length = 2, align = "R", paddingChar = '0')
    int formatVersion;
    // error code: `00` | constant
    @DataField(pos = 11, length = 2, align = "R", paddingChar = '0')
    int formatVersionError;
    // message type: `12` production, `92` test | `psygate.billing.test-files`
    @DataField(pos = 13, length = 2, align = "R", paddingChar = '0')
    int environment;
    // error code: `00` | constant
    @DataField(pos = 15, length = 2, align = "R", paddingChar = '0')
    int environmentError;
    // status of the message: `00` | constant
    @DataField(pos = 17, length = 2, align = "R", paddingChar = '0')
    int status;
    // error code: `00` | constant
    @DataField(pos = 19, length = 2, align = "R", paddingChar = '0')
    int statusError;
    // sender's numeric reference of the message: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 21, length = 14, align = "R", paddingChar = '0')
    long senderReference;
    // error code: `00` | constant
    @DataField(pos = 35, length = 2, align = "R", paddingChar = '0')
    int senderReferenceError;
    // insurer's reference of the message: zeros in a sending | constant
    @DataField(pos = 37, length = 14, align = "R", paddingChar = '0')
    long insurerReference;
    // error code: `00` | constant
    @DataField(pos = 51, length = 2, align = "R", paddingChar = '0')
    int insurerReferenceError;
    // reserve | zeros
    @DataField(pos = 53, length = 15, align = "R", paddingChar = '0')
    String reserve;
}
