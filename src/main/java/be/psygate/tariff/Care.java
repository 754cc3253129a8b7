package be.psygate.tariff;

/**
 * The level of care a service belongs to, which decides the per-patient ceilings: first-line psychological care
 * (SPPL), specialised psychological care (SPS), or neither (care-path reimbursements, network missions).
 */
public enum Care {
    SPPL,
    SPS,
    NONE;

    /** Reads the tariff file's notation: {@code SPPL}, {@code SPS}, or {@code -} for neither. */
    public static Care fromTariffFile(String text) {
        return TariffNotation.read(values(), care -> care == NONE ? "-" : care.name(), "care", text);
    }
}
