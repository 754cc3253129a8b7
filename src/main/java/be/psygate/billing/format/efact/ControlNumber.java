package be.psygate.billing.format.efact;

import be.psygate.identity.Pseudocode;

/**
 * The control number of records 80, 90, 95 and 96: the sum of the nomenclature codes (pseudocodes) of the lines
 * they close (an invoice, a mutuality, the file) modulo 97, a remainder of 0 being written 97. Because 97 is 0
 * modulo 97, the control numbers of the parts add up, modulo 97, to the control number of the whole.
 */
final class ControlNumber {

    private long sum;

    /** Adds the code of one line. */
    void add(Pseudocode pseudocode) {
        sum += Long.parseLong(pseudocode.value());
    }

    /** Adds a nomenclature code, as the record carries it. */
    void add(long code) {
        sum += code;
    }

    /** Adds the codes another control number has seen. */
    void add(ControlNumber other) {
        sum += other.sum;
    }

    /** The control number of the codes added so far. */
    int value() {
        int remainder = (int) (sum % 97);
        return remainder == 0 ? 97 : remainder;
    }
}
