package be.psygate.billing.format.csv;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    public static final String LINE_END = CsvFile.LINE_END;

    private static final Set<String> AMOUNT_COLUMNS = Set.of(
            "fee", "insurer_share", "copay", "total_fee", "total_insurer_share", "total_copay");

    private final CsvCodec<InvoiceCsvLine> lineCodec = new CsvCodec<>(InvoiceCsvLine.class);
    private final CsvCodec<InvoiceCsvTrailer> trailerCodec = new CsvCodec<>(InvoiceCsvTrailer.class);
    private final CsvFile file = new CsvFile(lineCodec.header(), AMOUNT_COLUMNS,
            FormatErrors.of(InvoiceFormatException::new, InvoiceFormatException::new));

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
        file.write(out, writer -> {
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
        });
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        try {
            return read(file.open(in));
        } catch (CharacterCodingException e) {
            throw new InvoiceFormatException("the file is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InvoiceBatch read(BufferedReader reader) throws IOException {
        List<InvoiceLine> lines = new ArrayList<>();
        long number = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (CsvFile.marked(text, TRAILER_MARK)) {
                InvoiceCsvTrailer trailer = trailerCodec.parse(file.fields(text, trailerCodec, number), number);
                InvoiceBatch batch = CsvMapping.fromTrailer(trailer, lines, number);
                file.expectEnd(reader, number);
                return batch;
            }
            lines.add(CsvMapping.fromCsv(lineCodec.parse(file.fields(text, lineCodec, number), number), number));
        }
        throw file.trailerMissing(TRAILER_MARK, number);
    }
}
