package be.psygate.billing.format.efact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An eFact file as the invoice format and the answers' format write and read it: ASCII text, written whole or not at
 * all (a file refused halfway leaves nothing in the stream), an I/O failure unchecked. Public for the answers
 * ({@code be.psygate.billing.returns.efact}).
 */
public final class AsciiFile {

    /** What writes the text of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** What reads a file into its model. */
    @FunctionalInterface
    public interface Reading<T> {
        T read() throws IOException;
    }

    private AsciiFile() {
    }

    /** Writes the file's text to {@code out} once all of it is written. */
    public static void write(OutputStream out, Content content) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            Writer writer = new OutputStreamWriter(file, StandardCharsets.US_ASCII);
            content.writeTo(writer);
            writer.flush();
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code reading} reads, an I/O failure unchecked. */
    public static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
