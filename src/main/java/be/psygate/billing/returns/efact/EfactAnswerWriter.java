package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.efact.RecordCheck;
import be.psygate.billing.format.efact.SignedCents;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one answer as an efact file: segment 200, segment 300, for a receipt the message acknowledged, one line per
 * session listed (its record 50 echoed, then its error detail), and for a settlement one record 91 per mutuality
 * (followed by 450 spaces, so that every part after the segments has 800 characters). Every part is rendered by
 * Bindy and written right after the previous one, with no line separator. One instance writes one file: the
 * answer, with the codecs, to {@code out}.
 */
record EfactAnswerWriter(EfactAnswerCodecs codecs, InsurerReturn answer, Writer out) {

    void write() throws IOException {
        if (answer.batchNumber() > EfactFormat.MAX_BATCH_NUMBER) {
            throw new ReturnFormatException("batch " + answer.batchNumber() + ": the batch number does not fit the "
                    + "13 characters of the invoice reference of segment 300");
        }
        if (answer.lines().size() > EfactReturnFormat.MAX_SESSIONS) {
            throw new ReturnFormatException("batch " + answer.batchNumber() + ": more than "
                    + EfactReturnFormat.MAX_SESSIONS + " sessions in one answer");
        }
        line(codecs.message.render(message()));
        line(codecs.sending.render(sending()));
        if (answer.kind() == ReturnKind.RECEIPT) {
            AcknowledgedMessage acknowledged = new AcknowledgedMessage();
            acknowledged.messageName = AcknowledgedMessage.INVOICE_MESSAGE;
            line(codecs.acknowledged.render(acknowledged));
        }
        int sequence = 0;
        for (ReturnLine session : answer.lines()) {
            String echo = codecs.invoices.renderEcho(new EfactFormat.EchoedService(++sequence,
                    session.mutuality(), session.lineRef(), session.sessionId()));
            line(echo + codecs.detail.render(detail(session)));
        }
        for (MutualitySettlement settlement : answer.settlements()) {
            line(record91(settlement) + " ".repeat(ErrorDetail.LENGTH));
        }
    }

    private Segment200Message message() {
        Segment200Message m = new Segment200Message();
        m.messageType = answer.kind().messageType();
        m.formatVersion = EfactFormat.MESSAGE_FORMAT_VERSION;
        m.environment = answer.testMode() ? EfactFormat.ENVIRONMENT_TEST : EfactFormat.ENVIRONMENT_PRODUCTION;
        m.status = Integer.parseInt(EfactReturnFormat.statusOf(answer));
        m.senderReference = answer.batchNumber();
        m.insurerReference = Long.parseLong(answer.insurerReference());
        return m;
    }

    private Segment300Sending sending() {
        Segment300Sending s = new Segment300Sending();
        s.sendingNumber = (int) (answer.batchNumber() % 1000);
        s.creationDate = answer.date();
        s.invoiceReference = Long.toString(answer.batchNumber());
        s.instructionsVersion = answer.testMode() ? EfactFormat.VERSION_TEST : EfactFormat.VERSION_PRODUCTION;
        s.invoiceType = EfactFormat.INVOICE_TYPE_AMBULATORY;
        s.accounts = EfactFormat.ONE_FILE_ONE_ACCOUNT;
        s.insurer = answer.insurerId();
        s.refusalType = answer.refusalType() == null ? 0 : Integer.parseInt(answer.refusalType().code());
        return s;
    }

    private ErrorDetail detail(ReturnLine session) {
        String where = "session " + session.sessionId();
        ErrorDetail d = new ErrorDetail();
        d.sendingId = answer.batchNumber();
        d.creationDate = answer.date();
        d.mutuality = session.mutuality().value();
        if (session.isRefused()) {
            if (!EfactReturnFormat.isPrintableAscii(session.errorText())) {
                throw new ReturnFormatException(where + ": the error text is not printable ASCII, which the "
                        + "comment of an efact error detail must be");
            }
            d.rejectionLetter1 = session.errorCode().substring(0, 1);
            d.rejectionCode1 = session.errorCode().substring(1);
            d.comment = session.errorText();
        }
        SignedCents result = SignedCents.of(session.accepted(), ErrorDetail.RESULT_DIGITS,
                where + ": the amount accepted");
        d.resultSign = result.sign();
        d.result = result.cents();
        return d;
    }

    private String record91(MutualitySettlement settlement) {
        String where = "mutuality " + settlement.mutuality() + ": the amount ";
        Record91Settlement r = new Record91Settlement();
        r.mutuality = settlement.mutuality().value();
        SignedCents requested = SignedCents.of(settlement.requested(), Record91Settlement.AMOUNT_DIGITS,
                where + "requested");
        r.requestedASign = requested.sign();
        r.requestedA = requested.cents();
        SignedCents accepted = SignedCents.of(settlement.accepted(), Record91Settlement.AMOUNT_DIGITS,
                where + "accepted");
        r.acceptedASign = accepted.sign();
        r.acceptedA = accepted.cents();
        SignedCents refused = SignedCents.of(settlement.refused(), Record91Settlement.AMOUNT_DIGITS,
                where + "refused");
        r.refusedASign = refused.sign();
        r.refusedA = refused.cents();
        r.requestedTotalSign = requested.sign();
        r.requestedTotal = requested.cents();
        r.acceptedTotalSign = accepted.sign();
        r.acceptedTotal = accepted.cents();
        r.refusedTotalSign = refused.sign();
        r.refusedTotal = refused.cents();
        r.requestedBSign = "+";
        r.acceptedBSign = "+";
        r.refusedBSign = "+";
        r.requestedCSign = "+";
        r.acceptedCSign = "+";
        r.refusedCSign = "+";
        r.paymentReferenceA = settlement.paymentReference();
        r.check = 0;
        r.check = RecordCheck.of(codecs.settlement.render(r));
        return codecs.settlement.render(r);
    }

    private void line(String text) throws IOException {
        out.write(text);
    }
}
