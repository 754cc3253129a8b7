package be.psygate.billing.format.xml;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.XmlDocumentCodec;

import javax.xml.validation.Schema;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code xml} format: an {@code invoiceBatch} document (UTF-8, namespace {@value XmlInvoiceBatch#NAMESPACE})
 * valid against {@value #SCHEMA_RESOURCE}. The document is written to memory, parsed back and validated against the
 * schema before a byte of it reaches the stream, so an invalid one never leaves; it is validated again as it is
 * read, and reading then verifies the check digits of every identifier and the control totals. The parser
 * refuses a DOCTYPE, so no entity (external or not) is ever declared or expanded.
 */
public final class XmlInvoiceFormat implements InvoiceFormat {

    /** The name of the format. */
    public static final String NAME = "xml";
    /** Where the schema is on the classpath. */
    public static final String SCHEMA_RESOURCE = "mappings/formats/invoice-v1.xsd";

    private final XmlDocumentCodec<XmlInvoiceBatch> documents = new XmlDocumentCodec<>(SCHEMA_RESOURCE,
            XmlInvoiceBatch.class, "invoice", FormatErrors.of(InvoiceFormatException::new,
            InvoiceFormatException::new));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    /** The schema documents are validated against. */
    public Schema schema() {
        return documents.schema();
    }

    @Override
    public void write(InvoiceBatch batch, OutputStream out) {
        documents.write(XmlMapping.toXml(batch), "batch " + batch.batchNumber(), out);
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        return XmlMapping.fromXml(documents.read(in));
    }
}
