package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.efact.RecordCheck;
import be.psygate.billing.format.efact.SignedCents;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.RefusalType;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads one efact answer back, verifying as it goes what the writer guarantees: the parts in their order and of
 * their lengths, every zone's error code at {@code 00}, the status that fits the message type, segment 300 and the
 * error details agreeing with segment 200, the refusal type of segment 300, the echoed records 50 and records 91
 * with checks that verify, and, through {@link InsurerReturn}, that each mutuality's accepted amount is the sum of
 * its sessions'. One instance reads one file.
 */
final class EfactAnswerReader {

    private final EfactAnswerCodecs codecs;
    private final AnswerParts lines;

    EfactAnswerReader(EfactAnswerCodecs codecs, InputStream in) {
        this.codecs = codecs;
        this.lines = new AnswerParts(in);
    }

    InsurerReturn read() throws IOException {
        String first = lines.next(Segment200Message.LENGTH);
        if (first == null) {
            throw new ReturnFormatException("the file is empty: an efact answer starts with a segment 200");
        }
        Segment200Message message = codecs.message.parse(first, 1);
        noErrorCodes(message, "segment 200", 1);
        ReturnKind kind = valid(1, () -> ReturnKind.ofMessageType(message.messageType));
        same(1, "the format version", EfactFormat.MESSAGE_FORMAT_VERSION, message.formatVersion);
        boolean testMode = testMode(message.environment);
        String status = String.format(Locale.ROOT, "%02d", message.status);
        long batchNumber = message.senderReference;

        Segment300Sending sending = codecs.sending.parse(expect(Segment300Sending.LENGTH, "segment 300"), 2);
        noErrorCodes(sending, "segment 300", 2);
        checkSending(sending, batchNumber, testMode);
        LocalDate date = sending.creationDate;

        if (kind == ReturnKind.RECEIPT) {
            AcknowledgedMessage acknowledged = codecs.acknowledged.parse(
                    expect(AcknowledgedMessage.LENGTH, "the message acknowledged"), 3);
            noErrorCodes(acknowledged, "the message acknowledged", 3);
            same(3, "the message acknowledged", AcknowledgedMessage.INVOICE_MESSAGE, acknowledged.messageName);
        }
        boolean listsSessions = kind != ReturnKind.RECEIPT && kind != ReturnKind.FILE_REFUSED;
        List<ReturnLine> sessions = new ArrayList<>();
        List<MutualitySettlement> settlements = new ArrayList<>();
        int length = EfactReturnFormat.SESSION_LINE_LENGTH;
        for (String line = lines.next(length); line != null; line = lines.next(length)) {
            if (kind == ReturnKind.SETTLEMENT && line.startsWith(Record91Settlement.TYPE)) {
                same(lines.number(), "what follows record 91", "",
                        line.substring(Record91Settlement.LENGTH).strip());
                settlements.add(settlement(line.substring(0, Record91Settlement.LENGTH)));
            } else if (!listsSessions || !settlements.isEmpty()) {
                throw new ReturnFormatException("nothing may follow " + (listsSessions ? "the records 91"
                        : "segment 300 of a message " + kind.messageType()), lines.number());
            } else {
                sessions.add(session(line, sessions.size() + 1, batchNumber, date));
            }
        }
        RefusalType refusalType = kind == ReturnKind.REJECTED ? valid(1, () -> RefusalType.ofCode(status)) : null;
        String fileRefusalCode = kind == ReturnKind.FILE_REFUSED ? status : null;
        same(2, "the refusal type", kind == ReturnKind.REJECTED ? Integer.parseInt(status) : 0,
                sending.refusalType);
        if (refusalType == null && fileRefusalCode == null && !status.equals(EfactReturnFormat.NO_STATUS)) {
            throw new ReturnFormatException("the status must be 00 for a message " + kind.messageType() + ", got "
                    + status, 1);
        }
        return valid(0, () -> new InsurerReturn(sending.insurer, batchNumber, testMode, kind, refusalType,
                fileRefusalCode, Long.toString(message.insurerReference), date, sessions, settlements));
    }

    private void checkSending(Segment300Sending s, long batchNumber, boolean testMode) {
        same(2, "the invoicing month", 0, s.invoicingMonth);
        same(2, "the sending number", (int) (batchNumber % 1000), s.sendingNumber);
        same(2, "the invoice reference", Long.toString(batchNumber), s.invoiceReference);
        same(2, "the instructions version", testMode ? EfactFormat.VERSION_TEST : EfactFormat.VERSION_PRODUCTION,
                s.instructionsVersion);
        same(2, "the contact name", "", blankIfNull(s.contactName));
        same(2, "the contact first name", "", blankIfNull(s.contactFirstName));
        same(2, "the contact phone", 0L, s.contactPhone);
        same(2, "the percentage of errors", 0, s.errorPercentage);
        same(2, "the invoice type", EfactFormat.INVOICE_TYPE_AMBULATORY, s.invoiceType);
        same(2, "the number of accounts", EfactFormat.ONE_FILE_ONE_ACCOUNT, s.accounts);
        same(2, "the reserve", "0000", s.reserve);
        if (s.creationDate == null) {
            throw new ReturnFormatException("the creation date is missing", 2);
        }
    }

