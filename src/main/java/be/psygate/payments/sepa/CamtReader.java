package be.psygate.payments.sepa;

import org.w3c.dom.Element;

import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a bank file: an ISO 20022 camt.053 account statement or camt.054 debit/credit notification, versions
 * {@code .001.02} to {@code .001.08} ({@link CamtVersion}), the namespace of the document telling which. The
 * document may stand alone or beside a business application header ({@code head.001}) under a wrapping element.
 * It is parsed without DTD nor external entity and validated against the schema of its version in
 * {@code mappings/formats}; one reading ({@link CamtDocuments}) serves every version. Which entries are credits,
 * and how a batch entry is split, is said by {@link CreditEntries} and {@link StatementEntries}. Thread-safe.
 */
public final class CamtReader {

    /** The namespace of camt.053.001.02. */
    public static final String CAMT053_NAMESPACE = CamtVersion.CAMT_053_02.namespace();
    /** The namespace of camt.054.001.02. */
    public static final String CAMT054_NAMESPACE = CamtVersion.CAMT_054_02.namespace();
    /** The schema file of camt.053.001.02, in {@code mappings/formats}. */
    public static final String CAMT053_SCHEMA = CamtVersion.CAMT_053_02.schemaFile();
    /** The namespaces of the business application header ({@code head.001.001.01} to {@code .04}). */
    static final String HEAD_NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:head.001.001.0";

    private static final Map<CamtVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /**
     * The booked euro credits of the statement or notification in {@code in}, which is left open, in the order of
     * the document.
     *
     * @throws SepaFormatException when the document is not well-formed, carries a DOCTYPE, is not a valid camt.053
     *                             or camt.054 of a version read here, or a credit cannot be read
     */
    public List<BankCredit> read(InputStream in) {
        Parsed parsed = parse(bytes(in));
        return CreditEntries.credits(CamtDocuments.entries(parsed.document(), parsed.version()));
    }

    /**
     * The whole statement or notification in {@code in}, which is left open: who it is and every entry it reports,
     * whatever its account, currency, direction or status, so that the caller decides what concerns it. Unlike
     * {@link #read}, an odd entry does not refuse the file.
     *
     * @throws SepaFormatException when the document is not well-formed, carries a DOCTYPE, or is not a valid
     *                             camt.053 or camt.054 of a version read here
     */
    public BankStatement readStatement(InputStream in) {
        Parsed parsed = parse(bytes(in));
        return new BankStatement(parsed.version().message(), parsed.version().identifier(),
                CamtDocuments.identities(parsed.document(), parsed.version()),
                StatementEntries.of(CamtDocuments.entries(parsed.document(), parsed.version())));
    }

    private record Parsed(CamtVersion version, Element document) {
    }

    private static Parsed parse(byte[] content) {
        XMLStreamReader reader = Iso20022Xml.reader(new ByteArrayInputStream(content));
        String namespace = Iso20022Xml.rootNamespace(reader);
        String rootName = reader.getLocalName();
        if ("Document".equals(rootName)) {
            CamtVersion version = CamtVersion.ofNamespace(namespace).orElseThrow(() -> unsupported(namespace));
            // validated as a stream first, so that an error names its line
            Iso20022Xml.validate(schema(version), version.schemaFile(),
                    new StAXSource(Iso20022Xml.reader(new ByteArrayInputStream(content))));
            return new Parsed(version, Iso20022Xml.dom(content).getDocumentElement());
        }
        Element root = Iso20022Xml.dom(content).getDocumentElement();
        Element document = CamtDocuments.child(root, "Document");
        if (document == null) {
            throw new SepaFormatException("not a camt document: its root element is '" + rootName
                    + "' in the namespace '" + namespace + "', with no Document in it");
        }
        String documentNamespace = document.getNamespaceURI() == null ? "" : document.getNamespaceURI();
        CamtVersion version = CamtVersion.ofNamespace(documentNamespace)
                .orElseThrow(() -> unsupported(documentNamespace));
        checkHeader(CamtDocuments.child(root, "AppHdr"), version);
        Iso20022Xml.validate(schema(version), version.schemaFile(), new DOMSource(document));
        return new Parsed(version, document);
    }

    /**
     * The business application header beside the document, when there is one: a {@code head.001} header whose
     * message identifier ({@code MsgDefIdr}) is the document's message and version, with a business message
     * identifier ({@code BizMsgIdr}).
     */
    private static void checkHeader(Element header, CamtVersion version) {
        if (header == null) {
            return;
        }
        String namespace = header.getNamespaceURI() == null ? "" : header.getNamespaceURI();
        if (!namespace.startsWith(HEAD_NAMESPACE_PREFIX)) {
            throw new SepaFormatException("the business application header is not a head.001 header: its namespace"
                    + " is '" + namespace + "'");
        }
        if (CamtDocuments.text(header, "BizMsgIdr") == null) {
            throw new SepaFormatException("the business application header has no BizMsgIdr");
        }
        String named = CamtDocuments.text(header, "MsgDefIdr");
        if (named == null || !named.startsWith(version.identifier())) {
            throw new SepaFormatException("the business application header names the message '" + named
                    + "' but the document is " + version.identifier());
        }
    }

    private static Schema schema(CamtVersion version) {
        return SCHEMAS.computeIfAbsent(version, v -> Iso20022Xml.schema(v.schemaFile()));
    }

    private static byte[] bytes(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SepaFormatException unsupported(String namespace) {
        String read = Stream.of(CamtVersion.values()).map(CamtVersion::identifier)
                .collect(Collectors.joining(", "));
        return new SepaFormatException("not a camt.053 or camt.054 document of a version read here (" + read
                + "): its namespace is '" + namespace + "'");
    }
}
