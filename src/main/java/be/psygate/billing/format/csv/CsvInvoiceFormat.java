package be.psygate.billing.format.csv;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

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
public final class CsvInvoiceFormat extends CsvDocumentFormat<InvoiceBatch, InvoiceCsvLine>
        implements InvoiceFormat {

    /** The first field of the trailer. */
    public static final String TRAILER_MARK = "#batch";

    private final CsvCodec<InvoiceCsvTrailer> trailerCodec = new CsvCodec<>(InvoiceCsvTrailer.class);

    /** The format, its Bindy models built. */
    public CsvInvoiceFormat() {
        super(InvoiceCsvLine.class, TRAILER_MARK,
                FormatErrors.of(InvoiceFormatException::new, InvoiceFormatException::new));
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
    protected Reading<InvoiceBatch> reading() {
        List<InvoiceLine> lines = new ArrayList<>();
        return new Reading<>() {
            @Override
            public void line(String text, long number) {
                lines.add(CsvMapping.fromCsv(file.parse(text, lineCodec, number), number));
            }

            @Override
            public InvoiceBatch trailer(String text, long number) {
                return CsvMapping.fromTrailer(file.parse(text, trailerCodec, number), lines, number);
            }
        };
    }
}
