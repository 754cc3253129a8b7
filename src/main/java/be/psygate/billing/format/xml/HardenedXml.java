package be.psygate.billing.format.xml;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The XML machinery of the invoice format, configured so that a document reaches nothing outside itself: the
 * JDK's own StAX parser, no DTD (a document that carries one is refused outright, so no entity is ever declared,
 * expanded or fetched), no external resource; and a schema loaded from the classpath that may not fetch anything
 * either. Public because the insurers' answers ({@code be.psygate.billing.returns}) are read with the same
 * machinery.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** A namespace-aware StAX reader of {@code in} that refuses a DOCTYPE and resolves nothing external. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return new NoDoctype(factory.createXMLStreamReader(in));
    }

    /** The schema at {@code resource} on the classpath; it may not import or include anything. */
    public static Schema schema(String resource) {
        URL url = HardenedXml.class.getClassLoader().getResource(resource);
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
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the XML validator cannot be secured", e);
        }
        return validator;
    }

    /** Stops at a DOCTYPE or an entity reference, which neither an invoice nor an answer ever needs. */
    private static final class NoDoctype extends StreamReaderDelegate {

        NoDoctype(XMLStreamReader reader) throws XMLStreamException {
            super(reader);
            refuse(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return refuse(super.next());
        }

        private static int refuse(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a DOCTYPE is not allowed in this document");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("an entity reference is not allowed in this document");
            }
            return event;
        }
    }
}
