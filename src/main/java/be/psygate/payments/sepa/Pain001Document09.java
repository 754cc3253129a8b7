package be.psygate.payments.sepa;

import be.psygate.payments.sepa.pain001.ObjectFactory;
import be.psygate.payments.sepa.pain001v09.Document;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.transform.dom.DOMResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CreditTransferBatch} as a pain.001.001.09 document: the pain.001.001.03 document of
 * {@link Pain001Document}, with the same SEPA usage rules (one payment block, {@code TRF}, {@code SEPA},
 * {@code SLEV}, euros, batch booking, names and remittance transliterated and clipped), put in the form of 2019.
 * Only the form changed: every element is in the namespace of .09, the execution date is a choice
 * ({@code ReqdExctnDt/Dt}) and a bank is named by {@code BICFI}.
 */
final class Pain001Document09 {

    private static final String NAMESPACE = Pain001Version.V09.namespace();
    private static final JAXBContext V03 = Iso20022Xml.context(ObjectFactory.class);
    private static final JAXBContext V09 = Iso20022Xml.context(
            be.psygate.payments.sepa.pain001v09.ObjectFactory.class);

    private Pain001Document09() {
    }

    /**
     * The document of {@code batch}.
     *
     * @throws SepaFormatException when a name has no character of the SEPA Latin set
     */
    static Document of(CreditTransferBatch batch) {
        try {
            DOMResult tree = new DOMResult();
            V03.createMarshaller().marshal(new ObjectFactory().createDocument(Pain001Document.of(batch)), tree);
            Element root = ((org.w3c.dom.Document) tree.getNode()).getDocumentElement();
            reform(root);
            Unmarshaller unmarshaller = V09.createUnmarshaller();
            // an element .09 does not know fails here rather than go missing from the document
            unmarshaller.setEventHandler(event -> false);
            return unmarshaller.unmarshal(root, Document.class).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("the pain.001.001.03 document of " + batch.messageId()
                    + " cannot be put in the form of pain.001.001.09", e);
        }
    }

    /** {@code element} and the elements under it in the form of .09. */
    private static void reform(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        children.forEach(Pain001Document09::reform);
        String name = element.getLocalName();
        if (name.equals("ReqdExctnDt")) {
            Element day = element.getOwnerDocument().createElementNS(NAMESPACE, "Dt");
            while (element.getFirstChild() != null) {
                day.appendChild(element.getFirstChild());
            }
            element.appendChild(day);
        }
        boolean bank = name.equals("BIC") && "FinInstnId".equals(element.getParentNode().getLocalName());
        element.getOwnerDocument().renameNode(element, NAMESPACE, bank ? "BICFI" : name);
    }
}
