package be.psygate.billing.format.xml;

import be.psygate.xml.SafeXml;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.ForeignMessages;
import be.psygate.billing.format.InvoiceFormatException;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;

import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

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

    private final Schema schema;
    private final JAXBContext jaxb;

    /** Loads the schema and prepares JAXB; both are shared by every write and read. */
    public XmlInvoiceFormat() {
        schema = SafeXml.schema(SCHEMA_RESOURCE);
        try {
            jaxb = JAXBContext.newInstance(XmlInvoiceBatch.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB context of the invoice cannot be built", e);
        }
    }

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
        return schema;
    }

    @Override
    public void write(InvoiceBatch batch, OutputStream out) {
        try {
            out.write(SafeXml.marshalValidated(jaxb, schema, XmlMapping.toXml(batch)));
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB failed to write batch " + batch.batchNumber(), e);
        } catch (SAXException e) {
            throw new InvoiceFormatException("batch " + batch.batchNumber() + " does not make a valid document: "
                    + ForeignMessages.redacted(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        Failure failure = new Failure();
        XmlInvoiceBatch document;
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(in);
            Unmarshaller unmarshaller = jaxb.createUnmarshaller();
            unmarshaller.setSchema(schema);
            unmarshaller.setEventHandler(failure);
            document = unmarshaller.unmarshal(reader, XmlInvoiceBatch.class).getValue();
        } catch (XMLStreamException e) {
            throw new InvoiceFormatException("the document is not acceptable XML: "
                    + ForeignMessages.redacted(e.getMessage()));
        } catch (JAXBException e) {
            if (failure.first == null && causeOf(e) instanceof XMLStreamException parser) {
                throw new InvoiceFormatException("the document is not acceptable XML: "
                        + ForeignMessages.redacted(parser.getMessage()));
            }
            throw new InvoiceFormatException("the document is not a valid invoice: " + failure.describe(e),
                    failure.line());
        } finally {
            SafeXml.closeQuietly(reader);
        }
        return XmlMapping.fromXml(document);
    }

    private static Throwable causeOf(JAXBException e) {
        return e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
    }

    /** Stops at the first validation event (warnings included) and remembers it for the message. */
    private static final class Failure implements ValidationEventHandler {

        private ValidationEvent first;

        @Override
        public boolean handleEvent(ValidationEvent event) {
            if (first == null) {
                first = event;
            }
            return false;
        }

        long line() {
            return first == null || first.getLocator() == null ? 0 : Math.max(0, first.getLocator().getLineNumber());
        }

        String describe(JAXBException e) {
            if (first != null) {
                return ForeignMessages.redacted(first.getMessage());
            }
            Throwable cause = causeOf(e);
            return ForeignMessages.redacted(cause != null ? cause.getMessage() : e.getMessage());
        }
    }
}
