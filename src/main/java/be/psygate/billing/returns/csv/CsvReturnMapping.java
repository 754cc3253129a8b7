package be.psygate.billing.returns.csv;

import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.csv.CsvMode;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.RefusalType;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Between an answer and its CSV models (session lines, settlement lines, the trailer), and back, with every value
 * validated and the trailer's control totals verified.
 */
final class CsvReturnMapping {

    /** The refusals of the CSV answer. */
    static final FormatErrors ERRORS = FormatErrors.of(ReturnFormatException::new, ReturnFormatException::new);

    private CsvReturnMapping() {
    }

    static ReturnCsvLine toCsv(ReturnLine line) {
        ReturnCsvLine csv = new ReturnCsvLine();
        csv.sessionId = line.sessionId();
        csv.lineRef = text(line.lineRef().value(), "session " + line.sessionId() + ": the line reference");
        csv.mutuality = line.mutuality().value();
        csv.accepted = line.accepted();
        csv.errorCode = line.errorCode();
        csv.errorText = line.errorText() == null ? null
                : text(line.errorText(), "session " + line.sessionId() + ": the error text");
        return csv;
    }

    static ReturnCsvSettlement toCsv(MutualitySettlement settlement) {
        ReturnCsvSettlement csv = new ReturnCsvSettlement();
        csv.mark = CsvReturnFormat.SETTLEMENT_MARK;
        csv.mutuality = settlement.mutuality().value();
        csv.requested = settlement.requested();
        csv.accepted = settlement.accepted();
        csv.refused = settlement.refused();
        csv.paymentReference = text(settlement.paymentReference(),
                "mutuality " + settlement.mutuality() + ": the payment reference");
        return csv;
    }

    static ReturnCsvTrailer trailer(InsurerReturn answer) {
        ReturnCsvTrailer trailer = new ReturnCsvTrailer();
        trailer.mark = CsvReturnFormat.TRAILER_MARK;
        trailer.insurerId = answer.insurerId();
        trailer.batchNumber = answer.batchNumber();
        trailer.mode = CsvMode.of(answer.testMode()).name();
        trailer.kind = answer.kind().name();
        trailer.refusalType = answer.refusalType() == null ? null : answer.refusalType().name();
        trailer.fileRefusalCode = answer.fileRefusalCode();
        trailer.insurerReference = answer.insurerReference();
        trailer.date = answer.date();
        trailer.lineCount = answer.lines().size();
        trailer.totalAccepted = answer.totalAccepted();
        return trailer;
    }

    static ReturnLine fromCsv(ReturnCsvLine csv, long number) {
        return ERRORS.valid(number, "the session line", () -> new ReturnLine(csv.sessionId,
                LineRef.parse(csv.lineRef), InsurerCode.parse(csv.mutuality), csv.accepted, csv.errorCode,
                csv.errorText));
    }

    static MutualitySettlement fromCsv(ReturnCsvSettlement csv, long number) {
        return ERRORS.valid(number, "the settlement line", () -> new MutualitySettlement(
                InsurerCode.parse(csv.mutuality), csv.requested, csv.accepted, csv.refused, csv.paymentReference));
    }

    static InsurerReturn fromTrailer(ReturnCsvTrailer trailer, List<ReturnLine> lines,
                                     List<MutualitySettlement> settlements, long number) {
        boolean test = CsvMode.isTest(trailer.mode, number, ERRORS);
        ReturnKind kind = named(ReturnKind.class, trailer.kind, "kind", number);
        RefusalType refusalType = trailer.refusalType == null ? null
                : named(RefusalType.class, trailer.refusalType, "refusal_type", number);
        InsurerReturn answer = ERRORS.valid(number, "the answer", () -> new InsurerReturn(trailer.insurerId,
                trailer.batchNumber, test, kind, refusalType, trailer.fileRefusalCode, trailer.insurerReference,
                trailer.date, lines, settlements));
        if (trailer.lineCount != lines.size()) {
            throw new ReturnFormatException("the trailer counts " + trailer.lineCount + " sessions, the file has "
                    + lines.size(), number);
        }
        BigDecimal accepted = answer.totalAccepted();
        if (trailer.totalAccepted.compareTo(accepted) != 0) {
            throw new ReturnFormatException("total_accepted is " + trailer.totalAccepted
                    + " but the sessions add up to " + accepted, number);
        }
        return answer;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String what, long number) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new ReturnFormatException(what + " must be one of " + Arrays.toString(type.getEnumConstants())
                + ", got " + name, number);
    }

    /** A text the file can carry unquoted: no {@code "} (the model already excludes {@code ;} and line breaks). */
    private static String text(String value, String what) {
        if (value.indexOf('"') >= 0) {
            throw new ReturnFormatException(what + " contains '\"', which this CSV (without quoting) cannot carry");
        }
        return value;
    }
}
