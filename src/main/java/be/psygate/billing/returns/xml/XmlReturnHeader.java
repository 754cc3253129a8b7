package be.psygate.billing.returns.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;

/**
 * The {@code header}: which insurer answers which batch, test or not, with which kind of answer (and, for a
 * rejection or a file refusal, why), under which reference and on which day.
 */
@XmlType(name = "Header", propOrder = {"insurer", "batchNumber", "test", "kind", "refusalType", "fileRefusalCode",
        "insurerReference", "date"})
public class XmlReturnHeader {

    @XmlElement(required = true) String insurer;
    long batchNumber;
    boolean test;
    @XmlElement(required = true) String kind;
    String refusalType;
    String fileRefusalCode;
    @XmlElement(required = true) String insurerReference;
    @XmlElement(required = true) LocalDate date;
}
