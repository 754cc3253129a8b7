package be.psygate.billing.format;

import be.psygate.billing.format.csv.CsvInvoiceFormat;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.xml.XmlInvoiceFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The invoice formats the gateway knows, by name: {@code efact}, {@code xml} and {@code csv}. */
public final class InvoiceFormats {

    private static final Map<String, Supplier<InvoiceFormat>> FORMATS = Map.of(
            EfactFormat.NAME, Holder::efact,
            XmlInvoiceFormat.NAME, Holder::xml,
            CsvInvoiceFormat.NAME, Holder::csv);

    private InvoiceFormats() {
    }

    /**
     * The format called {@code name} (case does not matter); the instance is shared.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static InvoiceFormat named(String name) {
        Supplier<InvoiceFormat> format = name == null ? null : FORMATS.get(name.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("Unknown invoice format '" + name + "'; known: " + names());
        }
        return format.get();
    }

    /** Whether a format has that name (case does not matter). */
    public static boolean exists(String name) {
        return name != null && FORMATS.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The format of a file, by its extension (as {@link InvoiceFormat#fileExtension()} gives it).
     *
     * @throws IllegalArgumentException when no format writes files with that extension
     */
    public static InvoiceFormat forFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return names().stream().map(InvoiceFormats::named)
                .filter(f -> lower.endsWith("." + f.fileExtension().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No invoice format for file '" + fileName + "'"));
    }

    /** The names of the formats, sorted. */
    public static List<String> names() {
        return FORMATS.keySet().stream().sorted().toList();
    }

    /** The shared instances, built on first use (the XML format loads its schema). */
    private static final class Holder {
        private static final InvoiceFormat EFACT = new EfactFormat();
        private static final InvoiceFormat XML = new XmlInvoiceFormat();
        private static final InvoiceFormat CSV = new CsvInvoiceFormat();

        private static InvoiceFormat efact() {
            return EFACT;
        }

        private static InvoiceFormat xml() {
            return XML;
        }

        private static InvoiceFormat csv() {
            return CSV;
        }
    }
}
