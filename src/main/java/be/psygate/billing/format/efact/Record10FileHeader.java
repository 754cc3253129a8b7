package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 10, the file header: who sends, for which month, in which file version (test or
 * production), and the account to pay. Layout: {@code mappings/formats/efact-layout.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record10FileHeader implements EfactRecord {

    static final int TYPE = 10;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 1, align = "R", paddingChar = '0')
    int financialAccounts;
    @DataField(pos = 10, length = 7, align = "R", paddingChar = '0')
    String fileVersion;
    @DataField(pos = 17, length = 12, align = "R", paddingChar = '0')
    long accountA;
    @DataField(pos = 29, length = 3, align = "R", paddingChar = '0')
    int sendingNumber;
    @DataField(pos = 32, length = 12, align = "R", paddingChar = '0')
    long accountB;
    @DataField(pos = 44, length = 3, align = "R", paddingChar = '0')
    int invoicingContent;
    @DataField(pos = 47, length = 12, align = "R", paddingChar = '0')
    String thirdPartyPayer;
    @DataField(pos = 59, length = 5, align = "R", paddingChar = '0')
    int invoicingYear;
    @DataField(pos = 64, length = 2, align = "R", paddingChar = '0')
    int invoicingMonth;
    @DataField(pos = 66, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd")
    LocalDate creationDate;
    @DataField(pos = 74, length = 10, align = "R", paddingChar = '0')
    String bce;
    @DataField(pos = 84, length = 25, align = "L", paddingChar = ' ', trim = true)
    String institutionReference;
    @DataField(pos = 109, length = 11, align = "L", paddingChar = ' ', trim = true)
    String bicA;
    @DataField(pos = 120, length = 34, align = "L", paddingChar = ' ', trim = true)
    String ibanA;
    @DataField(pos = 154, length = 11, align = "L", paddingChar = ' ', trim = true)
    String bicB;
    @DataField(pos = 165, length = 34, align = "L", paddingChar = ' ', trim = true)
    String ibanB;
    @DataField(pos = 199, length = 70, align = "L", paddingChar = ' ', trim = true, clip = true)
    String senderName;
    @DataField(pos = 269, length = 80, align = "L", paddingChar = ' ', trim = true)
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
