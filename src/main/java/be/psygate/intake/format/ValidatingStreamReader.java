package be.psygate.intake.format;

import be.psygate.xml.SafeXml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import java.io.UncheckedIOException;

/**
 * A StAX cursor that validates the document against a schema while it is being read: every event the cursor
 * moves to, whoever moves it (the reader's loop or JAXB unmarshalling one element), is also handed to the
 * schema's {@link ValidatorHandler}. One pass; nothing is kept beyond the current element.
 *
 * <p>The cursor also refuses what the parser would let through: a DOCTYPE (even one the parser does not act
 * on), entity references, and a run of text so long that it could only be an attack on the heap. When the
 * document turns out to be unreadable, the cursor throws an {@link XMLStreamException} and keeps the reason
 * in {@link #refusal()} (or the stream's failure in {@link #ioFailure()}): JAXB wraps whatever the cursor
 * throws, the reason must survive that.
 */
final class ValidatingStreamReader extends StreamReaderDelegate {

    /** The longest run of text accepted between two tags; the schema allows far less. */
    static final int MAX_TEXT_LENGTH = 10_000;

    private final ValidatorHandler validator;
    private UnreadableListException refusal;
    private UncheckedIOException ioFailure;
    private long textLength;

    ValidatingStreamReader(XMLStreamReader reader, Schema schema) throws XMLStreamException {
        super(reader);
        validator = SafeXml.validatorHandler(schema);
        validator.setErrorHandler(new StrictErrorHandler());
        validator.setDocumentLocator(new CursorLocator());
        try {
            validator.startDocument();
        } catch (SAXException e) {
            throw refuse(XmlRefusals.invalid(e));
        }
    }

    /** Why the document was refused, once the cursor has thrown; else null. */
    UnreadableListException refusal() {
        return refusal;
    }

    /** The failure of the stream, once the cursor has thrown; else null. */
    UncheckedIOException ioFailure() {
        return ioFailure;
    }

    @Override
    public int next() throws XMLStreamException {
        if (refusal != null || ioFailure != null) {
            throw new XMLStreamException("the document was already refused");
        }
        int event;
        try {
            event = super.next();
        } catch (XMLStreamException e) {
            throw parserFailure(e);
        }
        forward(event);
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == SPACE || event == COMMENT || event == PROCESSING_INSTRUCTION
                || ((event == CHARACTERS || event == CDATA) && isWhiteSpace())) {
            event = next();
        }
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new XMLStreamException("a start or end tag was expected", getLocation());
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != START_ELEMENT) {
            throw new XMLStreamException("not on a start tag", getLocation());
        }
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != END_ELEMENT; event = next()) {
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                text.append(getTextCharacters(), getTextStart(), getTextLength());
            } else if (event != COMMENT && event != PROCESSING_INSTRUCTION) {
                throw new XMLStreamException("text only was expected", getLocation());
            }
        }
        return text.toString();
    }

    private void forward(int event) throws XMLStreamException {
        try {
            switch (event) {
                case START_ELEMENT -> startElement();
                case END_ELEMENT -> endElement();
                case CHARACTERS, CDATA, SPACE -> characters();
                case PROCESSING_INSTRUCTION -> validator.processingInstruction(getPITarget(), getPIData());
                case END_DOCUMENT -> validator.endDocument();
                case DTD, ENTITY_REFERENCE, ENTITY_DECLARATION, NOTATION_DECLARATION -> throw refuse(
                        XmlRefusals.notWellFormed("DOCTYPE declarations and entity references are not allowed",
                                getLocation()));
                default -> {
                    // comments carry nothing to validate
                }
            }
        } catch (SAXException e) {
            throw refuse(XmlRefusals.invalid(e));
        }
    }

    private void startElement() throws SAXException {
        textLength = 0;
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.startPrefixMapping(nullToEmpty(getNamespacePrefix(i)), nullToEmpty(getNamespaceURI(i)));
        }
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < getAttributeCount(); i++) {
            String localName = getAttributeLocalName(i);
            attributes.addAttribute(nullToEmpty(getAttributeNamespace(i)), localName,
                    qualifiedName(getAttributePrefix(i), localName), "CDATA", getAttributeValue(i));
        }
        validator.startElement(nullToEmpty(getNamespaceURI()), getLocalName(),
                qualifiedName(getPrefix(), getLocalName()), attributes);
    }

    private void endElement() throws SAXException {
        textLength = 0;
        validator.endElement(nullToEmpty(getNamespaceURI()), getLocalName(),
                qualifiedName(getPrefix(), getLocalName()));
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.endPrefixMapping(nullToEmpty(getNamespacePrefix(i)));
        }
    }

    private void characters() throws SAXException, XMLStreamException {
        textLength += getTextLength();
        if (textLength > MAX_TEXT_LENGTH) {
            throw refuse(XmlRefusals.invalid("text longer than " + MAX_TEXT_LENGTH + " characters", getLocation()));
        }
        validator.characters(getTextCharacters(), getTextStart(), getTextLength());
    }

    private XMLStreamException parserFailure(XMLStreamException e) {
        try {
            return refuse(XmlRefusals.fromParser(e, getLocation()));
        } catch (UncheckedIOException io) {
            ioFailure = io;
            return e;
        }
    }

    private XMLStreamException refuse(UnreadableListException reason) {
        if (refusal == null) {
            refusal = reason;
        }
        return new XMLStreamException(reason.getMessage());
    }

    private static String qualifiedName(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Makes every schema error fatal at once: the first one refuses the document. */
    private static final class StrictErrorHandler implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make the document invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /** Tells the validator where the cursor is, so that its errors carry a line and a column. */
    private final class CursorLocator implements Locator {

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return getLocation().getColumnNumber();
        }
    }
}
