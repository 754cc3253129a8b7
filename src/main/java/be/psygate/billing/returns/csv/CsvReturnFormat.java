package be.psygate.billing.returns.csv;

import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.csv.CsvCodec;
import be.psygate.billing.format.csv.CsvDocumentFormat;
import be.psygate.billing.format.csv.CsvFile;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnLine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code csv} answer: UTF-8, {@code ;}-separated, lines ended by CRLF, nothing quoted, like the CSV invoice. The
 * first line names the columns of a session line; then one line per session ({@link ReturnCsvLine}), in answer
 * order; then, for a settlement, one line per mutuality ({@link ReturnCsvSettlement}, starting with
 * {@value #SETTLEMENT_MARK}); the last line is the trailer ({@link ReturnCsvTrailer}, starting with
 * {@value #TRAILER_MARK}), which carries the identity of the answer and its control totals, so that a file cut short
 * is refused. Amounts have a dot and exactly two decimals, days are {@code yyyy-MM-dd}, an absent value is an empty
 * field. Lines are bound by Camel Bindy one at a time, with the codec of the CSV invoice. Shape:
 * {@code mappings/formats/insurer-return-csv.md}.
 */
public final class CsvReturnFormat extends CsvDocumentFormat<InsurerReturn, ReturnCsvLine, ReturnCsvTrailer>
        implements ReturnFormat {

    /** The first field of a settlement line. */
    public static final String SETTLEMENT_MARK = "#settlement";
    /** The first field of the trailer. */
    public static final String TRAILER_MARK = "#return";

    private final CsvCodec<ReturnCsvSettlement> settlementCodec = new CsvCodec<>(ReturnCsvSettlement.class);

    /** The format, its Bindy models built. */
    public CsvReturnFormat() {
        super(ReturnCsvLine.class, ReturnCsvTrailer.class, TRAILER_MARK, CsvReturnMapping.ERRORS);
    }

    /** One line per session, then one per mutuality settled. */
    @Override
    protected Stream<String> body(InsurerReturn answer) {
        return Stream.concat(answer.lines().stream().map(line -> lineCodec.render(CsvReturnMapping.toCsv(line))),
                answer.settlements().stream().map(s -> settlementCodec.render(CsvReturnMapping.toCsv(s))));
    }

    @Override
    protected ReturnCsvTrailer trailer(InsurerReturn answer) {
        return CsvReturnMapping.trailer(answer);
    }

    /** Reads an answer; a line that a Bindy model of the shared codec refuses is refused as an answer's problem. */
    @Override
    public InsurerReturn read(InputStream in) {
        try {
            return super.read(in);
        } catch (InvoiceFormatException e) {
            throw ReturnFormatException.of(e);
        }
    }

    @Override
    protected Reading<InsurerReturn, ReturnCsvTrailer> reading() {
        List<ReturnLine> lines = new ArrayList<>();
        List<MutualitySettlement> settlements = new ArrayList<>();
        return new Reading<>() {
            @Override
            public void line(String text, long number) {
                if (CsvFile.marked(text, SETTLEMENT_MARK)) {
                    settlements.add(CsvReturnMapping.fromCsv(file.parse(text, settlementCodec, number), number));
                } else if (!settlements.isEmpty()) {
                    throw new ReturnFormatException("a session line follows the settlement lines", number);
                } else {
                    lines.add(CsvReturnMapping.fromCsv(file.parse(text, lineCodec, number), number));
                }
            }

            @Override
            public InsurerReturn trailer(ReturnCsvTrailer trailer, long number) {
                return CsvReturnMapping.fromTrailer(trailer, lines, settlements, number);
            }
        };
    }
}
