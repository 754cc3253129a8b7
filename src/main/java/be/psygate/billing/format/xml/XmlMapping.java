package be.psygate.billing.format.xml;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.Sender;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Between a batch and its JAXB document: every identifier as its digits, and back, with the identifiers' check
 * digits and the document's control totals verified.
 */
final class XmlMapping {

    private XmlMapping() {
    }

    static XmlInvoiceBatch toXml(InvoiceBatch batch) {
        XmlInvoiceBatch document = new XmlInvoiceBatch();
        document.header = header(batch);
        for (InvoiceLine line : batch.lines()) {
            document.lines.add(toXml(line));
        }
        document.totals = totals(batch);
        return document;
    }

    private static XmlHeader header(InvoiceBatch batch) {
        XmlHeader header = new XmlHeader();
        header.batchNumber = batch.batchNumber();
        header.insurer = batch.insurerId();
        header.serviceMonth = batch.serviceMonth();
        header.createdOn = batch.createdOn();
        header.test = batch.testMode();
        header.sender = new XmlSender();
        header.sender.name = batch.sender().name();
        header.sender.inami = batch.sender().inami().value();
        header.sender.bce = batch.sender().bce().value();
        header.sender.iban = batch.sender().iban().value();
        header.sender.bic = batch.sender().bic();
        return header;
    }

    private static XmlLine toXml(InvoiceLine line) {
        XmlLine xml = new XmlLine();
        xml.sessionId = line.sessionId();
        xml.lineRef = line.lineRef().value();
        xml.psychologist = line.psychologist().value();
        xml.patient = line.patient().value();
        xml.mutuality = line.mutuality().value();
        xml.sessionDate = line.sessionDate();
        xml.pseudocode = line.pseudocode().value();
        xml.fee = line.fee();
        xml.insurerShare = line.insurerShare();
        xml.copay = line.copay();
        xml.groupParticipants = line.groupParticipants();
        xml.referralDate = line.referralDate();
        xml.prescriber = line.prescriber() == null ? null : line.prescriber().value();
        return xml;
    }

    private static XmlTotals totals(InvoiceBatch batch) {
        XmlTotals totals = new XmlTotals();
        totals.lineCount = batch.lines().size();
        totals.fee = batch.totalFee();
        totals.insurerShare = batch.totalInsurerShare();
        totals.copay = batch.totalCopay();
        return totals;
    }

    static InvoiceBatch fromXml(XmlInvoiceBatch document) {
        XmlHeader header = document.header;
        XmlSender s = header.sender;
        Sender sender = valid("the sender", () -> new Sender(s.name, Inami.parse(s.inami), Bce.parse(s.bce),
                Iban.parse(s.iban), s.bic));
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < document.lines.size(); i++) {
            XmlLine line = document.lines.get(i);
            lines.add(valid("line " + (i + 1) + " (session " + line.sessionId + ")", () -> fromXml(line)));
        }
        InvoiceBatch batch = valid("the batch", () -> new InvoiceBatch(header.batchNumber, header.insurer,
                header.serviceMonth, header.createdOn, sender, lines, header.test));
        XmlTotals totals = document.totals;
        if (totals.lineCount != lines.size()) {
            throw new InvoiceFormatException("the totals count " + totals.lineCount + " lines, the document has "
                    + lines.size());
        }
        total("fee", totals.fee, batch.totalFee());
        total("insurerShare", totals.insurerShare, batch.totalInsurerShare());
        total("copay", totals.copay, batch.totalCopay());
        return batch;
    }

    private static InvoiceLine fromXml(XmlLine line) {
        return new InvoiceLine(line.sessionId, LineRef.parse(line.lineRef), Inami.parse(line.psychologist),
                Niss.parse(line.patient), InsurerCode.parse(line.mutuality), line.sessionDate,
                Pseudocode.parse(line.pseudocode), line.fee, line.insurerShare, line.copay, line.groupParticipants,
                line.referralDate, line.prescriber == null ? null : Inami.parse(line.prescriber));
    }

    private static void total(String what, BigDecimal written, BigDecimal computed) {
        if (written.compareTo(computed) != 0) {
            throw new InvoiceFormatException("the total " + what + " is " + written + " but the lines add up to "
                    + computed);
        }
    }

    private static <T> T valid(String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException(what + " is not valid: " + e.getMessage(), e);
        }
    }
}
