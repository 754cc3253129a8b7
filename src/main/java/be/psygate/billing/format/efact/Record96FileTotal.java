package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of record 96, the file total: the union (its digit followed by {@code 99}), the amounts requested
 * on accounts A, B and both, the number of records of the file and its control number. Layout:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record96FileTotal implements EfactRecord {

    static final int TYPE = 96;

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
    String amountTotalSign;
    @DataField(pos = 37, length = 11, align = "R", paddingChar = '0')
    long amountTotal;
    @DataField(pos = 48, length = 8, align = "R", paddingChar = '0')
    int records;
    @DataField(pos = 56, length = 2, align = "R", paddingChar = '0')
    int controlNumber;
    @DataField(pos = 58, length = 291, align = "L", paddingChar = ' ', trim = true)
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
