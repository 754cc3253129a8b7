package be.psygate.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The XML machinery of every format the gateway reads or writes (session lists, invoices, returns, payment files),
 * configured so that a document reaches nothing outside itself: the JDK's own StAX parser (a library on the
 * classpath cannot swap in one configured otherwise), no DTD (a document that carries one is refused outright when
 * read with {@link #reader}, so no entity is ever declared, expanded or fetched), no external resource; and
 * schemas loaded from the classpath that may not fetch anything either.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A namespace-aware StAX reader of {@code in} that refuses a DOCTYPE and resolves nothing external. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = inputFactory();
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return new NoDoctype(factory.createXMLStreamReader(in));
    }

    /** A namespace-aware StAX factory that does not read DTDs nor resolve anything external. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return factory;
    }

    /** The schema at {@code resource} on the classpath; it may not import or include anything. */
    public static Schema schema(String resource) {
        URL url = SafeXml.class.getClassLoader().getResource(resource);
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

    /** A validator of {@code schema} that fetches nothing external (no DTD, no other schema). */
    public static Validator validator(Schema schema) {
        Validator validator = schema.newValidator();
        fetchNothingExternal(validator::setProperty);
        return validator;
    }

    /** A validator handler (for validating while streaming) of {@code schema} that fetches nothing external. */
    public static ValidatorHandler validatorHandler(Schema schema) {
        ValidatorHandler handler = schema.newValidatorHandler();
        fetchNothingExternal(handler::setProperty);
        return handler;
    }

    /** The {@code setProperty} of a {@link Validator} or a {@link ValidatorHandler} (they share no interface). */
    private interface ValidatorProperties {
        void set(String name, Object value) throws SAXException;
    }

    private static void fetchNothingExternal(ValidatorProperties validator) {
        try {
            validator.set(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.set(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the XML validator cannot be secured", e);
        }
    }

    /**
     * Writes {@code root} with JAXB (formatted, UTF-8) and validates the result against {@code schema}, parsed as it
     * will leave: a document is only ever handed out whole and valid.
     *
     * @throws JAXBException when JAXB cannot write it
     * @throws SAXException  when the written document is not valid
     */
    public static byte[] marshalValidated(JAXBContext jaxb, Schema schema, Object root)
            throws JAXBException, SAXException {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        Marshaller marshaller = jaxb.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        marshaller.marshal(root, document);
        byte[] bytes = document.toByteArray();
        try {
            validator(schema).validate(new StreamSource(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /**
     * {@code content} as a namespace-aware DOM, parsed by a parser that refuses a DOCTYPE and resolves nothing
     * external.
     *
     * @throws SAXException when it is not well-formed or carries a DOCTYPE
     */
    public static Document dom(byte[] content) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured", e);
        }
    }

    /** Closes a StAX reader, which only releases its buffers: the stream belongs to the caller. */
    public static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the reader's own buffers
        }
    }

    /** Stops at a DOCTYPE or an entity reference, which no document exchanged here needs. */
    private static final class NoDoctype extends StreamReaderDelegate {

        NoDoctype(XMLStreamReader reader) throws XMLStreamException {
            super(reader);
            refuse(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return refuse(super.next());
        }

        /** As the parser's own, but through {@link #next}, so that a DOCTYPE before the root is refused too. */
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
