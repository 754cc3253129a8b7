package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.time.LocalDate;

/**
 * Bindy model of record 50, one service (one session line), at the positions of the public eFact layout: pseudocode,
 * date, patient, psychologist, the amounts asked of the insurer and paid by the patient, the practice's line
 * reference and the gateway's session number, so that the line can be traced back. Layout and sources:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package uses
 * it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record50Service extends EfactRecord {

    static final int TYPE = 50;

    @DataField(pos = 9, length = 1, align = "R", paddingChar = '0') int serviceNorm; // service norm: `0` | constant
    @DataField(pos = 10, length = 7, align = "R", paddingChar = '0') long nomenclature; // nomenclature code: the pseudocode, `0` + 6 digits | `InvoiceLine.pseudocode`
    @DataField(pos = 17, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate firstServiceDate; // first service date, yyyyMMdd | `InvoiceLine.sessionDate`
    @DataField(pos = 25, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate lastServiceDate; // last service date: the same | `InvoiceLine.sessionDate`
    @DataField(pos = 33, length = 3, align = "R", paddingChar = '0') String mutuality; // mutuality of affiliation | `InvoiceLine.mutuality`
    @DataField(pos = 36, length = 13, align = "R", paddingChar = '0') String niss; // national number of the patient, `00` + 11 digits | `InvoiceLine.patient`
    @DataField(pos = 49, length = 1, align = "R", paddingChar = '0') int sex; // sex: `1` man, `2` woman, from the national number | `InvoiceLine.patient`
    @DataField(pos = 50, length = 3, align = "R", paddingChar = '0') String deliveryAccountNight; // reserve | zeros
    @DataField(pos = 53, length = 3, align = "R", paddingChar = '0') int serviceCode; // service code: `990` (ambulatory), as the test sendings | constant
    @DataField(pos = 56, length = 12, align = "R", paddingChar = '0') long placeOfService; // place of service: zeros | constant
    @DataField(pos = 68, length = 12, align = "R", paddingChar = '0') String provider; // provider: the psychologist's INAMI number, `0` + 11 digits | `InvoiceLine.psychologist`
    @DataField(pos = 80, length = 1, align = "R", paddingChar = '0') int providerNorm; // provider norm: `1`, as the test sendings | constant
    @DataField(pos = 81, length = 7, align = "R", paddingChar = '0') String relatedService; // reserve | zeros
    @DataField(pos = 88, length = 1, align = "L", paddingChar = ' ') String insurerAmountSign; // sign of the insurer amount | `InvoiceLine.insurerShare`
    @DataField(pos = 89, length = 11, align = "R", paddingChar = '0') long insurerAmount; // insurer amount in cents: what the insurer is asked to pay | `InvoiceLine.insurerShare`
    @DataField(pos = 100, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true) LocalDate prescriptionDate; // prescription date: the referral's, zeros without one | `InvoiceLine.referralDate`
    @DataField(pos = 108, length = 1, align = "L", paddingChar = ' ') String unitsSign; // sign of the number of units | constant `+`
    @DataField(pos = 109, length = 4, align = "R", paddingChar = '0') int units; // number of units: `0001` (one line per session) | constant
    @DataField(pos = 113, length = 2, align = "R", paddingChar = '0') String derogation; // reserve | zeros
    @DataField(pos = 115, length = 12, align = "R", paddingChar = '0') String prescriber; // prescriber: the referring doctor's INAMI number, zeros without one | `InvoiceLine.prescriber`
    @DataField(pos = 127, length = 1, align = "R", paddingChar = '0') int prescriberNorm; // prescriber norm: `0` | constant
    @DataField(pos = 128, length = 1, align = "L", paddingChar = ' ') String patientShareSign; // sign of the patient share | `InvoiceLine.copay`
    @DataField(pos = 129, length = 9, align = "R", paddingChar = '0') long patientShare; // patient share in cents: the copay | `InvoiceLine.copay`
    @DataField(pos = 138, length = 25, align = "L", paddingChar = ' ', trim = true) String reference; // institution's reference: the practice's line reference, as intake accepted it | `InvoiceLine.lineRef`
    @DataField(pos = 163, length = 2, align = "R", paddingChar = '0') String tooth; // reserve | zeros
    @DataField(pos = 165, length = 1, align = "L", paddingChar = ' ') String supplementSign; // sign of the supplement | constant `+`
    @DataField(pos = 166, length = 9, align = "R", paddingChar = '0') long supplement; // supplement in cents: zeros | constant
    @DataField(pos = 175, length = 1, align = "R", paddingChar = '0') int thirdPartyException; // third-party payment exception: `0` | constant
    @DataField(pos = 176, length = 2, align = "R", paddingChar = '0') String copayCodeAndMember; // reserve | zeros
    @DataField(pos = 178, length = 1, align = "R", paddingChar = '0') int providerConventioned; // provider conventioned: `1` | constant
    @DataField(pos = 179, length = 4, align = "R", paddingChar = '0') int timeOfService; // time of service: zeros | constant
    @DataField(pos = 183, length = 12, align = "R", paddingChar = '0') String bloodAdministrator; // reserve | zeros
    @DataField(pos = 195, length = 12, align = "R", paddingChar = '0') long sessionId; // number of the attestation: the gateway's session number, echoed by the answers | `InvoiceLine.sessionId`
    @DataField(pos = 207, length = 24, align = "R", paddingChar = '0') String deliveryAndImplant; // reserve | zeros
    @DataField(pos = 231, length = 30, align = "L", paddingChar = ' ', trim = true) String productLabel; // label of a product: spaces | constant
    @DataField(pos = 261, length = 88, align = "R", paddingChar = '0') String reserve261; // reserve | zeros

    public Record50Service() {
        super(TYPE);
    }
}
