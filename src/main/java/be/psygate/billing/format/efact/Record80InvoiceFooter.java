package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 80, the footer of one patient's invoice: its totals, its number of services and its
 * control number. Layout: {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by
 * reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record80InvoiceFooter implements EfactRecord {

    static final int TYPE = 80;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 12, length = 13, align = "R", paddingChar = '0')
    String niss;
    @DataField(pos = 25, length = 12, align = "R", paddingChar = '0')
    long invoiceNumber;
    @DataField(pos = 37, length = 1, align = "L", paddingChar = ' ')
    String amountASign;
    @DataField(pos = 38, length = 11, align = "R", paddingChar = '0')
    long amountA;
    @DataField(pos = 49, length = 1, align = "L", paddingChar = ' ')
    String amountBSign;
    @DataField(pos = 50, length = 11, align = "R", paddingChar = '0')
    long amountB;
    @DataField(pos = 61, length = 1, align = "L", paddingChar = ' ')
    String patientShareSign;
    @DataField(pos = 62, length = 9, align = "R", paddingChar = '0')
    long patientShare;
    @DataField(pos = 71, length = 1, align = "L", paddingChar = ' ')
    String supplementSign;
    @DataField(pos = 72, length = 9, align = "R", paddingChar = '0')
    long supplement;
    @DataField(pos = 81, length = 6, align = "R", paddingChar = '0')
    int services;
    @DataField(pos = 87, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    @DataField(pos = 89, length = 260, align = "L", paddingChar = ' ', trim = true)
    String reserve;
    @DataField(pos = 349, length = 2, align = "R", paddingChar = '0')
    int check;

    @Override
    public int recordType() {
        return recordType;
    }

    @Override
    public int sequence() {
        return sequence;
    }

    @Override
    public void setSequence(int sequence) {
        this.sequence = sequence;
    }

    @Override
    public int check() {
        return check;
    }

    @Override
    public void setCheck(int check) {
        this.check = check;
    }
}
