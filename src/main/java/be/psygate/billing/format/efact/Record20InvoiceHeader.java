package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 20, the header of one patient's invoice (a patient being a national number and a
 * mutuality). Layout: {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection;
 * only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record20InvoiceHeader implements EfactRecord {

    static final int TYPE = 20;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 12, length = 13, align = "R", paddingChar = '0')
    String niss;
    @DataField(pos = 25, length = 1, align = "R", paddingChar = '0')
    int sex;
    @DataField(pos = 26, length = 1, align = "R", paddingChar = '0')
    int invoiceType;
    @DataField(pos = 27, length = 12, align = "R", paddingChar = '0')
    String institution;
    @DataField(pos = 39, length = 3, align = "R", paddingChar = '0')
    String destinationMutuality;
    @DataField(pos = 42, length = 12, align = "R", paddingChar = '0')
    long invoiceNumber;
    @DataField(pos = 54, length = 25, align = "L", paddingChar = ' ', trim = true)
    String invoiceReference;
    @DataField(pos = 79, length = 12, align = "R", paddingChar = '0')
    long previousInvoiceNumber;
    @DataField(pos = 91, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd")
    LocalDate billingDate;
    @DataField(pos = 99, length = 16, align = "R", paddingChar = '0')
    long insurabilityDates;
    @DataField(pos = 115, length = 234, align = "L", paddingChar = ' ', trim = true)
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
