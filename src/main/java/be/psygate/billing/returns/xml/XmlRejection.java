package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A {@code rejection}: the rejection code and the insurer's text. */
@XmlType(name = "Rejection", propOrder = {"code", "text"})
public class XmlRejection {

    @XmlElement(required = true) String code;
    @XmlElement(required = true) String text;
}
