package be.psygate.billing.format.csv;

import be.psygate.billing.format.FormatErrors;

/**
 * The {@code mode} field of the trailer of a CSV invoice and of a CSV answer, written as the constant's name: a test
 * file, which must settle nothing for real, or a production one. Public because the insurers' answers
 * ({@code be.psygate.billing.returns.csv}) carry the same field.
 */
public enum CsvMode {

    TEST,
    PRODUCTION;

    /** The mode of a test file ({@code test}) or of a production one. */
    public static CsvMode of(boolean test) {
        return test ? TEST : PRODUCTION;
    }

    /**
     * Whether {@code mode}, as a trailer carries it, says a test file.
     *
     * @throws RuntimeException {@code errors}' refusal at {@code line} when it is neither {@code TEST} nor
     *                          {@code PRODUCTION}
     */
    public static boolean isTest(String mode, long line, FormatErrors errors) {
        for (CsvMode known : values()) {
            if (known.name().equals(mode)) {
                return known == TEST;
            }
        }
        throw errors.unreadable("mode must be " + TEST + " or " + PRODUCTION, line);
    }
}
