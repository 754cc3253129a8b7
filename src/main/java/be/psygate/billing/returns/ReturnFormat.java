package be.psygate.billing.returns;

import be.psygate.billing.format.FileFormat;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * One way of writing an insurer's answer to a file, and of reading such a file: there is one per invoice format,
 * under the same name, since an insurer answers in the format it is invoiced in. Implementations are stateless and
 * thread-safe.
 *
 * <p>{@link #write} renders the whole file in memory first, so that nothing reaches the stream when the answer
 * cannot be written; it never closes the stream; a failure of the stream itself is an
 * {@link java.io.UncheckedIOException}. {@link #read} reads the stream to its end, does not close it, and refuses a
 * file that is not exactly what {@code write} produces, checks and totals included, with a
 * {@link ReturnFormatException}.
 */
public interface ReturnFormat extends FileFormat<InsurerReturn> {

    /** The name of the format, that of the invoice format it answers ({@code efact}, {@code xml}, {@code csv}). */
    String name();

    /** The file extension, without the dot. */
    String fileExtension();

    /**
     * Writes the answer.
     *
     * @throws ReturnFormatException when the answer holds a value this format cannot carry
     */
    void write(InsurerReturn answer, OutputStream out);

    /**
     * Reads an answer.
     *
     * @throws ReturnFormatException when the file is not a valid answer of this format
     */
    InsurerReturn read(InputStream in);
}
