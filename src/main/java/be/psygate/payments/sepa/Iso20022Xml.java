package be.psygate.payments.sepa;

import be.psygate.xml.SafeXml;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.xml.sax.SAXException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The XML machinery of the ISO 20022 files, on the hardened parsers of {@link SafeXml}: schemas from
 * {@value #SCHEMA_FOLDER} on the classpath that may fetch nothing; documents read by a parser that resolves nothing
 * external and stops at a DOCTYPE, and validated against their schema as they are unmarshalled. What it adds is the
 * JAXB binding and the {@link SepaFormatException}s that say where a document is not well-formed or not valid. Documents are validated against their schema as they are marshalled, into memory, so an invalid
 * one never reaches its destination.
 */
final class Iso20022Xml {

    /** Where the ISO 20022 schemas are on the classpath (the {@code mappings/formats} folder of the repository). */
    static final String SCHEMA_FOLDER = "mappings/formats/";

    private Iso20022Xml() {
    }

    /** The schema {@code fileName} of {@value #SCHEMA_FOLDER}. */
    static Schema schema(String fileName) {
        return SafeXml.schema(SCHEMA_FOLDER + fileName);
    }

    /** The JAXB context of the classes generated in the package of {@code objectFactory}. */
    static JAXBContext context(Class<?> objectFactory) {
        try {
            return JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB context of " + objectFactory.getPackageName()
                    + " cannot be built", e);
        }
    }

    /** A namespace-aware StAX reader of {@code in} that resolves nothing external and refuses a DOCTYPE. */
    static XMLStreamReader reader(InputStream in) {
        try {
            return SafeXml.reader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    /**
     * The namespace of the root element, the reader being left on that element.
     *
     * @throws SepaFormatException when the document is empty, not well-formed or carries a DOCTYPE
     */
    static String rootNamespace(XMLStreamReader reader) {
        try {
            reader.nextTag();
            return reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    /**
     * The document under {@code reader} (left on its root element) as {@code type}, validated against
     * {@code schema} as it is read.
     *
     * @throws SepaFormatException when the document is not well-formed or not valid
     */
    static <T> T unmarshal(JAXBContext context, Schema schema, String schemaName, XMLStreamReader reader,
                           Class<T> type) {
        AtomicReference<ValidationEvent> firstError = new AtomicReference<>();
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(schema);
            unmarshaller.setEventHandler(event -> {
                firstError.compareAndSet(null, event);
                return false;
            });
            return unmarshaller.unmarshal(reader, type).getValue();
        } catch (JAXBException e) {
            ValidationEvent event = firstError.get();
            if (event != null) {
                throw new SepaFormatException("the document is not valid against " + schemaName
                        + at(event.getLocator()) + ": " + event.getMessage(), e);
            }
            if (e.getLinkedException() instanceof XMLStreamException x) {
                throw notWellFormed(x);
            }
            throw new SepaFormatException("the document cannot be read: " + e, e);
        }
    }

    /**
     * {@code document} as UTF-8 XML, validated against {@code schema} as it is marshalled.
     *
     * @throws SepaFormatException when the document is not valid
     */
    static byte[] marshal(JAXBContext context, Schema schema, String schemaName, JAXBElement<?> document) {
        AtomicReference<ValidationEvent> firstError = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setSchema(schema);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setEventHandler(event -> {
                firstError.compareAndSet(null, event);
                return false;
            });
            marshaller.marshal(document, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            ValidationEvent event = firstError.get();
            String detail = event != null ? event.getMessage() : String.valueOf(e);
            throw new SepaFormatException("the document would not be valid against " + schemaName + ": " + detail,
                    e);
        }
    }

    /**
     * Validates {@code source} against {@code schema}.
     *
     * @throws SepaFormatException when it is not well-formed or not valid, naming where when the source knows
     */
    static void validate(Schema schema, String schemaName, javax.xml.transform.Source source) {
        try {
            SafeXml.validator(schema).validate(source);
        } catch (SAXException e) {
            // a validity error may come wrapped in the stream's exception; a stream error alone is not well-formed
            XMLStreamException streamError = null;
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.xml.sax.SAXParseException invalid) {
                    String where = invalid.getLineNumber() > 0 ? " at line " + invalid.getLineNumber()
                            + ", column " + invalid.getColumnNumber() : "";
                    throw new SepaFormatException("the document is not valid against " + schemaName + where + ": "
                            + invalid.getMessage(), e);
                }
                if (streamError == null && cause instanceof XMLStreamException x) {
                    streamError = x;
                }
            }
            if (streamError != null) {
                throw notWellFormed(streamError);
            }
            throw new SepaFormatException("the document is not valid against " + schemaName + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code content} as a namespace-aware DOM that resolves nothing external and refuses a DOCTYPE.
     *
     * @throws SepaFormatException when it is not well-formed or carries a DOCTYPE
     */
    static org.w3c.dom.Document dom(byte[] content) {
        try {
            return SafeXml.dom(content);
        } catch (org.xml.sax.SAXParseException e) {
            throw new SepaFormatException("the document is not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new SepaFormatException("the document cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SepaFormatException notWellFormed(XMLStreamException e) {
        Location location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNumber() + ", column "
                + location.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String plain = (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
        return new SepaFormatException("the document is not well-formed XML" + where + ": " + plain, e);
    }

    private static String at(ValidationEventLocator locator) {
        if (locator == null || locator.getLineNumber() < 0) {
            return "";
        }
        return " at line " + locator.getLineNumber() + ", column " + locator.getColumnNumber();
    }
}
