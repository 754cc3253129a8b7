package be.psygate.billing.format;

import be.psygate.billing.InvoiceBatch;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * One way of writing an invoice batch to a file for an insurer, and of reading such a file back (which is what a
 * simulated insurer and the round-trip tests do). Implementations are stateless and thread-safe.
 *
 * <p>{@link #write} renders the whole file in memory first, so that nothing reaches the stream when the batch
 * cannot be written; it never closes the stream; a failure of the stream itself is an
 * {@link java.io.UncheckedIOException}. {@link #read} reads the stream to its end, does not close it, and refuses a
 * file that is not exactly what {@code write} produces, check digits and control totals included, with an
 * {@link InvoiceFormatException}. Messages never contain a national number.
 */
public interface InvoiceFormat extends FileFormat<InvoiceBatch> {

    /** The name under which insurers choose the format ({@code efact}, {@code xml}, {@code csv}). */
    String name();

    /** The file extension, without the dot. */
    String fileExtension();

    /**
     * Writes the batch.
     *
     * @throws InvoiceFormatException when the batch holds a value this format cannot carry (e.g. an amount too
     *                                large for its zone)
     */
    void write(InvoiceBatch batch, OutputStream out);

    /**
     * Reads a batch.
     *
     * @throws InvoiceFormatException when the file is not a valid file of this format
     */
    InvoiceBatch read(InputStream in);
}
