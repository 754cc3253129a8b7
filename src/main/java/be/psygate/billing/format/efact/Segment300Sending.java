package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of segment 300, the 160 characters after segment 200 of an eFact sending, at the positions of the
 * public layout: the month invoiced, the sending number, the creation date, the invoice reference, test or
 * production, the contact and the kind of invoice; every zone is followed by an error code, {@code 00} in a sending.
 * Layout and sources: {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection;
 * only this package uses it.
 */
@FixedLengthRecord(length = 160, paddingChar = ' ')
public class Segment300Sending {

    static final int LENGTH = 160;

    // year and month invoiced, yyyyMM, as in record 10 | `InvoiceBatch.serviceMonth`
    @DataField(pos = 1, length = 6, align = "R", paddingChar = '0')
    int invoicingMonth;
    // error code: `00` | constant
    @DataField(pos = 7, length = 2, align = "R", paddingChar = '0')
    int invoicingMonthError;
    // sending number, as in record 10 | `InvoiceBatch.batchNumber`
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    int sendingNumber;
    // error code: `00` | constant
    @DataField(pos = 12, length = 2, align = "R", paddingChar = '0')
    int sendingNumberError;
    // creation date of the invoice, yyyyMMdd, as in record 10 | `InvoiceBatch.createdOn`
    @DataField(pos = 14, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd")
    LocalDate creationDate;
    // error code: `00` | constant
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int creationDateError;
    // invoice reference: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 24, length = 13, align = "L", paddingChar = ' ', trim = true)
    String invoiceReference;
    // error code: `00` | constant
    @DataField(pos = 37, length = 2, align = "R", paddingChar = '0')
    int invoiceReferenceError;
    // version of the instructions: `0001999` production, `9991999` test, as record 10's file version | `psygate.billing.test-files`
    @DataField(pos = 39, length = 7, align = "R", paddingChar = '0')
    String instructionsVersion;
    // error code: `00` | constant
    @DataField(pos = 46, length = 2, align = "R", paddingChar = '0')
    int instructionsVersionError;
    // contact name: the hospital's name, upper-case ASCII, clipped to 45 characters | `psygate.hospital.name`
    @DataField(pos = 48, length = 45, align = "L", paddingChar = ' ', trim = true, clip = true)
    String contactName;
    // error code: `00` | constant
    @DataField(pos = 93, length = 2, align = "R", paddingChar = '0')
    int contactNameError;
    // contact first name: spaces | constant
    @DataField(pos = 95, length = 24, align = "L", paddingChar = ' ', trim = true)
    String contactFirstName;
    // error code: `00` | constant
    @DataField(pos = 119, length = 2, align = "R", paddingChar = '0')
    int contactFirstNameError;
    // contact phone: zeros | constant
    @DataField(pos = 121, length = 10, align = "R", paddingChar = '0')
    long contactPhone;
    // error code: `00` | constant
    @DataField(pos = 131, length = 2, align = "R", paddingChar = '0')
    int contactPhoneError;
    // invoice type: `03` ambulatory | constant
    @DataField(pos = 133, length = 2, align = "R", paddingChar = '0')
    int invoiceType;
    // error code: `00` | constant
    @DataField(pos = 135, length = 2, align = "R", paddingChar = '0')
    int invoiceTypeError;
    // type of invoicing: `01` one file, one account | constant
    @DataField(pos = 137, length = 2, align = "R", paddingChar = '0')
    int accounts;
    // error code: `00` | constant
    @DataField(pos = 139, length = 2, align = "R", paddingChar = '0')
    int accountsError;
    // reserve | zeros
    @DataField(pos = 141, length = 20, align = "R", paddingChar = '0')
    String reserve;
}
