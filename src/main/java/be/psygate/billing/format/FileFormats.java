package be.psygate.billing.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The formats of one kind of file, by name, each built on first use (the XML formats load their schema) and then
 * shared: the registry behind the invoice and answer formats of {@link be.psygate.billing.Formats}.
 *
 * @param <F> the kind of format
 */
public final class FileFormats<F extends FileFormat<?>> {

    private final String what;
    private final Map<String, Supplier<F>> makers;
    private final Map<String, F> built = new ConcurrentHashMap<>();

    /**
     * @param what   what the files are, for the messages ("invoice", "answer")
     * @param makers how to build each format, by its name (lower case)
     */
    public FileFormats(String what, Map<String, Supplier<F>> makers) {
        this.what = what;
        this.makers = Map.copyOf(makers);
    }

    /**
     * The format called {@code name} (case does not matter); the instance is shared.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public F named(String name) {
        String key = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        if (key == null || !makers.containsKey(key)) {
            throw new IllegalArgumentException("Unknown " + what + " format '" + name + "'; known: " + names());
        }
        return built.computeIfAbsent(key, k -> makers.get(k).get());
    }

    /** Whether a format has that name (case does not matter). */
    public boolean exists(String name) {
        return name != null && makers.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The format of a file, by its extension (as {@link FileFormat#fileExtension()} gives it, case does not matter).
     *
     * @throws IllegalArgumentException when no format writes files with that extension
     */
    public F forFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return names().stream().map(this::named)
                .filter(f -> lower.endsWith("." + f.fileExtension().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + what + " format for file '" + fileName + "'"));
    }

    /** The names of the formats, sorted. */
    public List<String> names() {
        return makers.keySet().stream().sorted().toList();
    }
}
