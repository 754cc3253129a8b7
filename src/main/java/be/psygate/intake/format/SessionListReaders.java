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

    private static final SessionListReader CSV = new CsvSessionListReader();
    private static final SessionListReader XML = new XmlSessionListReader();

    private SessionListReaders() {
    }

    /**
     * @param fileName the name of the uploaded file (a path is accepted; only the extension matters)
     * @return the reader for that kind of file
     * @throws UnreadableListException {@code FILE_UNSUPPORTED_TYPE}, with the file name as argument, for any
     *                                 other extension
     */
    public static SessionListReader forFileName(String fileName) throws UnreadableListException {
        Objects.requireNonNull(fileName, "fileName");
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".xml")) {
            return XML;
        }
        throw new UnreadableListException(ReasonCode.FILE_UNSUPPORTED_TYPE, List.of(fileName),
                "only .csv and .xml session lists are read: " + fileName);
    }
}
