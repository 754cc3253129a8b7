package be.psygate.billing.format.efact;

/**
 * An eFact record model that starts with its type (zone 1) and its sequence number in the file (zone 2, an int field
 * named {@value #SEQUENCE}) and ends with its record check (positions 349-350, an int field named {@value #CHECK}).
 * {@link RecordCodec} numbers such a record and computes its check.
 */
interface EfactRecord {

    /** The field of the sequence number, from 1. */
    String SEQUENCE = "sequence";

    /** The field of the record check. */
    String CHECK = "check";
}
