package be.psygate.intake.format;

import be.psygate.rules.ReasonCode;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses the reader of a session list by the extension of its file name: {@code .csv} or {@code .xml},
 * in any case. The readers are shared and thread-safe.
 */
public final class SessionListReaders {

    private static final SessionListReader XML = new XmlSessionListReader();
    private static final SessionListReaders DEFAULT = new SessionListReaders(CsvSessionListReader.MAX_LINE_LENGTH);

    private final SessionListReader csv;

    /**
     * Readers whose CSV reader cuts lines at {@code maxCsvLineLength} characters.
     *
     * @throws IllegalArgumentException when the CSV header itself would not fit in a line
     */
    public SessionListReaders(int maxCsvLineLength) {
        this.csv = new CsvSessionListReader(maxCsvLineLength);
    }

    /**
     * The reader of a file, with the default CSV line length ({@value CsvSessionListReader#MAX_LINE_LENGTH}).
     *
     * @see #readerFor(String)
     */
    public static SessionListReader forFileName(String fileName) throws UnreadableListException {
        return DEFAULT.readerFor(fileName);
    }

    /**
     * @param fileName the name of the uploaded file (a path is accepted; only the extension matters)
     * @return the reader for that kind of file
     * @throws UnreadableListException {@code FILE_UNSUPPORTED_TYPE}, with the file name as argument, for any
     *                                 other extension
     */
    public SessionListReader readerFor(String fileName) throws UnreadableListException {
        Objects.requireNonNull(fileName, "fileName");
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return csv;
        }
        if (lower.endsWith(".xml")) {
            return XML;
        }
        throw new UnreadableListException(ReasonCode.FILE_UNSUPPORTED_TYPE, List.of(fileName),
                "only .csv and .xml session lists are read: " + fileName);
    }
}
