package be.psygate.billing.format.efact;

/**
 * The check that ends every eFact record (positions 349-350): the sum of the values of the record's other 348
 * characters, where {@code '0'}-{@code '9'} count 0 to 9, a space 10, a letter 11 to 36 ({@code 'a'} like
 * {@code 'A'}, as both public eFact implementations count it) and any other character 37, modulo 97, a remainder
 * of 0 being written 97. Public because the insurers' answers
 * ({@code be.psygate.billing.returns}) close their own 350-character records with the same check.
 *
 * <p>The CIN's public test sendings carry another value: the same sum with 10 added (as if one more space were
 * counted), modulo 97. The insurers refuse it (error 02 on zone 99, "check digit wrong") where they accept the
 * references' value, so the gateway writes {@link Convention#REFERENCES} and reads
 * {@link Convention#CIN_TEST_SENDINGS} only in another sender's test sending ({@code EfactFormat#readSending}).
 */
public final class RecordCheck {

    /** The number of characters the check is computed over. */
    public static final int COVERED = EfactFormat.RECORD_LENGTH - 2;

    private RecordCheck() {
    }

    /** The check of a record: computed over its first 348 characters (the rest, if any, is ignored). */
    public static int of(CharSequence record) {
        return Convention.REFERENCES.of(record);
    }

    private static int sum(CharSequence record) {
        if (record.length() < COVERED) {
            throw new IllegalArgumentException("a record has " + EfactFormat.RECORD_LENGTH + " characters, got "
                    + record.length());
        }
        int sum = 0;
        for (int i = 0; i < COVERED; i++) {
            sum += valueOf(record.charAt(i));
        }
        return sum;
    }

    /** A way of computing the check: what is added to the sum of the characters before the modulo. */
    public enum Convention {
        /** The public implementations' and the insurers' check, the one the gateway writes. */
        REFERENCES(0),
        /** The check of the CIN's public test sendings ({@code TFAC1SC*}): 10 more. */
        CIN_TEST_SENDINGS(10);

        private final int added;

        Convention(int added) {
            this.added = added;
        }

        /** The check of a record under this convention, over its first 348 characters. */
        public int of(CharSequence record) {
            int remainder = (sum(record) + added) % 97;
            return remainder == 0 ? 97 : remainder;
        }
    }

    /** The value of one character in the sum. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == ' ') {
            return 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 11;
        }
        return 37;
    }
}
