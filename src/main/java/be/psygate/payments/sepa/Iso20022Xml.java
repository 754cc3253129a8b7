package be.psygate.payments.sepa;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The XML machinery of the ISO 20022 files. Schemas come from {@value #SCHEMA_FOLDER} on the classpath and may
 * fetch nothing. Documents are read with the JDK's own StAX parser, which resolves nothing external and stops at
 * a DOCTYPE, so no entity is ever declared, expanded or fetched; they are validated against their schema as they
 * are unmarshalled. Documents are validated against their schema as they are marshalled, into memory, so an invalid
 * one never reaches its destination.
 */
final class Iso20022Xml {

    /** Where the ISO 20022 schemas are on the classpath (the {@code mappings/formats} folder of the repository). */
    static final String SCHEMA_FOLDER = "mappings/formats/";

    private Iso20022Xml() {
    }

    /** The schema {@code fileName} of {@value #SCHEMA_FOLDER}. */
    static Schema schema(String fileName) {
        String resource = SCHEMA_FOLDER + fileName;
        URL url = Iso20022Xml.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("not on the classpath: " + resource);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + resource + " cannot be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        try {
            return new NoDoctype(factory.createXMLStreamReader(in));
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
            javax.xml.validation.Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(source);
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
            javax.xml.parsers.DocumentBuilderFactory factory =
                    javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new java.io.ByteArrayInputStream(content));
        } catch (org.xml.sax.SAXParseException e) {
            throw new SepaFormatException("the document is not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
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

    /** Stops at a DOCTYPE or an entity reference, which no ISO 20022 document needs. */
    private static final class NoDoctype extends StreamReaderDelegate {

        NoDoctype(XMLStreamReader reader) throws XMLStreamException {
            super(reader);
            refuse(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return refuse(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event;
            do {
                event = next();
            } while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                    || (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()));
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected an element", getLocation());
            }
            return event;
        }

        private int refuse(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a DOCTYPE is not accepted (no entity is ever read)", getLocation());
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity &" + getLocalName() + "; is not accepted", getLocation());
            }
            return event;
        }
    }
}
