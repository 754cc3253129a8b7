package be.psygate.billing.returns.csv;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.csv.CsvFile;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.csv.CsvCodec;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.ReturnFormat;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnLine;

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
 * The {@code csv} answer: UTF-8, {@code ;}-separated, lines ended by CRLF, nothing quoted, like the CSV invoice. The
 * first line names the columns of a session line; then one line per session ({@link ReturnCsvLine}), in answer
 * order; then, for a settlement, one line per mutuality ({@link ReturnCsvSettlement}, starting with
 * {@value #SETTLEMENT_MARK}); the last line is the trailer ({@link ReturnCsvTrailer}, starting with
 * {@value #TRAILER_MARK}), which carries the identity of the answer and its control totals, so that a file cut short
 * is refused. Amounts have a dot and exactly two decimals, days are {@code yyyy-MM-dd}, an absent value is an empty
 * field. Lines are bound by Camel Bindy one at a time, with the codec of the CSV invoice. Shape:
 * {@code mappings/formats/insurer-return-csv.md}.
 */
public final class CsvReturnFormat implements ReturnFormat {

    /** The name of the format. */
    public static final String NAME = "csv";
    /** The first field of a settlement line. */
    public static final String SETTLEMENT_MARK = "#settlement";
    /** The first field of the trailer. */
    public static final String TRAILER_MARK = "#return";
    /** What ends every line. */
    public static final String LINE_END = CsvFile.LINE_END;

    private static final Set<String> AMOUNT_COLUMNS = Set.of("accepted", "requested", "refused", "total_accepted");

    private final CsvCodec<ReturnCsvLine> lineCodec = new CsvCodec<>(ReturnCsvLine.class);
    private final CsvCodec<ReturnCsvSettlement> settlementCodec = new CsvCodec<>(ReturnCsvSettlement.class);
    private final CsvCodec<ReturnCsvTrailer> trailerCodec = new CsvCodec<>(ReturnCsvTrailer.class);
    private final CsvFile file = new CsvFile(lineCodec.header(), AMOUNT_COLUMNS,
            FormatErrors.of(ReturnFormatException::new, ReturnFormatException::new));

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
    public void write(InsurerReturn answer, OutputStream out) {
        file.write(out, writer -> {
            for (ReturnLine line : answer.lines()) {
                writer.write(lineCodec.render(CsvReturnMapping.toCsv(line)) + LINE_END);
            }
            for (MutualitySettlement settlement : answer.settlements()) {
                writer.write(settlementCodec.render(CsvReturnMapping.toCsv(settlement)) + LINE_END);
            }
            writer.write(trailerCodec.render(CsvReturnMapping.trailer(answer)) + LINE_END);
        });
    }

    @Override
    public InsurerReturn read(InputStream in) {
        try {
            return read(file.open(in));
        } catch (InvoiceFormatException e) {
            throw ReturnFormatException.of(e);
        } catch (CharacterCodingException e) {
            throw new ReturnFormatException("the file is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InsurerReturn read(BufferedReader reader) throws IOException {
        List<ReturnLine> lines = new ArrayList<>();
        List<MutualitySettlement> settlements = new ArrayList<>();
        long number = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (CsvFile.marked(text, TRAILER_MARK)) {
                ReturnCsvTrailer trailer = trailerCodec.parse(file.fields(text, trailerCodec, number), number);
                InsurerReturn answer = CsvReturnMapping.fromTrailer(trailer, lines, settlements, number);
                file.expectEnd(reader, number);
                return answer;
            }
            if (CsvFile.marked(text, SETTLEMENT_MARK)) {
                ReturnCsvSettlement settlement =
                        settlementCodec.parse(file.fields(text, settlementCodec, number), number);
                settlements.add(CsvReturnMapping.fromCsv(settlement, number));
            } else if (!settlements.isEmpty()) {
                throw new ReturnFormatException("a session line follows the settlement lines", number);
            } else {
                lines.add(CsvReturnMapping.fromCsv(lineCodec.parse(file.fields(text, lineCodec, number), number),
                        number));
            }
        }
        throw file.trailerMissing(TRAILER_MARK, number);
    }
}
