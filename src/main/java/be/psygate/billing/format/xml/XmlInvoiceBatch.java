package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The root {@code invoiceBatch}: the header, one {@code line} per session, and the control totals. */
@XmlRootElement(name = "invoiceBatch")
@XmlType(name = "InvoiceBatch", propOrder = {"header", "lines", "totals"})
public class XmlInvoiceBatch {

    /** The namespace of version 1. */
    public static final String NAMESPACE = "urn:psygate:invoice:1";

    @XmlElement(required = true) XmlHeader header;
    @XmlElement(name = "line", required = true) List<XmlLine> lines = new ArrayList<>();
    @XmlElement(required = true) XmlTotals totals;
}
