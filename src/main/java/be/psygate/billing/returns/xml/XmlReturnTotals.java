package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;

/** The {@code totals}: the number of sessions and the sum of what they accept, which the reader verifies. */
@XmlType(name = "Totals", propOrder = {"lineCount", "accepted"})
public class XmlReturnTotals {

    int lineCount;
    @XmlElement(required = true) BigDecimal accepted;
}
