package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.ErrorCodeOf;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of the line a receipt (931000) adds after segment 300: the name of the message acknowledged, the
 * invoice ({@code 920000}), and its error code. Layout: {@code mappings/formats/efact-answers.md}. Public because
 * Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 8, paddingChar = ' ')
public class AcknowledgedMessage implements AnswerSegment {

    static final int LENGTH = 8;
    /** The eFact name of an invoice message, which a receipt acknowledges. */
    static final String INVOICE_MESSAGE = "920000";

    @DataField(pos = 1, length = 6, align = "L", paddingChar = ' ', trim = true) String messageName;
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the message acknowledged") int messageNameError;
}
