package be.psygate.billing.format.csv;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
public final class CsvInvoiceFormat extends CsvDocumentFormat<InvoiceBatch, InvoiceCsvLine, InvoiceCsvTrailer>
        implements InvoiceFormat {

    /** The first field of the trailer. */
    public static final String TRAILER_MARK = "#batch";

    /** The format, its Bindy models built. */
    public CsvInvoiceFormat() {
        super(InvoiceCsvLine.class, InvoiceCsvTrailer.class, TRAILER_MARK, CsvMapping.ERRORS);
    }

    /** One line per session; a session the format cannot carry is named in the refusal. */
    @Override
    protected Stream<String> body(InvoiceBatch batch) {
        return batch.lines().stream().map(line -> {
            try {
                return lineCodec.render(CsvMapping.toCsv(line));
            } catch (InvoiceFormatException e) {
                throw InvoiceFormatException.ofSession(line.sessionId(), e);
            }
        });
    }

    @Override
    protected InvoiceCsvTrailer trailer(InvoiceBatch batch) {
        return CsvMapping.trailer(batch);
    }

    @Override
    protected Reading<InvoiceBatch, InvoiceCsvTrailer> reading() {
        List<InvoiceLine> lines = new ArrayList<>();
        return new Reading<>() {
            @Override
            public void line(String text, long number) {
                lines.add(CsvMapping.fromCsv(file.parse(text, lineCodec, number), number));
            }

            @Override
            public InvoiceBatch trailer(InvoiceCsvTrailer trailer, long number) {
                return CsvMapping.fromTrailer(trailer, lines, number);
            }
        };
    }
}
