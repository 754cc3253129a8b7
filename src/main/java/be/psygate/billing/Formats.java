package be.psygate.billing;

import be.psygate.billing.format.FileFormats;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.csv.CsvInvoiceFormat;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.xml.XmlInvoiceFormat;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.csv.CsvReturnFormat;
import be.psygate.billing.returns.efact.EfactReturnFormat;
import be.psygate.billing.returns.xml.XmlReturnFormat;

import java.util.Map;

/**
 * The formats of the files the gateway exchanges with the insurers, by name ({@code efact}, {@code xml} and
 * {@code csv}): those of the invoices, and those of the answers, named after the invoice formats they answer.
 */
public final class Formats {

    /** The invoice formats. */
    public static final FileFormats<InvoiceFormat> INVOICES = new FileFormats<>("invoice", Map.of(
            EfactFormat.NAME, EfactFormat::new,
            XmlInvoiceFormat.NAME, XmlInvoiceFormat::new,
            CsvInvoiceFormat.NAME, CsvInvoiceFormat::new));

    /** The answer formats. */
    public static final FileFormats<ReturnFormat> ANSWERS = new FileFormats<>("answer", Map.of(
            EfactReturnFormat.NAME, EfactReturnFormat::new,
            XmlReturnFormat.NAME, XmlReturnFormat::new,
            CsvReturnFormat.NAME, CsvReturnFormat::new));

    private Formats() {
    }
}
