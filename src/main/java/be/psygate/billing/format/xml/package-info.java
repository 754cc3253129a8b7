/**
 * The {@code xml} invoice format: JAXB classes written by hand to match {@code mappings/formats/invoice-v1.xsd}
 * (namespace {@value be.psygate.billing.format.xml.XmlInvoiceBatch#NAMESPACE}), and {@link
 * be.psygate.billing.format.xml.XmlInvoiceFormat}, which writes and reads them under that schema.
 */
@XmlSchema(namespace = XmlInvoiceBatch.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlInvoiceBatch.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(value = XmlAdapters.Day.class, type = LocalDate.class),
        @XmlJavaTypeAdapter(value = XmlAdapters.Month.class, type = YearMonth.class),
        @XmlJavaTypeAdapter(value = XmlAdapters.Amount.class, type = BigDecimal.class)})
package be.psygate.billing.format.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
