package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 95, the summary of one mutuality: the amounts requested on accounts A, B and both, its
 * number of records and its control number. Layout: {@code mappings/formats/efact-layout.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record95MutualitySummary implements EfactRecord {

    static final int TYPE = 95;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 12, length = 12, align = "R", paddingChar = '0')
    long summaryInvoiceNumber;
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ')
    String amountASign;
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0')
    long amountA;
    @DataField(pos = 36, length = 1, align = "L", paddingChar = ' ')
    String amountBSign;
    @DataField(pos = 37, length = 11, align = "R", paddingChar = '0')
    long amountB;
    @DataField(pos = 48, length = 1, align = "L", paddingChar = ' ')
    String amountTotalSign;
    @DataField(pos = 49, length = 11, align = "R", paddingChar = '0')
    long amountTotal;
    @DataField(pos = 60, length = 8, align = "R", paddingChar = '0')
    int records;
    @DataField(pos = 68, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    @DataField(pos = 70, length = 279, align = "L", paddingChar = ' ', trim = true)
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
