package be.psygate.billing.returns.xml;

import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.RefusalType;
import be.psygate.billing.returns.ReturnFormatException;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Between an answer and its JAXB document, and back, with the totals verified and every value validated. */
final class XmlReturnMapping {

    private XmlReturnMapping() {
    }

    static XmlInsurerReturn toXml(InsurerReturn answer) {
        XmlInsurerReturn document = new XmlInsurerReturn();
        XmlReturnHeader header = new XmlReturnHeader();
        header.insurer = answer.insurerId();
        header.batchNumber = answer.batchNumber();
        header.test = answer.testMode();
        header.kind = answer.kind().name();
        header.refusalType = answer.refusalType() == null ? null : answer.refusalType().name();
        header.fileRefusalCode = answer.fileRefusalCode();
        header.insurerReference = answer.insurerReference();
        header.date = answer.date();
        document.header = header;
        for (ReturnLine line : answer.lines()) {
            XmlReturnLine xml = new XmlReturnLine();
            xml.sessionId = line.sessionId();
            xml.lineRef = line.lineRef().value();
            xml.mutuality = line.mutuality().value();
            xml.accepted = line.accepted();
            if (line.isRefused()) {
                xml.rejection = new XmlRejection();
                xml.rejection.code = line.errorCode();
                xml.rejection.text = line.errorText();
            }
            document.lines.add(xml);
        }
        for (MutualitySettlement settlement : answer.settlements()) {
            XmlSettlement xml = new XmlSettlement();
            xml.mutuality = settlement.mutuality().value();
            xml.requested = settlement.requested();
            xml.accepted = settlement.accepted();
            xml.refused = settlement.refused();
            xml.paymentReference = settlement.paymentReference();
            document.settlements.add(xml);
        }
        XmlReturnTotals totals = new XmlReturnTotals();
        totals.lineCount = answer.lines().size();
        totals.accepted = answer.totalAccepted();
        document.totals = totals;
        return document;
    }

    static InsurerReturn fromXml(XmlInsurerReturn document) {
        XmlReturnHeader header = document.header;
        List<ReturnLine> lines = new ArrayList<>();
        for (int i = 0; i < document.lines.size(); i++) {
            XmlReturnLine line = document.lines.get(i);
            lines.add(valid("line " + (i + 1) + " (session " + line.sessionId + ")", () -> fromXml(line)));
        }
        List<MutualitySettlement> settlements = new ArrayList<>();
        for (XmlSettlement s : document.settlements) {
            settlements.add(valid("the settlement of mutuality " + s.mutuality, () -> new MutualitySettlement(
                    InsurerCode.parse(s.mutuality), s.requested, s.accepted, s.refused, s.paymentReference)));
        }
        InsurerReturn answer = valid("the answer", () -> new InsurerReturn(header.insurer, header.batchNumber,
                header.test, ReturnKind.valueOf(header.kind),
                header.refusalType == null ? null : RefusalType.valueOf(header.refusalType), header.fileRefusalCode,
                header.insurerReference, header.date, lines, settlements));
        XmlReturnTotals totals = document.totals;
        if (totals.lineCount != lines.size()) {
            throw new ReturnFormatException("the totals count " + totals.lineCount + " lines, the document has "
                    + lines.size());
        }
        BigDecimal accepted = answer.totalAccepted();
        if (totals.accepted.compareTo(accepted) != 0) {
            throw new ReturnFormatException("the total accepted is " + totals.accepted
                    + " but the lines add up to " + accepted);
        }
        return answer;
    }

    private static ReturnLine fromXml(XmlReturnLine line) {
        XmlRejection rejection = line.rejection;
        return new ReturnLine(line.sessionId, LineRef.parse(line.lineRef), InsurerCode.parse(line.mutuality),
                line.accepted, rejection == null ? null : rejection.code, rejection == null ? null : rejection.text);
    }

    private static <T> T valid(String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ReturnFormatException(what + " is not valid: " + e.getMessage());
        }
    }
}
