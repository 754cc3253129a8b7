package be.psygate.payments.sepa;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bank-to-customer messages the gateway reads, one per ISO 20022 message and version: camt.053 (account
 * statement) and camt.054 (debit/credit notification), versions {@code .001.02} to {@code .001.08}. The namespace
 * of a document says which it is; each is validated against its schema file in {@code mappings/formats}.
 */
public enum CamtVersion {
    CAMT_053_02(BankStatement.CamtMessage.CAMT_053, 2),
    CAMT_053_03(BankStatement.CamtMessage.CAMT_053, 3),
    CAMT_053_04(BankStatement.CamtMessage.CAMT_053, 4),
    CAMT_053_05(BankStatement.CamtMessage.CAMT_053, 5),
    CAMT_053_06(BankStatement.CamtMessage.CAMT_053, 6),
    CAMT_053_07(BankStatement.CamtMessage.CAMT_053, 7),
    CAMT_053_08(BankStatement.CamtMessage.CAMT_053, 8),
    CAMT_054_02(BankStatement.CamtMessage.CAMT_054, 2),
    CAMT_054_03(BankStatement.CamtMessage.CAMT_054, 3),
    CAMT_054_04(BankStatement.CamtMessage.CAMT_054, 4),
    CAMT_054_05(BankStatement.CamtMessage.CAMT_054, 5),
    CAMT_054_06(BankStatement.CamtMessage.CAMT_054, 6),
    CAMT_054_07(BankStatement.CamtMessage.CAMT_054, 7),
    CAMT_054_08(BankStatement.CamtMessage.CAMT_054, 8);

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private final BankStatement.CamtMessage message;
    private final int version;

    CamtVersion(BankStatement.CamtMessage message, int version) {
        this.message = message;
        this.version = version;
    }

    /** The message this version belongs to. */
    public BankStatement.CamtMessage message() {
        return message;
    }

    /** The message identifier, e.g. {@code camt.053.001.08} (what a business application header names). */
    public String identifier() {
        return (message == BankStatement.CamtMessage.CAMT_053 ? "camt.053" : "camt.054") + ".001.0" + version;
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
