package be.psygate.billing.format;

import be.psygate.billing.format.csv.CsvInvoiceFormat;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.xml.XmlInvoiceFormat;

import java.util.List;
import java.util.Map;

/** The invoice formats the gateway knows, by name: {@code efact}, {@code xml} and {@code csv}. */
public final class InvoiceFormats {

    private static final FileFormats<InvoiceFormat> FORMATS = new FileFormats<>("invoice", Map.of(
            EfactFormat.NAME, EfactFormat::new,
            XmlInvoiceFormat.NAME, XmlInvoiceFormat::new,
            CsvInvoiceFormat.NAME, CsvInvoiceFormat::new));

    private InvoiceFormats() {
    }

    /**
     * The format called {@code name} (case does not matter); the instance is shared.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static InvoiceFormat named(String name) {
        return FORMATS.named(name);
    }

    /** Whether a format has that name (case does not matter). */
    public static boolean exists(String name) {
        return FORMATS.exists(name);
    }

    /**
     * The format of a file, by its extension (as {@link InvoiceFormat#fileExtension()} gives it).
     *
     * @throws IllegalArgumentException when no format writes files with that extension
     */
    public static InvoiceFormat forFileName(String fileName) {
        return FORMATS.forFileName(fileName);
    }

    /** The names of the formats, sorted. */
    public static List<String> names() {
        return FORMATS.names();
    }
}
