package be.psygate.billing.format;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * One way of writing a model to a file and of reading such a file back: what the invoice formats
 * ({@link InvoiceFormat}, the model an invoice batch) and the insurers' answer formats (the model an answer) have in
 * common, so that the registries, the document skeletons and the tests are written once for both. The contract of
 * each side (what it refuses, with which exception) is that of its own interface.
 *
 * @param <M> the model a file holds
 */
public interface FileFormat<M> {

    /** The name of the format ({@code efact}, {@code xml}, {@code csv}). */
    String name();

    /** The file extension, without the dot. */
    String fileExtension();

    /** Writes the model, whole or not at all, without closing the stream. */
    void write(M model, OutputStream out);

    /** Reads a model, to the end of the stream, without closing it. */
    M read(InputStream in);
}
