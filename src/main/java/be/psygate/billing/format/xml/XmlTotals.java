package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;

/** The {@code totals}: the number of lines and the sums of their amounts, which the reader verifies. */
@XmlType(name = "Totals", propOrder = {"lineCount", "fee", "insurerShare", "copay"})
public class XmlTotals {

    int lineCount;
    @XmlElement(required = true) BigDecimal fee;
    @XmlElement(required = true) BigDecimal insurerShare;
    @XmlElement(required = true) BigDecimal copay;
}
