package be.psygate.billing.returns;

import be.psygate.billing.format.FileFormats;
import be.psygate.billing.returns.csv.CsvReturnFormat;
import be.psygate.billing.returns.efact.EfactReturnFormat;
import be.psygate.billing.returns.xml.XmlReturnFormat;

import java.util.List;
import java.util.Map;

/**
 * The answer formats the gateway knows, by name: {@code efact}, {@code xml} and {@code csv}, the names of the invoice
 * formats they answer.
 */
public final class ReturnFormats {

    private static final FileFormats<ReturnFormat> FORMATS = new FileFormats<>("answer", Map.of(
            EfactReturnFormat.NAME, EfactReturnFormat::new,
            XmlReturnFormat.NAME, XmlReturnFormat::new,
            CsvReturnFormat.NAME, CsvReturnFormat::new));

    private ReturnFormats() {
    }

    /**
     * The format called {@code name} (case does not matter); the instance is shared.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static ReturnFormat named(String name) {
        return FORMATS.named(name);
    }

    /**
     * The format of a file, by its extension (as {@link ReturnFormat#fileExtension()} gives it, case does not
     * matter).
     *
     * @throws IllegalArgumentException when no format writes files with that extension
     */
    public static ReturnFormat forFileName(String fileName) {
        return FORMATS.forFileName(fileName);
    }

    /** The names of the formats, sorted. */
    public static List<String> names() {
        return FORMATS.names();
    }
}
