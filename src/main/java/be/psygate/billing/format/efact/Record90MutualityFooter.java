package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 90, the footer of one mutuality: its totals, the invoicing month, the sender's enterprise
 * number and account, its numbers of invoices and services, and its control number. Layout:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record90MutualityFooter implements EfactRecord {

    static final int TYPE = 90;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 12, length = 1, align = "L", paddingChar = ' ')
    String amountASign;
    @DataField(pos = 13, length = 11, align = "R", paddingChar = '0')
    long amountA;
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ')
    String amountBSign;
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0')
    long amountB;
    @DataField(pos = 36, length = 1, align = "L", paddingChar = ' ')
    String patientShareSign;
    @DataField(pos = 37, length = 11, align = "R", paddingChar = '0')
    long patientShare;
    @DataField(pos = 48, length = 4, align = "R", paddingChar = '0')
    int invoicingYear;
    @DataField(pos = 52, length = 2, align = "R", paddingChar = '0')
    int invoicingMonth;
    @DataField(pos = 54, length = 10, align = "R", paddingChar = '0')
    String bce;
    @DataField(pos = 64, length = 11, align = "L", paddingChar = ' ', trim = true)
    String bicA;
    @DataField(pos = 75, length = 34, align = "L", paddingChar = ' ', trim = true)
    String ibanA;
    @DataField(pos = 109, length = 6, align = "R", paddingChar = '0')
    int invoices;
    @DataField(pos = 115, length = 6, align = "R", paddingChar = '0')
    int services;
    @DataField(pos = 121, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    @DataField(pos = 123, length = 226, align = "L", paddingChar = ' ', trim = true)
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
