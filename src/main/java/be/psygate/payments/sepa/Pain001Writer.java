package be.psygate.payments.sepa;

import be.psygate.payments.sepa.pain001.Document;
import be.psygate.payments.sepa.pain001.ObjectFactory;
import jakarta.xml.bind.JAXBContext;

import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link CreditTransferBatch} as an ISO 20022 pain.001.001.03 customer credit transfer initiation with
 * the SEPA usage rules (see {@link Pain001Document}), in UTF-8. The document is built in memory and validated
 * against {@value #SCHEMA} of {@code mappings/formats} before a byte of it reaches the stream: a batch that would
 * give an invalid document throws {@link SepaFormatException} and nothing is written. Thread-safe.
 */
public final class Pain001Writer {

    /** The schema file, in {@code mappings/formats}. */
    public static final String SCHEMA = "pain.001.001.03.xsd";

    private final Schema schema = Iso20022Xml.schema(SCHEMA);
    private final JAXBContext context = Iso20022Xml.context(ObjectFactory.class);

    /**
     * Writes {@code batch} to {@code out}, which is left open.
     *
     * @throws SepaFormatException when the document would not be valid; nothing is written then
     */
    public void write(CreditTransferBatch batch, OutputStream out) {
        write(Pain001Document.of(batch), out);
    }

    /** Validates and writes a document already built; the batch-level checks are the caller's. */
    void write(Document document, OutputStream out) {
        byte[] xml = Iso20022Xml.marshal(context, schema, SCHEMA, new ObjectFactory().createDocument(document));
        try {
            out.write(xml);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