    /** One line of a session: its echoed record 50, then its error detail. */
    private ReturnLine session(String text, int sequence, long batchNumber, LocalDate date) {
        long at = lines.number();
        if (text.length() != EfactReturnFormat.SESSION_LINE_LENGTH) {
            throw new ReturnFormatException("a session's line has " + EfactReturnFormat.SESSION_LINE_LENGTH
                    + " characters (its record 50 and its error detail), got " + text.length(), at);
        }
        EfactFormat.EchoedService echo = codecs.invoices.readEcho(text.substring(0, EfactFormat.RECORD_LENGTH), at);
        same(at, "the sequence number of the echoed record 50", sequence, echo.sequence());
        ErrorDetail d = codecs.detail.parse(text.substring(EfactFormat.RECORD_LENGTH), at);
        same(at, "the sending id", batchNumber, d.sendingId);
        same(at, "the creation date", date, d.creationDate);
        same(at, "the invoicing month", 0, d.invoicingMonth);
        same(at, "the mutuality", echo.mutuality().value(), d.mutuality);
        same(at, "the second rejection code", "000000", d.rejectionCode2);
        same(at, "the second rejection letter", "", blankIfNull(d.rejectionLetter2));
        same(at, "the third rejection code", "000000", d.rejectionCode3);
        same(at, "the third rejection letter", "", blankIfNull(d.rejectionLetter3));
        same(at, "the reserve", "", blankIfNull(d.reserve));
        String letter = blankIfNull(d.rejectionLetter1);
        String code = letter.isEmpty() && "000000".equals(d.rejectionCode1) ? null : letter + d.rejectionCode1;
        String comment = blankIfNull(d.comment);
        BigDecimal accepted = SignedCents.read(d.resultSign, d.result, "the insurer's result", at);
        return valid(at, () -> new ReturnLine(echo.sessionId(), echo.lineRef(), echo.mutuality(), accepted, code,
                comment.isEmpty() ? null : comment));
    }

    private MutualitySettlement settlement(String text) {
        long at = lines.number();
        Record91Settlement r = codecs.settlement.parse(text, at);
        String written = text.substring(RecordCheck.COVERED);
        int computed = RecordCheck.of(text);
        if (!written.equals(String.format(Locale.ROOT, "%02d", computed))) {
            throw new ReturnFormatException("the record check of record 91 is '" + written
                    + "' but its characters give " + computed, at);
        }
        noErrorCodes(r, "record 91", at);
        same(at, "the amount requested on account B", BigDecimal.ZERO.setScale(2),
                SignedCents.read(r.requestedBSign, r.requestedB, "the amount requested on account B", at));
        same(at, "the amount accepted on account B", BigDecimal.ZERO.setScale(2),
                SignedCents.read(r.acceptedBSign, r.acceptedB, "the amount accepted on account B", at));
        same(at, "the amount refused on account B", BigDecimal.ZERO.setScale(2),
                SignedCents.read(r.refusedBSign, r.refusedB, "the amount refused on account B", at));
        same(at, "the payment reference of account B", "", blankIfNull(r.paymentReferenceB));
        same(at, "the payment reference of account C", "", blankIfNull(r.paymentReferenceC));
        for (long zero : new long[] {r.summaryInvoiceNumber, r.records, r.controlNumber, r.requestedC, r.acceptedC,
                r.refusedC}) {
            same(at, "a zone the answer does not know", 0L, zero);
        }
        same(at, "the reserve", "", blankIfNull(r.reserve));
        BigDecimal requested = SignedCents.read(r.requestedASign, r.requestedA, "the amount requested", at);
        BigDecimal accepted = SignedCents.read(r.acceptedASign, r.acceptedA, "the amount accepted", at);
        BigDecimal refused = SignedCents.read(r.refusedASign, r.refusedA, "the amount refused", at);
        same(at, "the total requested", requested, SignedCents.read(r.requestedTotalSign, r.requestedTotal,
                "the total requested", at));
        same(at, "the total accepted", accepted, SignedCents.read(r.acceptedTotalSign, r.acceptedTotal,
                "the total accepted", at));
        same(at, "the total refused", refused, SignedCents.read(r.refusedTotalSign, r.refusedTotal,
                "the total refused", at));
        return valid(at, () -> new MutualitySettlement(InsurerCode.parse(r.mutuality), requested, accepted, refused,
                blankIfNull(r.paymentReferenceA)));
    }

    private boolean testMode(int environment) {
        if (environment == EfactFormat.ENVIRONMENT_TEST) {
            return true;
        }
        if (environment == EfactFormat.ENVIRONMENT_PRODUCTION) {
            return false;
        }
        throw new ReturnFormatException("the message must be " + EfactFormat.ENVIRONMENT_PRODUCTION
                + " (production) or " + EfactFormat.ENVIRONMENT_TEST + " (test), got " + environment, 1);
    }

    private String expect(int length, String what) throws IOException {
        String line = lines.next(length);
        if (line == null) {
            throw new ReturnFormatException("the file ends after line " + lines.number() + ": " + what
                    + " was expected");
        }
        return line;
    }

    private static void noErrorCodes(AnswerSegment segment, String name, long at) {
        for (Map.Entry<String, Integer> code : segment.errorCodes().entrySet()) {
            if (code.getValue() != 0) {
                throw new ReturnFormatException(name + ": the error code after " + code.getKey() + " is "
                        + String.format(Locale.ROOT, "%02d", code.getValue())
                        + "; these answers give their reasons in the status, the rejection codes and the records 91,"
                        + " and leave every zone's error code at 00", at);
            }
        }
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    private static <T> T valid(long at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ReturnFormatException("not a valid answer: " + e.getMessage(), at);
        }
    }

    private static void same(long at, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new ReturnFormatException(what + " is '" + actual + "' but '" + expected + "' was expected", at);
        }
    }
}
