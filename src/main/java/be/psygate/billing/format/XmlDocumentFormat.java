package be.psygate.billing.format;

import javax.xml.validation.Schema;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The {@code xml} format of a model: the model mapped to its JAXB document and written by an
 * {@link XmlDocumentCodec} (valid against the schema before a byte leaves, validated again as it is read, no
 * DOCTYPE), and the document read mapped back to the model, the mapping verifying what the schema cannot. The XML
 * invoice and the XML answer differ only by their schema, their document class and their mapping.
 *
 * @param <M> the model
 * @param <D> the JAXB class of the document's root
 */
public abstract class XmlDocumentFormat<M, D> extends NamedFormat<M> {

    /** The name of the format. */
    public static final String NAME = "xml";

    private final XmlDocumentCodec<D> documents;
    private final Function<M, D> toXml;
    private final Function<D, M> fromXml;
    private final Function<M, String> which;

    /**
     * @param toXml   the document of a model
     * @param fromXml the model of a document read, verified
     * @param which   what is written, for the messages ("batch 42")
     */
    protected XmlDocumentFormat(XmlDocumentCodec<D> documents, Function<M, D> toXml, Function<D, M> fromXml,
                                Function<M, String> which) {
        super(NAME);
        this.documents = documents;
        this.toXml = toXml;
        this.fromXml = fromXml;
        this.which = which;
    }

    /** The schema documents are validated against. */
    public Schema schema() {
        return documents.schema();
    }

    @Override
    public void write(M model, OutputStream out) {
        documents.write(toXml.apply(model), which.apply(model), out);
    }

    @Override
    public M read(InputStream in) {
        return fromXml.apply(documents.read(in));
    }
}
