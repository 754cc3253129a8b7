package be.psygate.payments.sepa;

import jakarta.xml.bind.JAXBContext;

import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the credits of a bank file: an ISO 20022 camt.053.001.02 account statement or camt.054.001.02 debit/credit
 * notification, told apart by the namespace of the document. The document is parsed without DTD nor external
 * entity and validated against its schema in {@code mappings/formats} as it is read; which entries are credits, and
 * how a batch entry is split, is said by {@link CreditEntries}. Thread-safe.
 */
public final class CamtReader {

    /** The namespace of camt.053.001.02. */
    public static final String CAMT053_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    /** The namespace of camt.054.001.02. */
    public static final String CAMT054_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
    /** The schema file of camt.053, in {@code mappings/formats}. */
    public static final String CAMT053_SCHEMA = "camt.053.001.02.xsd";

    private final Schema camt053 = Iso20022Xml.schema(CAMT053_SCHEMA);
    private final Schema camt054 = Iso20022Xml.schema(CamtWriter.CAMT054_SCHEMA);
    private final JAXBContext camt053Context =
            Iso20022Xml.context(be.psygate.payments.sepa.camt053.ObjectFactory.class);
    private final JAXBContext camt054Context =
            Iso20022Xml.context(be.psygate.payments.sepa.camt054.ObjectFactory.class);

    /**
     * The booked euro credits of the statement or notification in {@code in}, which is left open, in the order of
     * the document.
     *
     * @throws SepaFormatException when the document is not well-formed, carries a DOCTYPE, is neither a valid
     *                             camt.053.001.02 nor a valid camt.054.001.02, or a credit cannot be read
     */
    public List<BankCredit> read(InputStream in) {
        XMLStreamReader reader = Iso20022Xml.reader(in);
        String namespace = Iso20022Xml.rootNamespace(reader);
        List<CamtEntry> entries = switch (namespace) {
            case CAMT053_NAMESPACE -> Camt053Entries.of(camt053(reader));
            case CAMT054_NAMESPACE -> Camt054Entries.of(camt054(reader));
            default -> throw unsupported(namespace);
        };
        return CreditEntries.credits(entries);
    }

    /**
     * The whole statement or notification in {@code in}, which is left open: who it is and every entry it reports,
     * whatever its account, currency, direction or status, so that the caller decides what concerns it. Unlike
     * {@link #read}, an odd entry does not refuse the file.
     *
     * @throws SepaFormatException when the document is not well-formed, carries a DOCTYPE, or is neither a valid
     *                             camt.053.001.02 nor a valid camt.054.001.02
     */
    public BankStatement readStatement(InputStream in) {
        XMLStreamReader reader = Iso20022Xml.reader(in);
        String namespace = Iso20022Xml.rootNamespace(reader);
        return switch (namespace) {
            case CAMT053_NAMESPACE -> {
                be.psygate.payments.sepa.camt053.Document document = camt053(reader);
                yield new BankStatement(BankStatement.CamtMessage.CAMT_053, Camt053Entries.identities(document),
                        StatementEntries.of(Camt053Entries.of(document)));
            }
            case CAMT054_NAMESPACE -> {
                be.psygate.payments.sepa.camt054.Document document = camt054(reader);
                yield new BankStatement(BankStatement.CamtMessage.CAMT_054, Camt054Entries.identities(document),
                        StatementEntries.of(Camt054Entries.of(document)));
            }
            default -> throw unsupported(namespace);
        };
    }

    private be.psygate.payments.sepa.camt053.Document camt053(XMLStreamReader reader) {
        return Iso20022Xml.unmarshal(camt053Context, camt053, CAMT053_SCHEMA, reader,
                be.psygate.payments.sepa.camt053.Document.class);
    }

    private be.psygate.payments.sepa.camt054.Document camt054(XMLStreamReader reader) {
        return Iso20022Xml.unmarshal(camt054Context, camt054, CamtWriter.CAMT054_SCHEMA, reader,
                be.psygate.payments.sepa.camt054.Document.class);
    }

    private static SepaFormatException unsupported(String namespace) {
        return new SepaFormatException(
                "neither a camt.053.001.02 nor a camt.054.001.02 document: its namespace is '" + namespace + "'");
    }
}
