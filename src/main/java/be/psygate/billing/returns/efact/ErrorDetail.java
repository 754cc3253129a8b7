package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of the 450 characters that follow each echoed record 50: the sending and the mutuality, up to three
 * rejection codes (a letter and six digits each; PsyGate's answers use the first), the insurer's result (the amount
 * it accepts for the session) and its comment (the text of the rejection). Layout:
 * {@code mappings/formats/efact-answers.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 450, paddingChar = ' ')
public class ErrorDetail {

    static final int LENGTH = 450;
    static final int COMMENT_LENGTH = 200;
    static final int RESULT_DIGITS = 11;

    @DataField(pos = 1, length = 14, align = "R", paddingChar = '0') long sendingId;
    @DataField(pos = 15, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd") LocalDate creationDate;
    @DataField(pos = 23, length = 6, align = "R", paddingChar = '0') int invoicingMonth;
    @DataField(pos = 29, length = 3, align = "R", paddingChar = '0') String mutuality;
    @DataField(pos = 32, length = 1, align = "L", paddingChar = ' ', trim = true) String rejectionLetter1;
    @DataField(pos = 33, length = 6, align = "R", paddingChar = '0') String rejectionCode1;
    @DataField(pos = 39, length = 1, align = "L", paddingChar = ' ', trim = true) String rejectionLetter2;
    @DataField(pos = 40, length = 6, align = "R", paddingChar = '0') String rejectionCode2;
    @DataField(pos = 46, length = 1, align = "L", paddingChar = ' ', trim = true) String rejectionLetter3;
    @DataField(pos = 47, length = 6, align = "R", paddingChar = '0') String rejectionCode3;
    @DataField(pos = 53, length = 1, align = "L", paddingChar = ' ') String resultSign;
    @DataField(pos = 54, length = 11, align = "R", paddingChar = '0') long result;
    @DataField(pos = 65, length = 200, align = "L", paddingChar = ' ', trim = true) String comment;
    @DataField(pos = 265, length = 186, align = "L", paddingChar = ' ', trim = true) String reserve;
}
