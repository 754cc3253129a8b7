package be.psygate.billing.returns.xml;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.XmlDocumentCodec;
import be.psygate.billing.format.XmlDocumentFormat;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;

/**
 * The {@code xml} answer: an {@code insurerReturn} document (UTF-8, namespace {@value XmlInsurerReturn#NAMESPACE})
 * valid against {@code mappings/formats/insurer-return-v1.xsd}. The document is written to memory and validated
 * against the schema before a byte of it reaches the stream; it is validated again as it is read, and reading then
 * verifies the totals and what each kind of answer must hold. The parser (that of the XML invoice) refuses a
 * DOCTYPE, so no entity, external or not, is ever declared or expanded, and nothing outside the document is ever
 * fetched.
 */
public final class XmlReturnFormat extends XmlDocumentFormat<InsurerReturn, XmlInsurerReturn>
        implements ReturnFormat {

    /** The format, its schema loaded. */
    public XmlReturnFormat() {
        super(new XmlDocumentCodec<>("mappings/formats/insurer-return-v1.xsd", XmlInsurerReturn.class, "answer",
                        FormatErrors.of(ReturnFormatException::new, ReturnFormatException::new)),
                XmlReturnMapping::toXml, XmlReturnMapping::fromXml,
                answer -> "the answer to batch " + answer.batchNumber());
    }
}
