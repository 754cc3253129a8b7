package be.psygate.billing.format.csv;

import be.psygate.billing.format.FormatErrors;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The frame the CSV invoice and the CSV answer share: UTF-8, {@code ;} between fields, nothing quoted, CRLF after
 * every line; a first line naming the columns of a session line; amounts with a dot and exactly two decimals; a last
 * line, the trailer, that starts with its mark, so that a file cut short is refused. What each file holds between
 * the header and the trailer is its format's.
 */
public final class CsvFile {

    /** Between two fields. */
    public static final String SEPARATOR = ";";
    /** What ends every line. */
    public static final String LINE_END = "\r\n";

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");

    /** What writes the lines of a file. */
    public interface Lines {
        void writeTo(Writer writer) throws IOException;
    }

    private final String header;
    private final FormatErrors errors;

    /**
     * @param header the first line
     */
    public CsvFile(String header, FormatErrors errors) {
        this.header = header;
        this.errors = errors;
    }

    /** Writes the header and {@code lines} to memory, then to {@code out}: nothing leaves of a file not written whole. */
    public void write(OutputStream out, Lines lines) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8);
            writer.write(header + LINE_END);
            lines.writeTo(writer);
            writer.flush();
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reader of {@code in} that fails on anything not UTF-8 (a CharacterCodingException), left after the header.
     *
     * @throws RuntimeException of the format when the file is empty or does not start with the header
     */
    public BufferedReader open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        String first = reader.readLine();
        if (first == null) {
            throw errors.unreadable("the file is empty", 0);
        }
        if (!first.equals(header)) {
            throw errors.unreadable("the first line must be the header " + header, 1);
        }
        return reader;
    }

    /** Whether line {@code text} starts with the field {@code mark}. */
    public static boolean marked(String text, String mark) {
        return text.startsWith(mark + SEPARATOR);
    }

    /**
     * The fields of line {@code number}, as many as {@code codec} has columns, its amounts (the columns the codec's
     * model holds as a {@link java.math.BigDecimal}) well written.
     */
    public List<String> fields(String text, CsvCodec<?> codec, long number) {
        List<String> fields = List.of(text.split(SEPARATOR, -1));
        if (fields.size() != codec.columns()) {
            throw errors.unreadable(fields.size() + " fields where " + codec.columns() + " are expected", number);
        }
        List<String> names = codec.columnNames();
        for (int i = 0; i < fields.size(); i++) {
            if (codec.isAmount(i) && !AMOUNT.matcher(fields.get(i)).matches()) {
                throw errors.unreadable(names.get(i) + " must be an amount with a dot and two decimals, e.g. 77.10",
                        number);
            }
        }
        return fields;
    }

    /** Line {@code number} bound by {@code codec}, its fields checked as {@link #fields} does. */
    public <T> T parse(String text, CsvCodec<T> codec, long number) {
        return codec.parse(fields(text, codec, number), number);
    }

    /** Refuses a line after the trailer, which stands at line {@code trailer}. */
    public void expectEnd(BufferedReader reader, long trailer) throws IOException {
        if (reader.readLine() != null) {
            throw errors.unreadable("a line follows the trailer", trailer + 1);
        }
    }

    /** The refusal of a file that ended at line {@code last} without its trailer {@code mark}. */
    public RuntimeException trailerMissing(String mark, long last) {
        return errors.unreadable("the trailer (" + mark + ") is missing: the file may be cut short", last);
    }
}
