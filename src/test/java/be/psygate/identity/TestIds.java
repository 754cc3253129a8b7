package be.psygate.identity;

import java.math.BigInteger;

/**
 * Builds syntactically valid identifiers for tests by computing their check digits, so that no test carries a
 * real person's number.
 */
public final class TestIds {

    private TestIds() {
    }

    /** A NISS for {@code yymmdd} (month may carry +20/+40 for BIS) and a 3-digit sequence number. */
    public static String niss(String yymmdd, int sequence, boolean bornFrom2000) {
        String nine = yymmdd + String.format("%03d", sequence);
        long base = Long.parseLong(nine) + (bornFrom2000 ? 2_000_000_000L : 0L);
        return nine + twoDigits(97 - base % 97);
    }

    /** An INAMI number made of a 6-digit number, its check digits and a 3-digit qualification. */
    public static String inami(String number, String qualification) {
        return number + twoDigits(97 - Long.parseLong(number) % 97) + qualification;
    }

    /** An enterprise number made of 8 digits and their check digits. */
    public static String bce(String eightDigits) {
        return eightDigits + twoDigits(97 - Long.parseLong(eightDigits) % 97);
    }

    /** An IBAN for a country and an account number (BBAN, digits only here). */
    public static String iban(String country, String bban) {
        String rearranged = bban + digitsOf(country) + "00";
        int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
        return country + twoDigits(check) + bban;
    }

    private static String digitsOf(String letters) {
        StringBuilder out = new StringBuilder();
        letters.chars().forEach(c -> out.append(Character.digit(c, 36)));
        return out.toString();
    }

    private static String twoDigits(long value) {
        return String.format("%02d", value);
    }
}
