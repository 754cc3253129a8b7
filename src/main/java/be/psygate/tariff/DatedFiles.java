package be.psygate.tariff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reference files that come into force on a date, each named by its date ({@code yyyy-MM-dd.csv},
 * {@code yyyy-MM-dd.yaml}): the tariff versions ({@link TariffCsv}) and the rule sets ({@code RuleBookYaml}). A file
 * is read as UTF-8; a directory's files are read in the order of their names, which is the order of their dates.
 */
public final class DatedFiles {

    private DatedFiles() {
    }

    /** What a file holds, read from its text. */
    @FunctionalInterface
    public interface Content<T> {
        T read(Reader reader) throws IOException;
    }

    /**
     * Reads {@code file}. A fault of its content (a {@code fault}) is thrown again as {@code named} makes it, with
     * a message that starts with the file's name; a failure to read it names it as a {@code kind} file
     * ({@code tariff}, {@code rule}).
     */
    public static <T, E extends RuntimeException> T read(Path file, String kind, Content<T> content, Class<E> fault,
                                                         BiFunction<String, E, E> named) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return content.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind + " file " + file.getFileName(), e);
        } catch (RuntimeException e) {
            if (fault.isInstance(e)) {
                throw named.apply(file.getFileName() + ", " + e.getMessage(), fault.cast(e));
            }
            throw e;
        }
    }

    /** Reads, with {@code read}, every file of {@code directory} whose name ends with {@code extension}. */
    public static <T> List<T> readDirectory(Path directory, String extension, String kind, Function<Path, T> read) {
        List<T> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted()
                    .forEach(file -> all.add(read.apply(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the " + kind + " directory " + directory, e);
        }
        return all;
    }
}
