package be.psygate.payments.sepa;

import be.psygate.payments.sepa.pain001.Document;
import be.psygate.payments.sepa.pain001.ObjectFactory;
import jakarta.xml.bind.JAXBContext;

import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link CreditTransferBatch} as an ISO 20022 customer credit transfer initiation with the SEPA usage
 * rules, in UTF-8: a pain.001.001.03 (see {@link Pain001Document}) or, for a bank that takes it, a pain.001.001.09
 * ({@link Pain001Document09}). The document is built in memory and validated against its schema of
 * {@code mappings/formats} before a byte of it reaches the stream: a batch that would give an invalid document
 * throws {@link SepaFormatException} and nothing is written. Thread-safe.
 */
public final class Pain001Writer {

    /** The schema file of pain.001.001.03, in {@code mappings/formats}. */
    public static final String SCHEMA = Pain001Version.V03.schema();

    private final Pain001Version version;
    private final Schema schema;
    private final JAXBContext context;

    /** A writer of pain.001.001.03. */
    public Pain001Writer() {
        this(Pain001Version.V03);
    }

    /** A writer of {@code version}. */
    public Pain001Writer(Pain001Version version) {
        this.version = Objects.requireNonNull(version, "version");
        this.schema = Iso20022Xml.schema(version.schema());
        this.context = Iso20022Xml.context(version == Pain001Version.V03 ? ObjectFactory.class
                : be.psygate.payments.sepa.pain001v09.ObjectFactory.class);
    }

    /**
     * Writes {@code batch} to {@code out}, which is left open.
     *
     * @throws SepaFormatException when the document would not be valid; nothing is written then
     */
    public void write(CreditTransferBatch batch, OutputStream out) {
        if (version == Pain001Version.V03) {
            write(Pain001Document.of(batch), out);
        } else {
            emit(Iso20022Xml.marshal(context, schema, version.schema(),
                    new be.psygate.payments.sepa.pain001v09.ObjectFactory().createDocument(
                            Pain001Document09.of(batch))), out);
        }
    }

    /** Validates and writes a pain.001.001.03 document already built; the batch-level checks are the caller's. */
    void write(Document document, OutputStream out) {
        if (version != Pain001Version.V03) {
            throw new IllegalStateException("a pain.001.001.03 document given to a writer of " + version);
        }
        emit(Iso20022Xml.marshal(context, schema, SCHEMA, new ObjectFactory().createDocument(document)), out);
    }

    private static void emit(byte[] xml, OutputStream out) {
        try {
            out.write(xml);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
