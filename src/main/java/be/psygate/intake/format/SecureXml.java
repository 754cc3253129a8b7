package be.psygate.intake.format;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The XML machinery of the readers, configured so that a document can reach nothing outside itself: no DTD,
 * no external entity, no external schema. The JDK's own implementations are asked for by name, so a
 * library on the classpath cannot swap in a parser configured otherwise.
 */
final class SecureXml {

    private SecureXml() {
    }

    /** A namespace-aware StAX factory that does not read DTDs nor resolve anything external. */
    static XMLInputFactory inputFactory() {
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
    static Schema schema(String resource) {
        URL url = SecureXml.class.getClassLoader().getResource(resource);
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

    /** A validator of {@code schema} that ignores the document's own schema hints. */
    static ValidatorHandler validatorHandler(Schema schema) {
        ValidatorHandler handler = schema.newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the XML validator cannot be secured", e);
        }
        return handler;
    }
}
