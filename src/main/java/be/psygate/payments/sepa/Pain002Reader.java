package be.psygate.payments.sepa;

import org.w3c.dom.Element;

import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a pain.002 customer payment status report of version {@code .001.03} (2009) or {@code .001.10} (2019), the
 * answer of the hospital's bank to a payment file: parsed without DTD nor external entity and validated against its
 * schema in {@code mappings/formats}. Thread-safe.
 */
public final class Pain002Reader {

    /** The versions read, by namespace. */
    static final List<String> VERSIONS = List.of("pain.002.001.03", "pain.002.001.10");
    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** Whether {@code namespace} is that of a pain.002 status report, of any version. */
    public static boolean isStatusReport(String namespace) {
        return namespace != null && namespace.startsWith(NAMESPACE_PREFIX + "pain.002.");
    }

    /** Whether {@code content} is a pain.002 status report, of any version (the namespace of its root). */
    public static boolean isStatusReport(byte[] content) {
        try {
            return isStatusReport(Iso20022Xml.rootNamespace(Iso20022Xml.reader(new ByteArrayInputStream(content))));
        } catch (SepaFormatException e) {
            return false;
        }
    }

    /**
     * The report in {@code content}.
     *
     * @throws SepaFormatException when it is not well-formed, carries a DOCTYPE, or is not a valid pain.002 of a
     *                             version read here
     */
    public PaymentStatusReport read(byte[] content) {
        String namespace = Iso20022Xml.rootNamespace(Iso20022Xml.reader(new ByteArrayInputStream(content)));
        String version = namespace.startsWith(NAMESPACE_PREFIX) ? namespace.substring(NAMESPACE_PREFIX.length())
                : namespace;
        if (!VERSIONS.contains(version)) {
            throw new SepaFormatException("not a pain.002 status report of a version read here ("
                    + String.join(", ", VERSIONS) + "): its namespace is '" + namespace + "'");
        }
        Schema schema = SCHEMAS.computeIfAbsent(version, v -> Iso20022Xml.schema(v + ".xsd"));
        Iso20022Xml.validate(schema, version + ".xsd",
                new StAXSource(Iso20022Xml.reader(new ByteArrayInputStream(content))));
        Element report = CamtDocuments.child(Iso20022Xml.dom(content).getDocumentElement(), "CstmrPmtStsRpt");
        Element group = CamtDocuments.child(report, "OrgnlGrpInfAndSts");
        List<PaymentStatusReport.BlockStatus> blocks = new ArrayList<>();
        for (Element block : CamtDocuments.children(report, "OrgnlPmtInfAndSts")) {
            List<PaymentStatusReport.TransactionStatus> transactions = new ArrayList<>();
            for (Element transaction : CamtDocuments.children(block, "TxInfAndSts")) {
                transactions.add(new PaymentStatusReport.TransactionStatus(
                        CamtDocuments.text(transaction, "OrgnlEndToEndId"), CamtDocuments.text(transaction, "TxSts"),
                        reason(transaction)));
            }
            blocks.add(new PaymentStatusReport.BlockStatus(CamtDocuments.text(block, "OrgnlPmtInfId"),
                    CamtDocuments.text(block, "PmtInfSts"), reason(block), transactions));
        }
        return new PaymentStatusReport(version, CamtDocuments.text(CamtDocuments.child(report, "GrpHdr"), "MsgId"),
                CamtDocuments.text(group, "OrgnlMsgId"), CamtDocuments.text(group, "GrpSts"), reason(group), blocks);
    }

    /** The first reason code ({@code StsRsnInf/Rsn/Cd}, else {@code Prtry}) of a status, or {@code null}. */
    private static String reason(Element status) {
        for (Element information : CamtDocuments.children(status, "StsRsnInf")) {
            Element reason = CamtDocuments.child(information, "Rsn");
            String code = CamtDocuments.text(reason, "Cd");
            if (code != null) {
                return code;
            }
            String proprietary = CamtDocuments.text(reason, "Prtry");
            if (proprietary != null) {
                return proprietary;
            }
        }
        return null;
    }
}
