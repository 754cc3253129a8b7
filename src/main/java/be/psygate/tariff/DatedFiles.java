package be.psygate.tariff;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reference files of one kind that come into force on a date, each named by its date ({@code yyyy-MM-dd.csv},
 * {@code yyyy-MM-dd.yaml}): the tariff versions ({@link TariffCsv}) and the rule sets ({@code RuleBookYaml}). A file
 * is read as UTF-8; a directory's files are read in the order of their names, which is the order of their dates.
 *
 * @param kind        what the files hold, as a failure to read one names it ({@code tariff}, {@code rule})
 * @param extension   how the name of such a file ends ({@code .csv})
 * @param validFromOf the date a file comes into force, from its name
 * @param content     what a file holds, read from its text and that date
 * @param fault       the exception a fault of a file's content throws
 * @param named       the same fault again, with the given message (which starts with the file's name)
 * @param <T>         what one file holds
 * @param <E>         the fault of a file's content
 */
public record DatedFiles<T, E extends RuntimeException>(String kind, String extension,
                                                        Function<String, LocalDate> validFromOf, Content<T> content,
                                                        Class<E> fault, BiFunction<String, E, E> named) {

    /** What a file holds, read from its text. */
    @FunctionalInterface
    public interface Content<T> {
        T read(Reader reader, LocalDate validFrom) throws IOException;
    }

    /**
     * Reads {@code file}. A fault of its content is thrown again as {@link #named} makes it, with a message that
     * starts with the file's name; a failure to read it names it as a {@link #kind} file.
     */
    public T read(Path file) {
        LocalDate validFrom = validFromOf.apply(file.getFileName().toString());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return content.read(reader, validFrom);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind + " file " + file.getFileName(), e);
        } catch (RuntimeException e) {
            if (fault.isInstance(e)) {
                throw named.apply(file.getFileName() + ", " + e.getMessage(), fault.cast(e));
            }
            throw e;
        }
    }

    /** Reads every file of {@code directory} whose name ends with {@link #extension}. */
    public List<T> readDirectory(Path directory) {
        List<T> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted()
                    .forEach(file -> all.add(read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the " + kind + " directory " + directory, e);
        }
        return all;
    }
}
