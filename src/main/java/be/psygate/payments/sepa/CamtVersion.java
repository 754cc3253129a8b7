package be.psygate.payments.sepa;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The bank-to-customer messages the gateway reads, one per ISO 20022 message and version: camt.053 (account
 * statement) and camt.054 (debit/credit notification), versions {@code .001.02} to {@code .001.08}. The namespace
 * of a document says which it is; each is validated against its schema file in {@code mappings/formats}.
 */
public enum CamtVersion {
    CAMT_053_02, CAMT_053_03, CAMT_053_04, CAMT_053_05, CAMT_053_06, CAMT_053_07, CAMT_053_08,
    CAMT_054_02, CAMT_054_03, CAMT_054_04, CAMT_054_05, CAMT_054_06, CAMT_054_07, CAMT_054_08;

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    /** The message this version belongs to: the name's first part, e.g. {@code CAMT_053}. */
    public BankStatement.CamtMessage message() {
        return BankStatement.CamtMessage.valueOf(name().substring(0, name().lastIndexOf('_')));
    }

    /**
     * The message identifier, e.g. {@code camt.053.001.08} (what a business application header names): the name's
     * message and version, e.g. {@code CAMT_053_08}.
     */
    public String identifier() {
        String version = name().substring(name().lastIndexOf('_') + 1);
        return message().name().toLowerCase(Locale.ROOT).replace('_', '.') + ".001." + version;
    }

    /** The namespace of the document, e.g. {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}. */
    public String namespace() {
        return NAMESPACE_PREFIX + identifier();
    }

    /** The schema file in {@code mappings/formats}. */
    public String schemaFile() {
        return identifier() + ".xsd";
    }

    /** The version of the document whose namespace is {@code namespace}, if the gateway reads it. */
    public static Optional<CamtVersion> ofNamespace(String namespace) {
        return Arrays.stream(values()).filter(v -> v.namespace().equals(namespace)).findFirst();
    }
}
