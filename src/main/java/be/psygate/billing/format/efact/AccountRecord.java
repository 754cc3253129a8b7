package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * A record with a record check that says, at positions 128 to 304, who is to be paid and on which account: the
 * enterprise number, the institution's reference and accounts A and B, which records 10 and 90 both carry.
 */
abstract class AccountRecord extends EfactRecord {

    @DataField(pos = 128, length = 10, align = "R", paddingChar = '0') String bce; // enterprise number (BCE) | `psygate.hospital.bce`
    @DataField(pos = 138, length = 25, align = "L", paddingChar = ' ', trim = true) String institutionReference; // institution's reference: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 163, length = 4, align = "R", paddingChar = '0') String reserve163; // reserve | zeros
    @DataField(pos = 167, length = 11, align = "L", paddingChar = ' ', trim = true) String bicA; // BIC of account A | `psygate.hospital.bic`
    @DataField(pos = 178, length = 1, align = "R", paddingChar = '0') String reserve178; // reserve | zeros
    @DataField(pos = 179, length = 34, align = "L", paddingChar = ' ', trim = true) String ibanA; // IBAN of account A | `psygate.hospital.iban`
    @DataField(pos = 213, length = 6, align = "R", paddingChar = '0') String reserve213; // reserve | zeros
    @DataField(pos = 219, length = 11, align = "L", paddingChar = ' ', trim = true) String bicB; // BIC of account B: spaces (not used) | constant
    @DataField(pos = 230, length = 41, align = "R", paddingChar = '0') String reserve230; // reserve | zeros
    @DataField(pos = 271, length = 34, align = "L", paddingChar = ' ', trim = true) String ibanB; // IBAN of account B: spaces (not used) | constant

    AccountRecord(int type) {
        super(type);
    }
}
