package be.psygate.billing.format.efact;

/**
 * What every eFact record model has: its type (zone 1), its sequence number in the file (zone 2) and its record
 * check (the last zone, positions 349-350).
 */
interface EfactRecord {

    /** The record type, e.g. 50. */
    int recordType();

    /** The sequence number of the record in the file, from 1. */
    int sequence();

    void setSequence(int sequence);

    /** The record check as the record carries it. */
    int check();

    void setCheck(int check);
}
