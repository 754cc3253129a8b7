package be.psygate.billing.format.csv;

import be.psygate.billing.format.NamedFormat;
import be.psygate.billing.format.FormatErrors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The {@code csv} format of a model, in a {@link CsvFile}: the header names the columns of a session line (its
 * Bindy model), the lines of the model follow, and the trailer (its own Bindy model, whose first field is the
 * trailer's mark) ends the file. Writing renders the whole file in memory, so nothing leaves of a model that cannot
 * be written. Reading goes through the lines in order, hands each to a {@link Reading} of the format, and returns
 * what the reading makes of the trailer; a file that ends without a trailer, has a line after it or is not UTF-8 is
 * refused. The CSV invoice and the CSV answer differ by their models, their mapping and the lines they hold.
 *
 * @param <M> the model
 * @param <L> the Bindy model of a session line
 * @param <T> the Bindy model of the trailer
 */
public abstract class CsvDocumentFormat<M, L, T> extends NamedFormat<M> {

    /** The name of the format. */
    public static final String NAME = "csv";
    /** What ends every line. */
    public static final String LINE_END = CsvFile.LINE_END;

    /** The session lines' codec. */
    protected final CsvCodec<L> lineCodec;
    /** The frame of the file. */
    protected final CsvFile file;
    private final CsvCodec<T> trailerCodec;
    private final String trailerMark;
    private final FormatErrors errors;

    /**
     * @param line        the Bindy model of a session line, whose columns the header names
     * @param trailer     the Bindy model of the trailer
     * @param trailerMark the first field of the trailer
     */
    protected CsvDocumentFormat(Class<L> line, Class<T> trailer, String trailerMark, FormatErrors errors) {
        super(NAME);
        this.lineCodec = new CsvCodec<>(line);
        this.file = new CsvFile(lineCodec.header(), errors);
        this.trailerCodec = new CsvCodec<>(trailer);
        this.trailerMark = trailerMark;
        this.errors = errors;
    }

    /**
     * The lines of {@code model} between the header and the trailer, rendered and in order; a line that cannot be
     * rendered throws as the stream reaches it.
     */
    protected abstract Stream<String> body(M model);

    /** The trailer of {@code model}, rendered after its body. */
    protected abstract T trailer(M model);

    /** What one read of a file makes of its lines, in order (one instance a file). */
    protected interface Reading<M, T> {

        /** Takes line {@code number}, one before the trailer. */
        void line(String text, long number);

        /** The model the file holds, made of its trailer, line {@code number}. */
        M trailer(T trailer, long number);
    }

    /** A new reading, for one file. */
    protected abstract Reading<M, T> reading();

    /** The first line of the file: the names of the columns of a session line. */
    public String header() {
        return lineCodec.header();
    }

    @Override
    public void write(M model, OutputStream out) {
        file.write(out, writer -> {
            Iterator<String> lines = body(model).iterator();
            while (lines.hasNext()) {
                writer.write(lines.next());
                writer.write(LINE_END);
            }
            writer.write(trailerCodec.render(trailer(model)));
            writer.write(LINE_END);
        });
    }

    @Override
    public M read(InputStream in) {
        try {
            return read(file.open(in), reading());
        } catch (CharacterCodingException e) {
            throw errors.unreadable("the file is not UTF-8", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private M read(BufferedReader reader, Reading<M, T> reading) throws IOException {
        long number = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (CsvFile.marked(text, trailerMark)) {
                M model = reading.trailer(file.parse(text, trailerCodec, number), number);
                file.expectEnd(reader, number);
                return model;
            }
            reading.line(text, number);
        }
        throw file.trailerMissing(trailerMark, number);
    }
}
