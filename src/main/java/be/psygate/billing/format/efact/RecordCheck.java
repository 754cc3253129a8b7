package be.psygate.billing.format.efact;

/**
 * The check that ends every eFact record (positions 349-350): the sum of the values of the record's other 348
 * characters, where {@code '0'}-{@code '9'} count 0 to 9, a space 10, a letter 11 to 36 ({@code 'a'} like
 * {@code 'A'}, as both public eFact implementations count it) and any other character 37, modulo 97, a remainder
 * of 0 being written 97. Public because the insurers' answers
 * ({@code be.psygate.billing.returns}) close their own 350-character records with the same check.
 */
public final class RecordCheck {

    /** The number of characters the check is computed over. */
    public static final int COVERED = EfactFormat.RECORD_LENGTH - 2;

    private RecordCheck() {
    }

    /** The check of a record: computed over its first 348 characters (the rest, if any, is ignored). */
    public static int of(CharSequence record) {
        if (record.length() < COVERED) {
            throw new IllegalArgumentException("a record has " + EfactFormat.RECORD_LENGTH + " characters, got "
                    + record.length());
        }
        int sum = 0;
        for (int i = 0; i < COVERED; i++) {
            sum += valueOf(record.charAt(i));
        }
        int remainder = sum % 97;
        return remainder == 0 ? 97 : remainder;
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
