package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;

/** A {@code settlement}: what is requested, accepted and refused for one mutuality, and its payment reference. */
@XmlType(name = "Settlement", propOrder = {"mutuality", "requested", "accepted", "refused", "paymentReference"})
public class XmlSettlement {

    @XmlElement(required = true) String mutuality;
    @XmlElement(required = true) BigDecimal requested;
    @XmlElement(required = true) BigDecimal accepted;
    @XmlElement(required = true) BigDecimal refused;
    @XmlElement(required = true) String paymentReference;
}
