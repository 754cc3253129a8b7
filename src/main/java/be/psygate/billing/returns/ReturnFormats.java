package be.psygate.billing.returns;

import be.psygate.billing.returns.csv.CsvReturnFormat;
import be.psygate.billing.returns.efact.EfactReturnFormat;
import be.psygate.billing.returns.xml.XmlReturnFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answer formats the gateway knows, by name: {@code efact}, {@code xml} and {@code csv}, the names of the invoice
 * formats they answer.
 */
public final class ReturnFormats {

    private static final Map<String, Supplier<ReturnFormat>> FORMATS = Map.of(
            EfactReturnFormat.NAME, Holder::efact,
            XmlReturnFormat.NAME, Holder::xml,
            CsvReturnFormat.NAME, Holder::csv);

    private ReturnFormats() {
    }

    /**
     * The format called {@code name} (case does not matter); the instance is shared.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static ReturnFormat named(String name) {
        Supplier<ReturnFormat> format = name == null ? null : FORMATS.get(name.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("Unknown answer format '" + name + "'; known: " + names());
        }
        return format.get();
    }

    /**
     * The format of a file, by its extension (as {@link ReturnFormat#fileExtension()} gives it, case does not
     * matter).
     *
     * @throws IllegalArgumentException when no format writes files with that extension
     */
    public static ReturnFormat forFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return names().stream().map(ReturnFormats::named)
                .filter(f -> lower.endsWith("." + f.fileExtension().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No answer format for file '" + fileName + "'"));
    }

    /** The names of the formats, sorted. */
    public static List<String> names() {
        return FORMATS.keySet().stream().sorted().toList();
    }

    /** The shared instances, built on first use (the XML format loads its schema). */
    private static final class Holder {
        private static final ReturnFormat EFACT = new EfactReturnFormat();
        private static final ReturnFormat XML = new XmlReturnFormat();
        private static final ReturnFormat CSV = new CsvReturnFormat();

        private static ReturnFormat efact() {
            return EFACT;
        }

        private static ReturnFormat xml() {
            return XML;
        }

        private static ReturnFormat csv() {
            return CSV;
        }
    }
}
