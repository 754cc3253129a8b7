package be.psygate.billing.format.xml;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.XmlDocumentCodec;
import be.psygate.billing.format.XmlDocumentFormat;

/**
 * The {@code xml} format: an {@code invoiceBatch} document (UTF-8, namespace {@value XmlInvoiceBatch#NAMESPACE})
 * valid against {@code mappings/formats/invoice-v1.xsd}. The document is written to memory, parsed back and
 * validated against the schema before a byte of it reaches the stream, so an invalid one never leaves; it is
 * validated again as it is read, and reading then verifies the check digits of every identifier and the control
 * totals. The parser refuses a DOCTYPE, so no entity (external or not) is ever declared or expanded.
 */
public final class XmlInvoiceFormat extends XmlDocumentFormat<InvoiceBatch, XmlInvoiceBatch>
        implements InvoiceFormat {

    /** The format, its schema loaded. */
    public XmlInvoiceFormat() {
        super(new XmlDocumentCodec<>("mappings/formats/invoice-v1.xsd", XmlInvoiceBatch.class, "invoice",
                        FormatErrors.of(InvoiceFormatException::new, InvoiceFormatException::new)),
                XmlMapping::toXml, XmlMapping::fromXml, batch -> "batch " + batch.batchNumber());
    }
}
