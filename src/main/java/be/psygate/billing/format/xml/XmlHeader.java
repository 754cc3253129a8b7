package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.time.YearMonth;

/** The {@code header}: which batch, for which insurer and month, made when and by whom, test or not. */
@XmlType(name = "Header", propOrder = {"batchNumber", "insurer", "serviceMonth", "createdOn", "test", "sender"})
public class XmlHeader {

    long batchNumber;
    @XmlElement(required = true) String insurer;
    @XmlElement(required = true) YearMonth serviceMonth;
    @XmlElement(required = true) LocalDate createdOn;
    boolean test;
    @XmlElement(required = true) XmlSender sender;
}
