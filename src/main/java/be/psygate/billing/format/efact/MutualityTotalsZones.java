package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * The zones of a mutuality's totals that records 95 and 96 of a sending and record 91 of an insurer's settlement
 * share, positions 1 to 79 of the public layout: the record type, the mutuality, the summary invoice number, the
 * amounts requested on accounts A and B and their total, the number of records and the control number, each followed
 * by an error code ({@code 00} in a sending, the insurer's verdict on the zone in an answer). Each record adds its own
 * zones from position 80: {@link Record95Or96Totals} and the answers' {@code Record91Settlement}. Layouts:
 * {@code mappings/formats/efact-layout.md} and {@code efact-answers.md}. Public, with public zones, because the
 * answers ({@code be.psygate.billing.returns.efact}) build on it and Bindy fills it by reflection.
 */
public abstract class MutualityTotalsZones {

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0') public int recordType; // record type: 95 or 96 in a sending, 91 in a settlement
    @DataField(pos = 3, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the record type") public int recordTypeError; // error code after the record type
    @DataField(pos = 5, length = 3, align = "R", paddingChar = '0') public String mutuality; // the mutuality; in a record 96, the union's digit and `99`, e.g. `399`
    @DataField(pos = 8, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the mutuality") public int mutualityError; // error code after the mutuality
    @DataField(pos = 10, length = 12, align = "R", paddingChar = '0') public long summaryInvoiceNumber; // summary invoice number: in a record 95 the mutuality's rank in the file, from 1; zeros otherwise
    @DataField(pos = 22, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the summary invoice number") public int summaryInvoiceNumberError; // error code after the summary invoice number
    @DataField(pos = 24, length = 1, align = "L", paddingChar = ' ') public String requestedASign; // sign of the amount requested on account A
    @DataField(pos = 25, length = 11, align = "R", paddingChar = '0') public long requestedA; // the amount requested on account A, in cents
    @DataField(pos = 36, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount requested on account A") public int requestedAError; // error code after the amount requested on account A
    @DataField(pos = 38, length = 1, align = "L", paddingChar = ' ') public String requestedBSign; // sign of the amount requested on account B
    @DataField(pos = 39, length = 11, align = "R", paddingChar = '0') public long requestedB; // the amount requested on account B, in cents: zeros
    @DataField(pos = 50, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount requested on account B") public int requestedBError; // error code after the amount requested on account B
    @DataField(pos = 52, length = 1, align = "L", paddingChar = ' ') public String requestedTotalSign; // sign of the amount requested on all the accounts
    @DataField(pos = 53, length = 11, align = "R", paddingChar = '0') public long requestedTotal; // the amount requested on all the accounts, in cents
    @DataField(pos = 64, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the amount requested on accounts A, B and C") public int requestedTotalError; // error code after the amount requested on all the accounts
    @DataField(pos = 66, length = 8, align = "R", paddingChar = '0') public int records; // number of records: in a record 95, of the mutuality's invoices; in a 96, of the file; zeros in a settlement
    @DataField(pos = 74, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the number of records") public int recordsError; // error code after the number of records
    @DataField(pos = 76, length = 2, align = "R", paddingChar = '0') public int controlNumber; // control number: in a record 95, of the mutuality; in a 96, of the sending; zeros in a settlement
    @DataField(pos = 78, length = 2, align = "R", paddingChar = '0') @ErrorCodeOf("the control number") public int controlNumberError; // error code after the control number
}
