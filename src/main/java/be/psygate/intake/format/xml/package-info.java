/**
 * JAXB classes of the XML session list, version 1 ({@code mappings/formats/session-list-v1.xsd},
 * namespace {@value be.psygate.intake.format.xml.XmlSessionList#NAMESPACE}), written by hand to match the
 * schema.
 */
@XmlSchema(namespace = XmlSessionList.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package be.psygate.intake.format.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
