package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 20, the header of one patient's invoice (a patient being a national number and a
 * mutuality), at the positions of the public eFact layout. Layout and sources: {@code mappings/formats/efact-layout.md}.
 * Public because Bindy instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record20InvoiceHeader extends EfactRecord {

    static final int TYPE = 20;

    @DataField(pos = 9, length = 1, align = "R", paddingChar = '0') int thirdPartyAuthorisation; // third-party payment authorisation: `0` | constant
    @DataField(pos = 10, length = 7, align = "R", paddingChar = '0') String admissionTime; // reserve | zeros
    @DataField(pos = 17, length = 16, align = "R", paddingChar = '0') String admissionAndDischargeDates; // reserve | zeros
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0') String mutuality; // mutuality of affiliation | `InvoiceLine.mutuality`
    @DataField(pos = 36, length = 13, align = "R", paddingChar = '0') String niss; // national number of the patient, `00` + 11 digits | `InvoiceLine.patient`
    @DataField(pos = 49, length = 1, align = "R", paddingChar = '0') int sex; // sex: `1` man, `2` woman, from the national number | `InvoiceLine.patient`
    @DataField(pos = 50, length = 1, align = "R", paddingChar = '0') int invoiceType; // invoice type: `3` ambulatory | constant
    @DataField(pos = 51, length = 1, align = "R", paddingChar = '0') int invoicingType; // type of invoicing: `0` | constant
    @DataField(pos = 52, length = 1, align = "R", paddingChar = '0') String reserve52; // reserve | zeros
    @DataField(pos = 53, length = 3, align = "R", paddingChar = '0') int service721Bis; // service 721 bis: `000` | constant
    @DataField(pos = 56, length = 12, align = "R", paddingChar = '0') String institution; // invoicing institution: the hospital's INAMI number | `psygate.hospital.inami`
    @DataField(pos = 68, length = 12, align = "R", paddingChar = '0') long stayInstitution; // institution of stay: zeros | constant
    @DataField(pos = 80, length = 5, align = "R", paddingChar = '0') String reserve80; // reserve | zeros
    @DataField(pos = 85, length = 3, align = "R", paddingChar = '0') String destinationMutuality; // destination mutuality: the mutuality of affiliation | `InvoiceLine.mutuality`
    @DataField(pos = 88, length = 27, align = "R", paddingChar = '0') String reserve88; // reserve | zeros
    @DataField(pos = 115, length = 12, align = "R", paddingChar = '0') long invoiceNumber; // individual invoice number: the invoice's number in the file, from 1 | record count
    @DataField(pos = 127, length = 1, align = "R", paddingChar = '0') int socialFranchise; // social franchise applied: `0` | constant
    @DataField(pos = 128, length = 10, align = "R", paddingChar = '0') String insurabilityCodes; // CT1 and CT2: `0000` + CT1 (3) + CT2 (3); zeros, the gateway not knowing them | constant (documented default)
    @DataField(pos = 138, length = 25, align = "L", paddingChar = ' ', trim = true) String reference; // institution's reference: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 163, length = 12, align = "R", paddingChar = '0') long previousInvoiceNumber; // number of the invoice corrected: zeros (no corrections) | constant
    @DataField(pos = 175, length = 1, align = "R", paddingChar = '0') int patientIdentificationFlag; // identification flag of the patient: `1` | constant
    @DataField(pos = 176, length = 7, align = "R", paddingChar = '0') String reserve176; // reserve | zeros
    @DataField(pos = 183, length = 22, align = "L", paddingChar = ' ', trim = true) String mutualityReferenceA; // mutuality's reference on account A: spaces | constant
    @DataField(pos = 205, length = 57, align = "R", paddingChar = '0') String reserve205; // reserve | zeros
    @DataField(pos = 262, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate billingDate; // billing date, yyyyMMdd | `InvoiceBatch.createdOn`
    @DataField(pos = 270, length = 1, align = "R", paddingChar = '0') String reserve270; // reserve | zeros
    @DataField(pos = 271, length = 22, align = "L", paddingChar = ' ', trim = true) String mutualityReferenceB; // mutuality's reference on account B: spaces | constant
    @DataField(pos = 293, length = 56, align = "R", paddingChar = '0') String reserve293; // reserve | zeros

    public Record20InvoiceHeader() {
        super(TYPE);
    }
}
