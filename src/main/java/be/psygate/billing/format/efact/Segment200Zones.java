package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * The zones of segment 200 that a sending and an insurer's answer share, positions 1 to 52 of the public layout:
 * message type, format version, production or test, status, the sender's and the insurer's references, each followed
 * by an error code ({@code 00} in a sending, the insurer's verdict on the zone in an answer). Each part adds its own
 * reserve, positions 53 to 67: {@link Segment200Sending} and the answers' {@code Segment200Message}. Layouts:
 * {@code mappings/formats/efact-layout.md} and {@code efact-answers.md}. Public, with public zones, because the
 * answers ({@code be.psygate.billing.returns.efact}) build on it and Bindy fills it by reflection.
 */
public abstract class Segment200Zones {

    /** The length of segment 200. */
    public static final int LENGTH = 67;

    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0') public String messageType; // message type: `920000` in a sending, the kind of answer in an answer
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the message type") public int messageTypeError; // error code after the message type
    @DataField(pos = 9, length = 2, align = "R", paddingChar = '0') public int formatVersion; // version of the message format: `01`
    @DataField(pos = 11, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the format version") public int formatVersionError; // error code after the format version
    @DataField(pos = 13, length = 2, align = "R", paddingChar = '0') public int environment; // environment: `12` production, `92` test
    @DataField(pos = 15, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the environment") public int environmentError; // error code after the environment
    @DataField(pos = 17, length = 2, align = "R", paddingChar = '0') public int status; // status of the message: `00` in a sending, why a file or a sending is refused in an answer
    @DataField(pos = 19, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the status") public int statusError; // error code after the status
    @DataField(pos = 21, length = 14, align = "R", paddingChar = '0') public long senderReference; // sender's numeric reference of the message: the batch number
    @DataField(pos = 35, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the sender's reference") public int senderReferenceError; // error code after the sender's reference
    @DataField(pos = 37, length = 14, align = "R", paddingChar = '0') public long insurerReference; // insurer's reference of the message: zeros in a sending
    @DataField(pos = 51, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the insurer's reference") public int insurerReferenceError; // error code after the insurer's reference
}
