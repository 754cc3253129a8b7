package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * A record with a record check that says, at positions 128 to 304, who is to be paid and on which account: the
 * enterprise number, the institution's reference and accounts A and B, which records 10 and 90 both carry.
 */
abstract class AccountRecord extends EfactRecord {

    // enterprise number (BCE) | `psygate.hospital.bce`
    @DataField(pos = 128, length = 10, align = "R", paddingChar = '0')
    String bce;
    // institution's reference: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 138, length = 25, align = "L", paddingChar = ' ', trim = true)
    String institutionReference;
    // reserve | zeros
    @DataField(pos = 163, length = 4, align = "R", paddingChar = '0')
    String reserve163;
    // BIC of account A | `psygate.hospital.bic`
    @DataField(pos = 167, length = 11, align = "L", paddingChar = ' ', trim = true)
    String bicA;
    // reserve | zeros
    @DataField(pos = 178, length = 1, align = "R", paddingChar = '0')
    String reserve178;
    // IBAN of account A | `psygate.hospital.iban`
    @DataField(pos = 179, length = 34, align = "L", paddingChar = ' ', trim = true)
    String ibanA;
    // reserve | zeros
    @DataField(pos = 213, length = 6, align = "R", paddingChar = '0')
    String reserve213;
    // BIC of account B: spaces (not used) | constant
    @DataField(pos = 219, length = 11, align = "L", paddingChar = ' ', trim = true)
    String bicB;
    // reserve | zeros
    @DataField(pos = 230, length = 41, align = "R", paddingChar = '0')
    String reserve230;
    // IBAN of account B: spaces (not used) | constant
    @DataField(pos = 271, length = 34, align = "L", paddingChar = ' ', trim = true)
    String ibanB;

    AccountRecord(int type) {
        super(type);
    }
}
