package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * The zones that open and close every eFact record with a record check (10, 20, 50, 80, 90): its type (zone 1), its
 * sequence number in the file (zone 2) and its record check (positions 349-350). The writer numbers such a record,
 * {@link RecordCodec} computes its check; each record adds its own zones in between.
 */
abstract class EfactRecord {

    @DataField(pos = 1, length = 2, align = "R", paddingChar = '0') int recordType; // record type | constant
    @DataField(pos = 3, length = 6, align = "R", paddingChar = '0') int sequence; // sequence number in the file, from 000001 | record count
    @DataField(pos = 349, length = 2, align = "R", paddingChar = '0') int check; // record check | computed (see Checks)

    EfactRecord(int type) {
        recordType = type;
    }
}
