package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 80, the footer of one patient's invoice, at the positions of the public eFact layout: its
 * totals and its control number. Layout and sources: {@code mappings/formats/efact-layout.md}. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record80InvoiceFooter extends EfactRecord {

    static final int TYPE = 80;

    @DataField(pos = 9, length = 24, align = "R", paddingChar = '0') String admissionAndDischarge; // reserve | zeros
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0') String mutuality; // mutuality of affiliation | `InvoiceLine.mutuality`
    @DataField(pos = 36, length = 13, align = "R", paddingChar = '0') String niss; // national number of the patient, `00` + 11 digits | `InvoiceLine.patient`
    @DataField(pos = 49, length = 1, align = "R", paddingChar = '0') int sex; // sex, as in record 20 | `InvoiceLine.patient`
    @DataField(pos = 50, length = 1, align = "R", paddingChar = '0') int invoiceType; // invoice type: `3` ambulatory | constant
    @DataField(pos = 51, length = 5, align = "R", paddingChar = '0') String reserve51; // reserve | zeros
    @DataField(pos = 56, length = 12, align = "R", paddingChar = '0') String institution; // invoicing institution: the hospital's INAMI number | `psygate.hospital.inami`
    @DataField(pos = 68, length = 1, align = "L", paddingChar = ' ') String amountBSign; // sign of the amount on account B | constant `+`
    @DataField(pos = 69, length = 11, align = "R", paddingChar = '0') long amountB; // amount on account B: zeros | constant
    @DataField(pos = 80, length = 5, align = "R", paddingChar = '0') String reserve80; // reserve | zeros
    @DataField(pos = 85, length = 3, align = "R", paddingChar = '0') String destinationMutuality; // destination mutuality | `InvoiceLine.mutuality`
    @DataField(pos = 88, length = 1, align = "L", paddingChar = ' ') String amountASign; // sign of the amount on account A | sum of the invoice's 50s
    @DataField(pos = 89, length = 11, align = "R", paddingChar = '0') long amountA; // amount on account A in cents: the invoice's insurer amounts | sum of the invoice's 50s
    @DataField(pos = 100, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate invoiceDate; // date of the invoice, yyyyMMdd | `InvoiceBatch.createdOn`
    @DataField(pos = 108, length = 7, align = "R", paddingChar = '0') String reserve108; // reserve | zeros
    @DataField(pos = 115, length = 12, align = "R", paddingChar = '0') long invoiceNumber; // individual invoice number, as in record 20 | record count
    @DataField(pos = 127, length = 1, align = "R", paddingChar = '0') String reserve127; // reserve | zeros
    @DataField(pos = 128, length = 1, align = "L", paddingChar = ' ') String patientShareSign; // sign of the patient share | sum of the invoice's 50s
    @DataField(pos = 129, length = 9, align = "R", paddingChar = '0') long patientShare; // patient share in cents: the invoice's copays | sum of the invoice's 50s
    @DataField(pos = 138, length = 25, align = "L", paddingChar = ' ', trim = true) String reference; // institution's reference: the batch number | `InvoiceBatch.batchNumber`
    @DataField(pos = 163, length = 2, align = "R", paddingChar = '0') String reserve163; // reserve | zeros
    @DataField(pos = 165, length = 1, align = "L", paddingChar = ' ') String supplementSign; // sign of the supplement | constant `+`
    @DataField(pos = 166, length = 9, align = "R", paddingChar = '0') long supplement; // supplement in cents: zeros | constant
    @DataField(pos = 175, length = 1, align = "R", paddingChar = '0') int patientIdentificationFlag; // identification flag of the patient: `1` | constant
    @DataField(pos = 176, length = 7, align = "R", paddingChar = '0') String reserve176; // reserve | zeros
    @DataField(pos = 183, length = 1, align = "L", paddingChar = ' ') String depositSign; // sign of the deposit on account A | constant `+`
    @DataField(pos = 184, length = 11, align = "R", paddingChar = '0') long deposit; // deposit on account A: zeros | constant
    @DataField(pos = 195, length = 152, align = "R", paddingChar = '0') String reserve195; // reserve | zeros
    @DataField(pos = 347, length = 2, align = "R", paddingChar = '0') int controlNumber; // control number of the invoice: its pseudocodes modulo 97 | computed (see Checks)

    public Record80InvoiceFooter() {
        super(TYPE);
    }
}
