package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One {@code line}: one session, every field of an invoice line; the last three are absent when not known. */
@XmlType(name = "Line", propOrder = {"sessionId", "lineRef", "psychologist", "patient", "mutuality",
        "sessionDate", "pseudocode", "fee", "insurerShare", "copay", "groupParticipants", "referralDate",
        "prescriber"})
public class XmlLine {

    long sessionId;
    @XmlElement(required = true) String lineRef;
    @XmlElement(required = true) String psychologist;
    @XmlElement(required = true) String patient;
    @XmlElement(required = true) String mutuality;
    @XmlElement(required = true) LocalDate sessionDate;
    @XmlElement(required = true) String pseudocode;
    @XmlElement(required = true) BigDecimal fee;
    @XmlElement(required = true) BigDecimal insurerShare;
    @XmlElement(required = true) BigDecimal copay;
    Integer groupParticipants;
    LocalDate referralDate;
    String prescriber;
}
