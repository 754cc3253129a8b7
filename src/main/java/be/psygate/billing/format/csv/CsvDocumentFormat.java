package be.psygate.billing.format.csv;

import be.psygate.billing.format.ExtensionNamedFormat;
import be.psygate.billing.format.FormatErrors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * The {@code csv} format of a model, in a {@link CsvFile}: the header names the columns of a session line (its
 * Bindy model), the lines follow, and the trailer, the line that starts with the trailer's mark, ends the file.
 * Reading goes through the lines in order, hands each to a {@link Reading} of the format, and returns what the
 * reading makes of the trailer; a file that ends without a trailer, has a line after it or is not UTF-8 is refused.
 * The CSV invoice and the CSV answer differ by their models, their mapping and the lines they hold.
 *
 * @param <M> the model
 * @param <L> the Bindy model of a session line
 */
public abstract class CsvDocumentFormat<M, L> extends ExtensionNamedFormat<M> {

    /** The name of the format. */
    public static final String NAME = "csv";
    /** What ends every line. */
    public static final String LINE_END = CsvFile.LINE_END;

    /** The session lines' codec. */
    protected final CsvCodec<L> lineCodec;
    /** The frame of the file. */
    protected final CsvFile file;
    private final String trailerMark;
    private final FormatErrors errors;

    /**
     * @param line        the Bindy model of a session line, whose columns the header names
     * @param trailerMark the first field of the trailer
     */
    protected CsvDocumentFormat(Class<L> line, String trailerMark, FormatErrors errors) {
        super(NAME);
        this.lineCodec = new CsvCodec<>(line);
        this.file = new CsvFile(lineCodec.header(), errors);
        this.trailerMark = trailerMark;
        this.errors = errors;
    }

    /** What one read of a file makes of its lines, in order (one instance a file). */
    protected interface Reading<M> {

        /** Takes line {@code number}, one before the trailer. */
        void line(String text, long number);

        /** The model the file holds, made at its trailer, line {@code number}. */
        M trailer(String text, long number);
    }

    /** A new reading, for one file. */
    protected abstract Reading<M> reading();

    /** The first line of the file: the names of the columns of a session line. */
    public String header() {
        return lineCodec.header();
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

    private M read(BufferedReader reader, Reading<M> reading) throws IOException {
        long number = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (CsvFile.marked(text, trailerMark)) {
                M model = reading.trailer(text, number);
                file.expectEnd(reader, number);
                return model;
            }
            reading.line(text, number);
        }
        throw file.trailerMissing(trailerMark, number);
    }
}
