package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The root {@code insurerReturn}: the header, one {@code line} per session, the settlements and the totals. */
@XmlRootElement(name = "insurerReturn")
@XmlType(name = "InsurerReturn", propOrder = {"header", "lines", "settlements", "totals"})
public class XmlInsurerReturn {

    /** The namespace of version 1. */
    public static final String NAMESPACE = "urn:psygate:insurer-return:1";

    @XmlElement(required = true) XmlReturnHeader header;
    @XmlElement(name = "line") List<XmlReturnLine> lines = new ArrayList<>();
    @XmlElement(name = "settlement") List<XmlSettlement> settlements = new ArrayList<>();
    @XmlElement(required = true) XmlReturnTotals totals;
}
