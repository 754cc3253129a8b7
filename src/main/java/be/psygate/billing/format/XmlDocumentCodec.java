package be.psygate.billing.format;

import be.psygate.xml.SafeXml;
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
 * A JAXB document of the XML invoice or answer format, valid against its schema on the classpath: written to memory
 * and validated before a byte of it reaches the stream, so an invalid one never leaves; validated again as it is
 * read by {@link SafeXml}'s parser, which refuses a DOCTYPE, so no entity (external or not) is ever declared or
 * expanded and nothing outside the document is fetched. Shared by every write and read (thread-safe).
 *
 * @param <D> the JAXB class of the document's root
 */
public final class XmlDocumentCodec<D> {

    private final Schema schema;
    private final JAXBContext jaxb;
    private final Class<D> root;
    private final String what;
    private final FormatErrors errors;

    /**
     * @param schemaResource where the schema is on the classpath
     * @param what           what a valid document is, for the messages ("invoice", "answer")
     */
    public XmlDocumentCodec(String schemaResource, Class<D> root, String what, FormatErrors errors) {
        this.schema = SafeXml.schema(schemaResource);
        this.root = root;
        this.what = what;
        this.errors = errors;
        try {
            jaxb = JAXBContext.newInstance(root);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB context of the " + what + " cannot be built", e);
        }
    }

    /** The schema documents are validated against. */
    public Schema schema() {
        return schema;
    }

    /**
     * Writes {@code document}, valid, to {@code out}.
     *
     * @param which what is written, for the messages ("batch 42", "the answer to batch 42")
     */
    public void write(D document, String which, OutputStream out) {
        try {
            out.write(SafeXml.marshalValidated(jaxb, schema, document));
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB failed to write " + which, e);
        } catch (SAXException e) {
            throw errors.unwritable(which + " does not make a valid document: "
                    + ForeignMessages.redacted(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document, refusing one that is not well-formed, carries a DOCTYPE or is not valid. */
    public D read(InputStream in) {
        FirstEvent failure = new FirstEvent();
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(in);
            Unmarshaller unmarshaller = jaxb.createUnmarshaller();
            unmarshaller.setSchema(schema);
            unmarshaller.setEventHandler(failure);
            return unmarshaller.unmarshal(reader, root).getValue();
        } catch (XMLStreamException e) {
            throw notAcceptable(e);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (failure.first == null && cause instanceof XMLStreamException parser) {
                throw notAcceptable(parser);
            }
            if (failure.first == null) {
                throw errors.unreadable("the document is not a valid " + what + ": "
                        + ForeignMessages.redacted((cause != null ? cause : e).getMessage()), 0);
            }
            long line = failure.first.getLocator() == null ? 0
                    : Math.max(0, failure.first.getLocator().getLineNumber());
            throw errors.unreadable("the document is not a valid " + what + ": "
                    + ForeignMessages.redacted(failure.first.getMessage()), line);
        } finally {
            SafeXml.closeQuietly(reader);
        }
    }

    private RuntimeException notAcceptable(XMLStreamException e) {
        return errors.unreadable("the document is not acceptable XML: " + ForeignMessages.redacted(e.getMessage()),
                0);
    }

    /** Stops at the first validation event (warnings included) and remembers it for the message. */
    private static final class FirstEvent implements ValidationEventHandler {

        private ValidationEvent first;

        @Override
        public boolean handleEvent(ValidationEvent event) {
            if (first == null) {
                first = event;
            }
            return false;
        }
    }
}
