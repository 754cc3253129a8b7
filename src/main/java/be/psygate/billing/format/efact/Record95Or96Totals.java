package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * Bindy model of records 95 and 96, which have the same zones at the positions of the public eFact layout: a 95 is
 * the summary of one mutuality (one per mutuality, after the 90), the 96 the total of the file (the last record);
 * each zone is followed by an error code, no sequence number and no record check. The zones up to position 79,
 * which record 91 of a settlement shares, are in {@link MutualityTotalsZones}. Layout and sources:
 * {@code mappings/formats/efact-layout.md}. Public because Bindy instantiates it by reflection; only this package
 * uses it.
 */
@FixedLengthRecord(length = 350, paddingChar = ' ')
public class Record95Or96Totals extends MutualityTotalsZones {

    /** The type of the summary of one mutuality. */
    static final int MUTUALITY_SUMMARY = 95;
    /** The type of the total of the file. */
    static final int FILE_TOTAL = 96;

    @DataField(pos = 80, length = 1, align = "L", paddingChar = ' ', trim = true) String amountCSign; // sign of the amount on account C: space (not used) | constant
    @DataField(pos = 81, length = 11, align = "L", paddingChar = ' ', trim = true) String amountC; // amount on account C: spaces (not used), as the test sendings | constant
    @DataField(pos = 92, length = 2, align = "L", paddingChar = ' ', trim = true) String amountCError; // error code of the amount on account C: spaces | constant
    @DataField(pos = 94, length = 257, align = "L", paddingChar = ' ', trim = true) String reserve; // reserve; no record check | spaces
}
