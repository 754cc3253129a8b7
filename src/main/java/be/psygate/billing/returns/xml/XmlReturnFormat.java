package be.psygate.billing.returns.xml;

import be.psygate.billing.format.ForeignMessages;
import be.psygate.xml.SafeXml;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.util.ValidationEventCollector;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The {@code xml} answer: an {@code insurerReturn} document (UTF-8, namespace {@value XmlInsurerReturn#NAMESPACE})
 * valid against {@value #SCHEMA_RESOURCE}. The document is written to memory and validated against the schema
 * before a byte of it reaches the stream; it is validated again as it is read, and reading then verifies the totals
 * and what each kind of answer must hold. The parser (that of the XML invoice) refuses a DOCTYPE, so no entity,
 * external or not, is ever declared or expanded, and nothing outside the document is ever fetched.
 */
public final class XmlReturnFormat implements ReturnFormat {

    /** The name of the format. */
    public static final String NAME = "xml";
    /** Where the schema is on the classpath. */
    public static final String SCHEMA_RESOURCE = "mappings/formats/insurer-return-v1.xsd";

    private final Schema schema;
    private final JAXBContext jaxb;

    /** Loads the schema and prepares JAXB; both are shared by every write and read. */
    public XmlReturnFormat() {
        schema = SafeXml.schema(SCHEMA_RESOURCE);
        try {
            jaxb = JAXBContext.newInstance(XmlInsurerReturn.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB context of the insurer answer cannot be built", e);
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
    public void write(InsurerReturn answer, OutputStream out) {
        try {
            out.write(SafeXml.marshalValidated(jaxb, schema, XmlReturnMapping.toXml(answer)));
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB failed to write the answer to batch " + answer.batchNumber(), e);
        } catch (SAXException e) {
            throw new ReturnFormatException("the answer to batch " + answer.batchNumber()
                    + " does not make a valid document: " + ForeignMessages.redacted(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InsurerReturn read(InputStream in) {
        FirstEvent failure = new FirstEvent();
        XmlInsurerReturn document;
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(in);
            Unmarshaller unmarshaller = jaxb.createUnmarshaller();
            unmarshaller.setSchema(schema);
            unmarshaller.setEventHandler(failure);
            document = unmarshaller.unmarshal(reader, XmlInsurerReturn.class).getValue();
        } catch (XMLStreamException e) {
            throw notAcceptable(e);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (!failure.hasEvents() && cause instanceof XMLStreamException parser) {
                throw notAcceptable(parser);
            }
            throw failure.refusal(cause != null ? cause : e);
        } finally {
            SafeXml.closeQuietly(reader);
        }
        return XmlReturnMapping.fromXml(document);
    }

    private static ReturnFormatException notAcceptable(XMLStreamException e) {
        return new ReturnFormatException("the document is not acceptable XML: "
                + ForeignMessages.redacted(e.getMessage()));
    }

    /** Keeps the first validation event (warnings included) and stops there. */
    private static final class FirstEvent extends ValidationEventCollector {

        @Override
        public boolean handleEvent(ValidationEvent event) {
            if (!hasEvents()) {
                super.handleEvent(event);
            }
            return false;
        }

        ReturnFormatException refusal(Throwable cause) {
            if (!hasEvents()) {
                return new ReturnFormatException("the document is not a valid answer: "
                        + ForeignMessages.redacted(cause.getMessage()));
            }
            ValidationEvent first = getEvents()[0];
            long line = first.getLocator() == null ? 0 : Math.max(0, first.getLocator().getLineNumber());
            return new ReturnFormatException("the document is not a valid answer: "
                    + ForeignMessages.redacted(first.getMessage()), line);
        }
    }
}
