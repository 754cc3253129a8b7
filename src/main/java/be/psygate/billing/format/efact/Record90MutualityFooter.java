package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 90, the footer of the invoices of the sending (one per file, after the last 80), at the
 * positions of the public eFact layout: totals on accounts A and B, the month, the account to pay and the control
 * number of the sending. Layout and sources: {@code mappings/formats/efact-layout.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record90MutualityFooter extends AccountRecord {

    static final int TYPE = 90;

    @DataField(pos = 9, length = 8, align = "R", paddingChar = '0') String reserve9; // reserve | zeros
    @DataField(pos = 17, length = 12, align = "R", paddingChar = '0') long accountA; // account A, former domestic account number: zeros | constant
    @DataField(pos = 29, length = 4, align = "R", paddingChar = '0') String reserve29; // reserve | zeros
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0') int sendingNumber; // sending number, as in record 10 | `InvoiceBatch.batchNumber`
    @DataField(pos = 36, length = 12, align = "R", paddingChar = '0') long accountB; // account B: zeros | constant
    @DataField(pos = 48, length = 8, align = "R", paddingChar = '0') String reserve48; // reserve | zeros
    @DataField(pos = 56, length = 12, align = "R", paddingChar = '0') String thirdPartyPayer; // third-party payer: the hospital's INAMI number | `psygate.hospital.inami`
    @DataField(pos = 68, length = 1, align = "L", paddingChar = ' ') String amountBSign; // sign of the total on account B | constant `+`
    @DataField(pos = 69, length = 11, align = "R", paddingChar = '0') long amountB; // total on account B: zeros | constant
    @DataField(pos = 80, length = 8, align = "R", paddingChar = '0') String reserve80; // reserve | zeros
    @DataField(pos = 88, length = 1, align = "L", paddingChar = ' ') String amountASign; // sign of the total on account A | sum of the 80s
    @DataField(pos = 89, length = 11, align = "R", paddingChar = '0') long amountA; // total on account A in cents | sum of the 80s
    @DataField(pos = 100, length = 8, align = "R", paddingChar = '0') String reserve100; // reserve | zeros
    @DataField(pos = 108, length = 5, align = "R", paddingChar = '0') int invoicingYear; // year invoiced, as in record 10 | `InvoiceBatch.serviceMonth`
    @DataField(pos = 113, length = 2, align = "R", paddingChar = '0') int invoicingMonth; // month invoiced, as in record 10 | `InvoiceBatch.serviceMonth`
    @DataField(pos = 115, length = 13, align = "R", paddingChar = '0') String reserve115; // reserve | zeros
    @DataField(pos = 305, length = 42, align = "R", paddingChar = '0') String reserve305; // reserve | zeros
    @DataField(pos = 347, length = 2, align = "R", paddingChar = '0') int controlNumber; // control number of the sending: all its pseudocodes modulo 97 | computed (see Checks)

    public Record90MutualityFooter() {
        super(TYPE);
    }
}
