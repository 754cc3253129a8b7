package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 50, one service (one session line): pseudocode, date, patient, psychologist, the amounts
 * asked of the insurer and paid by the patient, and the practice's line reference, so that the line can be traced
 * back. Layout: {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only
 * this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ', crlf = "WINDOWS")
public class Record50Service implements EfactRecord {

    static final int TYPE = 50;

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
    int recordType = TYPE;
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
    int sequence;
    @DataField(pos = 9, length = 1, align = "R", paddingChar = '0')
    int serviceNorm;
    @DataField(pos = 10, length = 7, align = "R", paddingChar = '0')
    long nomenclature;
    @DataField(pos = 17, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true)
    LocalDate firstServiceDate;
    @DataField(pos = 25, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true)
    LocalDate lastServiceDate;
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0')
    String mutuality;
    @DataField(pos = 36, length = 13, align = "R", paddingChar = '0')
    String niss;
    @DataField(pos = 49, length = 1, align = "R", paddingChar = '0')
    int sex;
    @DataField(pos = 50, length = 12, align = "R", paddingChar = '0')
    long placeOfService;
    @DataField(pos = 62, length = 12, align = "R", paddingChar = '0')
    String provider;
    @DataField(pos = 74, length = 1, align = "R", paddingChar = '0')
    int providerNorm;
    @DataField(pos = 75, length = 1, align = "L", paddingChar = ' ')
    String insurerAmountSign;
    @DataField(pos = 76, length = 11, align = "R", paddingChar = '0')
    long insurerAmount;
    @DataField(pos = 87, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true)
    LocalDate prescriptionDate;
    @DataField(pos = 95, length = 1, align = "L", paddingChar = ' ')
    String unitsSign;
    @DataField(pos = 96, length = 4, align = "R", paddingChar = '0')
    int units;
    @DataField(pos = 100, length = 12, align = "R", paddingChar = '0')
    String prescriber;
    @DataField(pos = 112, length = 1, align = "L", paddingChar = ' ')
    String patientShareSign;
    @DataField(pos = 113, length = 9, align = "R", paddingChar = '0')
    long patientShare;
    @DataField(pos = 122, length = 25, align = "L", paddingChar = ' ', trim = true)
    String reference;
    @DataField(pos = 147, length = 1, align = "R", paddingChar = '0')
    int thirdPartyException;
    @DataField(pos = 148, length = 1, align = "R", paddingChar = '0')
    int providerConventioned;
    @DataField(pos = 149, length = 4, align = "R", paddingChar = '0')
    int timeOfService;
    @DataField(pos = 153, length = 2, align = "R", paddingChar = '0')
    int groupParticipants;
    @DataField(pos = 155, length = 12, align = "R", paddingChar = '0')
    long sessionId;
    @DataField(pos = 167, length = 182, align = "L", paddingChar = ' ', trim = true)
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
