package be.psygate.billing.format.csv;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.Sender;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Between a batch and its CSV models: session lines and the trailer, and back, with the identifiers' check digits
 * and the trailer's control totals verified.
 */
final class CsvMapping {

    private static final Pattern FORBIDDEN = Pattern.compile("[;\"\\r\\n\\t]");
    /** The refusals of the CSV invoice. */
    static final FormatErrors ERRORS = FormatErrors.withCauses(InvoiceFormatException::new,
            InvoiceFormatException::new);

    private CsvMapping() {
    }

    static InvoiceCsvLine toCsv(InvoiceLine line) {
        InvoiceCsvLine csv = new InvoiceCsvLine();
        csv.sessionId = line.sessionId();
        csv.lineRef = text(line.lineRef().value(), "session " + line.sessionId() + ": the line reference");
        csv.psychologistInami = line.psychologist().value();
        csv.patientNiss = line.patient().value();
        csv.mutuality = line.mutuality().value();
        csv.sessionDate = line.sessionDate();
        csv.pseudocode = line.pseudocode().value();
        csv.fee = line.fee();
        csv.insurerShare = line.insurerShare();
        csv.copay = line.copay();
        csv.groupParticipants = line.groupParticipants();
        csv.referralDate = line.referralDate();
        csv.prescriberInami = line.prescriber() == null ? null : line.prescriber().value();
        return csv;
    }

    static InvoiceCsvTrailer trailer(InvoiceBatch batch) {
        Sender sender = batch.sender();
        InvoiceCsvTrailer trailer = new InvoiceCsvTrailer();
        trailer.mark = CsvInvoiceFormat.TRAILER_MARK;
        trailer.batchNumber = batch.batchNumber();
        trailer.insurerId = batch.insurerId();
        trailer.serviceMonth = batch.serviceMonth().toString();
        trailer.createdOn = batch.createdOn();
        trailer.mode = CsvMode.of(batch.testMode()).name();
        trailer.senderName = text(sender.name(), "the sender's name");
        trailer.senderInami = sender.inami().value();
        trailer.senderBce = sender.bce().value();
        trailer.senderIban = sender.iban().value();
        trailer.senderBic = sender.bic();
        trailer.lineCount = batch.lines().size();
        trailer.totalFee = batch.totalFee();
        trailer.totalInsurerShare = batch.totalInsurerShare();
        trailer.totalCopay = batch.totalCopay();
        return trailer;
    }

    static InvoiceLine fromCsv(InvoiceCsvLine csv, long number) {
        LineRef lineRef = ERRORS.valid(number, "line_ref", () -> LineRef.parse(csv.lineRef));
        Inami psychologist = ERRORS.valid(number, "psychologist_inami",
                () -> Inami.parse(csv.psychologistInami));
        Niss patient = ERRORS.valid(number, "patient_niss", () -> Niss.parse(csv.patientNiss));
        InsurerCode mutuality = ERRORS.valid(number, "mutuality", () -> InsurerCode.parse(csv.mutuality));
        Pseudocode pseudocode = ERRORS.valid(number, "pseudocode", () -> Pseudocode.parse(csv.pseudocode));
        Inami prescriber = csv.prescriberInami == null ? null
                : ERRORS.valid(number, "prescriber_inami", () -> Inami.parse(csv.prescriberInami));
        return ERRORS.valid(number, "the line", () -> new InvoiceLine(csv.sessionId, lineRef, psychologist,
                patient, mutuality, csv.sessionDate, pseudocode, csv.fee, csv.insurerShare, csv.copay,
                csv.groupParticipants, csv.referralDate, prescriber));
    }

    static InvoiceBatch fromTrailer(InvoiceCsvTrailer trailer, List<InvoiceLine> lines, long number) {
        if (!CsvInvoiceFormat.TRAILER_MARK.equals(trailer.mark)) {
            throw new InvoiceFormatException("the trailer must start with " + CsvInvoiceFormat.TRAILER_MARK,
                    number);
        }
        boolean test = CsvMode.isTest(trailer.mode, number, ERRORS);
        YearMonth month = ERRORS.valid(number, "service_month", () -> parseMonth(trailer.serviceMonth));
        Inami inami = ERRORS.valid(number, "sender_inami", () -> Inami.parse(trailer.senderInami));
        Bce bce = ERRORS.valid(number, "sender_bce", () -> Bce.parse(trailer.senderBce));
        Iban iban = ERRORS.valid(number, "sender_iban", () -> Iban.parse(trailer.senderIban));
        Sender sender = ERRORS.valid(number, "the sender", () -> new Sender(trailer.senderName, inami, bce, iban,
                trailer.senderBic));
        InvoiceBatch batch = ERRORS.valid(number, "the batch", () -> new InvoiceBatch(trailer.batchNumber,
                trailer.insurerId, month, trailer.createdOn, sender, lines, test));
        if (trailer.lineCount != lines.size()) {
            throw new InvoiceFormatException("the trailer counts " + trailer.lineCount + " lines, the file has "
                    + lines.size(), number);
        }
        total(number, "total_fee", trailer.totalFee, batch.totalFee());
        total(number, "total_insurer_share", trailer.totalInsurerShare, batch.totalInsurerShare());
        total(number, "total_copay", trailer.totalCopay, batch.totalCopay());
        return batch;
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("a month is written yyyy-MM, e.g. 2025-03");
        }
    }

    private static void total(long number, String what, BigDecimal written, BigDecimal computed) {
        if (written.compareTo(computed) != 0) {
            throw new InvoiceFormatException(what + " is " + written + " but the lines add up to " + computed,
                    number);
        }
    }

    private static String text(String value, String what) {
        if (FORBIDDEN.matcher(value).find()) {
            throw new InvoiceFormatException(what + " contains ; \" a tab or a line break, which this CSV "
                    + "(without quoting) cannot carry");
        }
        return value;
    }
}
