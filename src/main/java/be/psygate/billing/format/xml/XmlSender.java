package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The {@code sender}: the billing hospital and the account the insurer pays into. */
@XmlType(name = "Sender", propOrder = {"name", "inami", "bce", "iban", "bic"})
public class XmlSender {

    @XmlElement(required = true) String name;
    @XmlElement(required = true) String inami;
    @XmlElement(required = true) String bce;
    @XmlElement(required = true) String iban;
    @XmlElement(required = true) String bic;
}
