package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of records 95 and 96, which have the same zones at the positions of the public eFact layout: a 95 is
 * the summary of one mutuality (one per mutuality, after the 90), the 96 the total of the file (the last record);
 * each zone is followed by an error code, no sequence number and no record check. Layout and sources:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record95Or96Totals {

    /** The type of the summary of one mutuality. */
    static final int MUTUALITY_SUMMARY = 95;
    /** The type of the total of the file. */
    static final int FILE_TOTAL = 96;

    // record type: 95 or 96 | constant
    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType;
    // error code: `00` | constant
    @DataField(pos = 3, length = 2, align = "R", paddingChar = '0')
    int recordTypeError;
    // 95: the mutuality | `InvoiceLine.mutuality`; 96: the union's digit and `99`, e.g. `399` |
    // `InvoiceBatch.insurerId`
    @DataField(pos = 5, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    // error code: `00` | constant
    @DataField(pos = 8, length = 2, align = "R", paddingChar = '0')
    int mutualityError;
    // 95: summary invoice number, the mutuality's rank in the file, from 1 | record count; 96: not used, zeros
    @DataField(pos = 10, length = 12, align = "R", paddingChar = '0')
    long summaryInvoiceNumber;
    // error code: `00` | constant
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0')
    int summaryInvoiceError;
    // sign of the amount requested on account A | sum of the 50s
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ')
    String amountASign;
    // amount requested on account A in cents | sum of the 50s
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0')
    long amountA;
    // error code: `00` | constant
    @DataField(pos = 36, length = 2, align = "R", paddingChar = '0')
    int amountAError;
    // sign of the amount requested on account B | constant `+`
    @DataField(pos = 38, length = 1, align = "L", paddingChar = ' ')
    String amountBSign;
    // amount requested on account B: zeros | constant
    @DataField(pos = 39, length = 11, align = "R", paddingChar = '0')
    long amountB;
    // error code: `00` | constant
    @DataField(pos = 50, length = 2, align = "R", paddingChar = '0')
    int amountBError;
    // sign of the amount requested on accounts A and B | sum of the 50s
    @DataField(pos = 52, length = 1, align = "L", paddingChar = ' ')
    String amountTotalSign;
    // amount requested on accounts A and B in cents | sum of the 50s
    @DataField(pos = 53, length = 11, align = "R", paddingChar = '0')
    long amountTotal;
    // error code: `00` | constant
    @DataField(pos = 64, length = 2, align = "R", paddingChar = '0')
    int amountTotalError;
    // number of records: 95, of the mutuality's invoices (its 20s, 50s and 80s); 96, of the file, from the 10 to
    // this 96 | record count
    @DataField(pos = 66, length = 8, align = "R", paddingChar = '0')
    int records;
    // error code: `00` | constant
    @DataField(pos = 74, length = 2, align = "R", paddingChar = '0')
    int recordsError;
    // control number: 95, of the mutuality (its pseudocodes modulo 97); 96, of the sending, equal to the 90's |
    // computed (see Checks)
    @DataField(pos = 76, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    // error code: `00` | constant
    @DataField(pos = 78, length = 2, align = "R", paddingChar = '0')
    int controlNumberError;
    // sign of the amount on account C: space (not used) | constant
    @DataField(pos = 80, length = 1, align = "L", paddingChar = ' ', trim = true)
    String amountCSign;
    // amount on account C: spaces (not used), as the test sendings | constant
    @DataField(pos = 81, length = 11, align = "L", paddingChar = ' ', trim = true)
    String amountC;
    // error code of the amount on account C: spaces | constant
    @DataField(pos = 92, length = 2, align = "L", paddingChar = ' ', trim = true)
    String amountCError;
    // reserve; no record check | spaces
    @DataField(pos = 94, length = 257, align = "L", paddingChar = ' ', trim = true)
    String reserve;
}
