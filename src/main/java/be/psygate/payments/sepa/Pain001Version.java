package be.psygate.payments.sepa;

/**
 * The pain.001 version the hospital's bank takes: {@code .001.03} (2009, what most banks still accept) or
 * {@code .001.09} (2019, the version of the EPC's current SEPA credit transfer guidelines). The same batch gives
 * the same payment in either; each is validated against its own schema in {@code mappings/formats}.
 */
public enum Pain001Version {
    /** pain.001.001.03. */
    V03("pain.001.001.03.xsd"),
    /** pain.001.001.09. */
    V09("pain.001.001.09.xsd");

    private final String schema;

    Pain001Version(String schema) {
        this.schema = schema;
    }

    /** The schema file, in {@code mappings/formats}. */
    public String schema() {
        return schema;
    }

    /** The namespace of the documents of this version. */
    public String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:" + schema.replace(".xsd", "");
    }
}
