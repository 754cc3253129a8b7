package be.psygate.intake.format;

import be.psygate.rules.ReasonCode;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The refusals of an XML session list, with their arguments (see {@link UnreadableListException}). A position
 * that is not known is {@code -1}.
 */
final class XmlRefusals {

    private static final String PARSER_PREFIX = "Message: ";
    /** The byte offset of a bad byte: StAX does not tell it. */
    private static final String UNKNOWN = "-1";
    /** The longest parser or validator message given as an argument. */
    static final int MAX_MESSAGE_LENGTH = 300;

    private XmlRefusals() {
    }

    static UnreadableListException empty() {
        return new UnreadableListException(ReasonCode.FILE_EMPTY, List.of(), "the file has no content");
    }

    static UnreadableListException notWellFormed(String message, Location location) {
        return refusal(ReasonCode.FILE_XML_NOT_WELL_FORMED, "not well-formed", message,
                line(location), column(location), null);
    }

    static UnreadableListException invalid(String message, Location location) {
        return refusal(ReasonCode.FILE_XML_INVALID, "not valid against the schema", message,
                line(location), column(location), null);
    }

    static UnreadableListException invalid(SAXException e) {
        int line = e instanceof SAXParseException parse ? parse.getLineNumber() : -1;
        int column = e instanceof SAXParseException parse ? parse.getColumnNumber() : -1;
        return refusal(ReasonCode.FILE_XML_INVALID, "not valid against the schema", e.getMessage(), line, column, e);
    }

    /**
     * What the parser threw, sorted out: bytes that cannot be decoded ({@code FILE_NOT_UTF8}) or a broken
     * document ({@code FILE_XML_NOT_WELL_FORMED}).
     *
     * @throws UncheckedIOException when the stream itself failed: not the document's fault
     */
    static UnreadableListException fromParser(XMLStreamException e, Location current) {
        Location location = e.getLocation() != null ? e.getLocation() : current;
        CharConversionException badBytes = causeOfType(e, CharConversionException.class);
        if (badBytes != null) {
            return new UnreadableListException(ReasonCode.FILE_NOT_UTF8,
                    List.of(Integer.toString(line(location)), Integer.toString(column(location)), UNKNOWN),
                    "bytes not in the document's encoding at line " + line(location) + ": " + badBytes.getMessage(),
                    e);
        }
        IOException io = causeOfType(e, IOException.class);
        if (io != null) {
            throw new UncheckedIOException(io);
        }
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf(PARSER_PREFIX);
        String plain = (start >= 0 ? message.substring(start + PARSER_PREFIX.length()) : message).strip();
        return refusal(ReasonCode.FILE_XML_NOT_WELL_FORMED, "not well-formed", plain, line(location),
                column(location), e);
    }

    private static UnreadableListException refusal(ReasonCode reason, String what, String message, int line,
                                                   int column, Throwable cause) {
        return new UnreadableListException(reason,
                List.of(Integer.toString(line), Integer.toString(column), shortened(String.valueOf(message))),
                what + " at line " + line + ", column " + column + ": " + message, cause);
    }

    /**
     * A message fit for the practice's error report: the validator quotes a value that is too long in full, up to
     * the longest text the cursor lets through.
     */
    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message
                : message.substring(0, MAX_MESSAGE_LENGTH - 3) + "...";
    }

    private static int line(Location location) {
        return location == null ? -1 : location.getLineNumber();
    }

    private static int column(Location location) {
        return location == null ? -1 : location.getColumnNumber();
    }

    private static <T extends Throwable> T causeOfType(XMLStreamException e, Class<T> type) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current instanceof XMLStreamException x && x.getNestedException() != null
                    ? x.getNestedException()
                    : current.getCause();
        }
        return null;
    }
}
