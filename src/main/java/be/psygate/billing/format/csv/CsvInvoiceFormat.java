package be.psygate.billing.format.csv;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code csv} format: UTF-8, {@code ;}-separated, lines ended by CRLF, no quoting. The first line names the
 * columns; then one line per session ({@link InvoiceCsvLine}), in invoice order; the last line is the trailer
 * ({@link InvoiceCsvTrailer}), which starts with {@value #TRAILER_MARK} and carries the batch's identity and its
 * control totals, so that the batch can be rebuilt and a file cut short is refused. Amounts are written with a
 * dot and exactly two decimals, dates {@code yyyy-MM-dd}, an absent optional value as an empty field.
 *
 * <p>Since nothing is quoted, a text value containing {@code ;}, {@code "}, a line break or a tab (the sender's
 * name, a line reference) cannot be written and is refused. Lines are bound by Camel Bindy one at a time (the
 * file mixes two record types, which Bindy's file-level unmarshalling does not).
 */
public final class CsvInvoiceFormat implements InvoiceFormat {

    /** The name of the format. */
    public static final String NAME = "csv";
    /** The first field of the trailer. */
    public static final String TRAILER_MARK = "#batch";
    /** What ends every line. */
    public static final String LINE_END = "\r\n";

    private static final String SEPARATOR = ";";
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final Set<String> AMOUNT_COLUMNS = Set.of(
            "fee", "insurer_share", "copay", "total_fee", "total_insurer_share", "total_copay");

    private final CsvCodec<InvoiceCsvLine> lineCodec = new CsvCodec<>(InvoiceCsvLine.class);
    private final CsvCodec<InvoiceCsvTrailer> trailerCodec = new CsvCodec<>(InvoiceCsvTrailer.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    /** The first line of the file: the names of the columns of a session line. */
    public String header() {
        return lineCodec.header();
    }

    @Override
    public void write(InvoiceBatch batch, OutputStream out) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8);
            writer.write(header());
            writer.write(LINE_END);
            for (InvoiceLine line : batch.lines()) {
                try {
                    writer.write(lineCodec.render(CsvMapping.toCsv(line)));
                } catch (InvoiceFormatException e) {
                    throw InvoiceFormatException.ofSession(line.sessionId(), e);
                }
                writer.write(LINE_END);
            }
            writer.write(trailerCodec.render(CsvMapping.trailer(batch)));
            writer.write(LINE_END);
            writer.flush();
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            return read(reader);
        } catch (CharacterCodingException e) {
            throw new InvoiceFormatException("the file is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InvoiceBatch read(BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            throw new InvoiceFormatException("the file is empty");
        }
        if (!first.equals(header())) {
            throw new InvoiceFormatException("the first line must be the header " + header(), 1);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        long number = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.startsWith(TRAILER_MARK + SEPARATOR)) {
                InvoiceCsvTrailer trailer = trailerCodec.parse(fields(text, trailerCodec, number), number);
                InvoiceBatch batch = CsvMapping.fromTrailer(trailer, lines, number);
                if (reader.readLine() != null) {
                    throw new InvoiceFormatException("a line follows the trailer", number + 1);
                }
                return batch;
            }
            lines.add(CsvMapping.fromCsv(lineCodec.parse(fields(text, lineCodec, number), number), number));
        }
        throw new InvoiceFormatException("the trailer (" + TRAILER_MARK + ") is missing: the file may be cut short",
                number);
    }

    private static List<String> fields(String text, CsvCodec<?> codec, long number) {
        List<String> fields = List.of(text.split(SEPARATOR, -1));
        if (fields.size() != codec.columns()) {
            throw new InvoiceFormatException(fields.size() + " fields where " + codec.columns() + " are expected",
                    number);
        }
        List<String> names = codec.columnNames();
        for (int i = 0; i < fields.size(); i++) {
            if (AMOUNT_COLUMNS.contains(names.get(i)) && !AMOUNT.matcher(fields.get(i)).matches()) {
                throw new InvoiceFormatException(names.get(i)
                        + " must be an amount with a dot and two decimals, e.g. 77.10", number);
            }
        }
        return fields;
    }
}
