/**
 * The {@code xml} answer format: JAXB classes written by hand to match {@code mappings/formats/insurer-return-v1.xsd}
 * (namespace {@value be.psygate.billing.returns.xml.XmlInsurerReturn#NAMESPACE}), and {@link
 * be.psygate.billing.returns.xml.XmlReturnFormat}, which writes and reads them under that schema. Days and amounts
 * are written as in the XML invoice.
 */
@XmlSchema(namespace = XmlInsurerReturn.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlInsurerReturn.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(value = XmlAdapters.Day.class, type = LocalDate.class),
        @XmlJavaTypeAdapter(value = XmlAdapters.Amount.class, type = BigDecimal.class)})
package be.psygate.billing.returns.xml;

import be.psygate.billing.format.xml.XmlAdapters;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import java.math.BigDecimal;
import java.time.LocalDate;
