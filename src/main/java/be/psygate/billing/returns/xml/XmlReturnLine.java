package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;

/** One {@code line}: a session, what the insurer accepts for it, and the {@code rejection} when it is refused. */
@XmlType(name = "Line", propOrder = {"sessionId", "lineRef", "mutuality", "accepted", "rejection"})
public class XmlReturnLine {

    long sessionId;
    @XmlElement(required = true) String lineRef;
    @XmlElement(required = true) String mutuality;
    @XmlElement(required = true) BigDecimal accepted;
    XmlRejection rejection;
}
