package be.psygate.intake.format.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * The root {@code sessionList}: informative attributes and the {@code session} elements. The gateway reads
 * a list one {@link XmlSession} at a time and never unmarshals this class as a whole; it is here to describe
 * the document (and to write one, e.g. in tests).
 */
@XmlRootElement(name = XmlSessionList.ROOT)
@XmlType(name = "SessionList", propOrder = "sessions")
public class XmlSessionList {

    /** The namespace of version 1. */
    public static final String NAMESPACE = "urn:psygate:session-list:1";
    /** The local name of the root element. */
    public static final String ROOT = "sessionList";
    /** The local name of a session element. */
    public static final String SESSION = "session";

    @XmlAttribute private String practiceInami;
    @XmlAttribute private String period;
    @XmlAttribute private String software;
    @XmlElement(name = SESSION) private List<XmlSession> sessions = new ArrayList<>();

    public String getPracticeInami() {
        return practiceInami;
    }

    public void setPracticeInami(String practiceInami) {
        this.practiceInami = practiceInami;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSoftware() {
        return software;
    }

    public void setSoftware(String software) {
        this.software = software;
    }

    /** The sessions, in document order; the live list. */
    public List<XmlSession> getSessions() {
        return sessions;
    }
}
