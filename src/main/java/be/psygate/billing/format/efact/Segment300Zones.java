package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.time.LocalDate;

/**
 * The zones of segment 300 that a sending and an insurer's answer share, positions 1 to 140 of the public layout:
 * the month invoiced, the sending number, the creation date, the invoice reference, test or production, the contact
 * and the kind of invoice, each followed by an error code ({@code 00} in a sending, the insurer's verdict on the zone
 * in an answer). Each part adds its own zones from position 141: a reserve in {@link Segment300Sending}, the refusal
 * header and the insurer in the answers' {@code Segment300Sending}. Layouts: {@code mappings/formats/efact-layout.md}
 * and {@code efact-answers.md}. Public, with public zones, because the answers
 * ({@code be.psygate.billing.returns.efact}) build on it and Bindy fills it by reflection.
 */
public abstract class Segment300Zones {

    /** The length of segment 300. */
    public static final int LENGTH = 160;

    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0') public int invoicingMonth; // year and month invoiced, yyyyMM, as in record 10; zeros in an answer
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the invoicing month") public int invoicingMonthError; // error code after the month
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0') public int sendingNumber; // sending number: the batch number modulo 1000, as in record 10
    @DataField(pos = 12, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the sending number") public int sendingNumberError; // error code after the sending number
    @DataField(pos = 14, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd") public LocalDate creationDate; // creation date, yyyyMMdd: of the invoice in a sending, of the answer in an answer
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the creation date") public int creationDateError; // error code after the date
    @DataField(pos = 24, length = 13, align = "L", paddingChar = ' ', trim = true) public String invoiceReference; // invoice reference: the batch number
    @DataField(pos = 37, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the invoice reference") public int invoiceReferenceError; // error code after the invoice reference
    @DataField(pos = 39, length = 7, align = "R", paddingChar = '0') public String instructionsVersion; // version of the instructions: `0001999` production, `9991999` test, as record 10's file version
    @DataField(pos = 46, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the instructions version") public int instructionsVersionError; // error code after the version
    @DataField(pos = 48, length = 45, align = "L", paddingChar = ' ', trim = true, clip = true) public String contactName; // contact name: in a sending the hospital's name, upper-case ASCII, clipped to 45 characters; spaces in an answer
    @DataField(pos = 93, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the contact name") public int contactNameError; // error code after the contact name
    @DataField(pos = 95, length = 24, align = "L", paddingChar = ' ', trim = true) public String contactFirstName; // contact first name: spaces
    @DataField(pos = 119, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the contact first name") public int contactFirstNameError; // error code after the contact first name
    @DataField(pos = 121, length = 10, align = "R", paddingChar = '0') public long contactPhone; // contact phone: zeros
    @DataField(pos = 131, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the contact phone") public int contactPhoneError; // error code after the contact phone
    @DataField(pos = 133, length = 2, align = "R", paddingChar = '0') public int invoiceType; // invoice type: `03` ambulatory
    @DataField(pos = 135, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the invoice type") public int invoiceTypeError; // error code after the invoice type
    @DataField(pos = 137, length = 2, align = "R", paddingChar = '0') public int accounts; // type of invoicing: `01` one file, one account
    @DataField(pos = 139, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the type of invoicing") public int accountsError; // error code after the type of invoicing
}
