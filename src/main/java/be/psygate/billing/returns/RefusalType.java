package be.psygate.billing.returns;

/** Why an insurer rejects a whole sending (answer 920099, {@link ReturnKind#REJECTED}), with its eFact code. */
public enum RefusalType {

    /** {@code 01}: the sending holds blocking errors. */
    BLOCKING("01"),
    /** {@code 02}: more than 5% of its lines are in error. */
    OVER_5_PERCENT("02");

    private final String code;

    RefusalType(String code) {
        this.code = code;
    }

    /** The eFact code, two digits. */
    public String code() {
        return code;
    }

    /**
     * The refusal type whose eFact code is {@code code}.
     *
     * @throws IllegalArgumentException when no refusal type has that code
     */
    public static RefusalType ofCode(String code) {
        return EfactCodes.find(values(), RefusalType::code, code)
                .orElseThrow(() -> new IllegalArgumentException("refusal type " + code + " is not 01 or 02"));
    }
}
