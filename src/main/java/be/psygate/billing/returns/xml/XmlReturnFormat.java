package be.psygate.billing.returns.xml;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.XmlDocumentCodec;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;

import javax.xml.validation.Schema;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code xml} answer: an {@code insurerReturn} document (UTF-8, namespace {@value XmlInsurerReturn#NAMESPACE})
 * valid against {@value #SCHEMA_RESOURCE}. The document is written to memory and validated against the schema
 * before a byte of it reaches the stream; it is validated again as it is read, and reading then verifies the totals
 * and what each kind of answer must hold. The parser (that of the XML invoice) refuses a DOCTYPE, so no entity,
 * external or not, is ever declared or expanded, and nothing outside the document is ever fetched.
 */
public final class XmlReturnFormat implements ReturnFormat {

    /** The name of the format. */
    public static final String NAME = "xml";
    /** Where the schema is on the classpath. */
    public static final String SCHEMA_RESOURCE = "mappings/formats/insurer-return-v1.xsd";

    private final XmlDocumentCodec<XmlInsurerReturn> documents = new XmlDocumentCodec<>(SCHEMA_RESOURCE,
            XmlInsurerReturn.class, "answer", FormatErrors.of(ReturnFormatException::new,
            ReturnFormatException::new));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    /** The schema documents are validated against. */
    public Schema schema() {
        return documents.schema();
    }

    @Override
    public void write(InsurerReturn answer, OutputStream out) {
        documents.write(XmlReturnMapping.toXml(answer), "the answer to batch " + answer.batchNumber(), out);
    }

    @Override
    public InsurerReturn read(InputStream in) {
        return XmlReturnMapping.fromXml(documents.read(in));
    }
}
