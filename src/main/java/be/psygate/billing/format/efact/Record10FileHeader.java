package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 10, the file header, at the positions of the public eFact layout: who sends, for which month,
 * in which file version (test or production), and the account to pay. Layout and sources:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package uses
 * it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record10FileHeader extends AccountRecord {

    static final int TYPE = 10;

    @DataField(pos = 9, length = 1, align = "R", paddingChar = '0') int financialAccounts; // number of financial accounts: `1` (account A only) | constant
    @DataField(pos = 10, length = 7, align = "R", paddingChar = '0') String fileVersion; // file version: `0001999` production, `9991999` test | `psygate.billing.test-files`
    @DataField(pos = 17, length = 12, align = "R", paddingChar = '0') long accountA; // account A, former domestic account number: zeros (the IBAN is at 179) | constant
    @DataField(pos = 29, length = 4, align = "R", paddingChar = '0') String reserve29; // reserve | zeros
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0') int sendingNumber; // sending number: the batch number modulo 1000 | `InvoiceBatch.batchNumber`
    @DataField(pos = 36, length = 12, align = "R", paddingChar = '0') long accountB; // account B: zeros (not used) | constant
    @DataField(pos = 48, length = 1, align = "R", paddingChar = '0') String reserve48; // reserve | zeros
    @DataField(pos = 49, length = 1, align = "R", paddingChar = '0') int paperSuppression; // code suppression of the paper invoice: `0` | constant
    @DataField(pos = 50, length = 1, align = "R", paddingChar = '0') int settlementFile; // code of a settlement file: `0` | constant
    @DataField(pos = 51, length = 2, align = "R", paddingChar = '0') String reserve51; // reserve | zeros
    @DataField(pos = 53, length = 3, align = "R", paddingChar = '0') int invoicingContent; // invoicing content: `040`, as both references and the test sendings | constant
    @DataField(pos = 56, length = 12, align = "R", paddingChar = '0') String thirdPartyPayer; // third-party payer: the hospital's INAMI number, `0` + 11 digits | `psygate.hospital.inami`
    @DataField(pos = 68, length = 12, align = "R", paddingChar = '0') long cinAccreditation; // accreditation number at the CIN: zeros | constant
    @DataField(pos = 80, length = 28, align = "R", paddingChar = '0') String reserve80; // reserve | zeros
    @DataField(pos = 108, length = 5, align = "R", paddingChar = '0') int invoicingYear; // year invoiced (the month of the sessions) | `InvoiceBatch.serviceMonth`
    @DataField(pos = 113, length = 2, align = "R", paddingChar = '0') int invoicingMonth; // month invoiced | `InvoiceBatch.serviceMonth`
    @DataField(pos = 115, length = 5, align = "R", paddingChar = '0') String reserve115; // reserve | zeros
    @DataField(pos = 120, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate creationDate; // creation date, yyyyMMdd | `InvoiceBatch.createdOn` (Europe/Brussels clock)
    @DataField(pos = 305, length = 44, align = "R", paddingChar = '0') String reserve305; // reserve | zeros

    public Record10FileHeader() {
        super(TYPE);
    }
}
