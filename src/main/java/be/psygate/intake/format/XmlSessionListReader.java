package be.psygate.intake.format;

import be.psygate.xml.SafeXml;
import be.psygate.intake.format.xml.XmlSession;
import be.psygate.intake.format.xml.XmlSessionList;
import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.validation.Schema;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads an XML session list (version 1, {@value #SCHEMA_RESOURCE}) in one streaming pass: a hardened StAX
 * parser, schema validation of every event as it goes by, and JAXB unmarshalling of one {@code session}
 * element at a time.
 *
 * <ul>
 *   <li>The line number of a session is its index in the document: the first {@code session} is 1.</li>
 *   <li>Fields are trimmed; an empty or missing field is {@code null}. A value the contract does not allow
 *       (a NISS of 10 digits, an unknown pseudocode) is left to the rules: the schema only fixes the
 *       structure and a length limit of 200 characters.</li>
 *   <li>Refused as a whole: no content at all ({@code FILE_EMPTY}); a document that is not well-formed, or
 *       that carries a DOCTYPE or an entity reference ({@code FILE_XML_NOT_WELL_FORMED}: no DTD is ever
 *       read, so no external entity and no entity expansion); bytes that are not in the declared encoding
 *       ({@code FILE_NOT_UTF8}); a document that breaks the schema, including a value over 200 characters
 *       ({@code FILE_XML_INVALID}). The arguments are listed in {@link UnreadableListException}.</li>
 *   <li>The document's encoding declaration is honoured (UTF-8 without one, a byte order mark is
 *       tolerated); bytes that are not in that encoding are refused as {@code FILE_NOT_UTF8}.</li>
 * </ul>
 * Validation happens while the sessions are handed to the sink, so an invalid element halfway through
 * throws after the sessions before it were handed over (see {@link SessionListReader}).
 */
public final class XmlSessionListReader implements SessionListReader {

    /** Where the schema is on the classpath. */
    public static final String SCHEMA_RESOURCE = "mappings/formats/session-list-v1.xsd";

    private static final QName SESSION = new QName(XmlSessionList.NAMESPACE, XmlSessionList.SESSION);

    private final Schema schema;
    private final JAXBContext jaxb;

    /** Loads the schema and prepares JAXB; both are shared by every read. */
    public XmlSessionListReader() {
        schema = SafeXml.schema(SCHEMA_RESOURCE);
        try {
            jaxb = JAXBContext.newInstance(XmlSession.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB context of the session list cannot be built", e);
        }
    }

    @Override
    public void read(InputStream in, Consumer<DeclaredSession> sink) throws UnreadableListException {
        BlankDetectingInputStream content = new BlankDetectingInputStream(in);
        ValidatingStreamReader reader = open(content);
        try {
            readSessions(reader, sink);
        } catch (XMLStreamException | JAXBException e) {
            if (reader.ioFailure() != null) {
                throw reader.ioFailure();
            }
            throw refusal(reader, content, e);
        } finally {
            closeQuietly(reader);
        }
    }

    private ValidatingStreamReader open(BlankDetectingInputStream content) throws UnreadableListException {
        try {
            return new ValidatingStreamReader(SafeXml.inputFactory().createXMLStreamReader(content), schema);
        } catch (XMLStreamException e) {
            throw content.onlyBlanksSoFar() ? XmlRefusals.empty() : XmlRefusals.fromParser(e, null);
        }
    }

    private void readSessions(ValidatingStreamReader reader, Consumer<DeclaredSession> sink)
            throws XMLStreamException, JAXBException {
        Unmarshaller unmarshaller = jaxb.createUnmarshaller();
        long index = 0;
        int event = reader.getEventType();
        while (true) {
            if (event == XMLStreamConstants.START_ELEMENT && SESSION.equals(reader.getName())) {
                XmlSession session = unmarshaller.unmarshal(reader, XmlSession.class).getValue();
                sink.accept(toDeclaredSession(++index, session));
                event = reader.getEventType();
            } else if (reader.hasNext()) {
                event = reader.next();
            } else {
                return;
            }
        }
    }

    /** Why the cursor gave up; an exception the cursor did not cause is a bug, not the file's fault. */
    private static UnreadableListException refusal(ValidatingStreamReader reader, BlankDetectingInputStream content,
                                                   Exception e) {
        UnreadableListException refusal = reader.refusal();
        if (refusal == null) {
            throw new IllegalStateException("the XML session list could not be unmarshalled", e);
        }
        if (refusal.reason() == ReasonCode.FILE_XML_NOT_WELL_FORMED && content.onlyBlanksSoFar()) {
            return XmlRefusals.empty();
        }
        return refusal;
    }

    private static DeclaredSession toDeclaredSession(long index, XmlSession session) {
        return new DeclaredSession(index, text(session.getLineRef()), text(session.getPsychologistInami()),
                text(session.getPatientNiss()), text(session.getInsurerCode()), text(session.getPreferentialRegime()),
                text(session.getSessionDate()), text(session.getPseudocode()), text(session.getGroupParticipants()),
                text(session.getReferralDate()), text(session.getPrescriberInami()), null);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static void closeQuietly(ValidatingStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // closing a StAX reader releases its buffers only; the stream belongs to the caller
        }
    }
}
