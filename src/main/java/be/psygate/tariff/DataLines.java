package be.psygate.tariff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * How the gateway's data files in {@code mappings/} are read (tariffs, the convention's codes, the reasons): UTF-8
 * text, a byte order mark tolerated, blank lines and lines starting with {@code #} skipped, a header line that must be
 * exactly the expected one, then one record a line, each handed over with its line number for the messages.
 */
public final class DataLines {

    /** One record line and its number in the file (from 1). */
    @FunctionalInterface
    public interface Row {
        void read(String line, int lineNumber);
    }

    private DataLines() {
    }

    /**
     * @param what      what the file is, for the message when it cannot be read ("the tariff file")
     * @param header    the header line expected before the records
     * @param badHeader what to throw when the first line that is not a comment is another header
     */
    public static void read(Reader reader, String what, String header,
                            java.util.function.IntFunction<RuntimeException> badHeader, Row row) {
        boolean headerSeen = false;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.strip().equals(header)) {
                        throw badHeader.apply(lineNumber);
                    }
                    headerSeen = true;
                    continue;
                }
                row.read(line, lineNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what, e);
        }
    }
}
