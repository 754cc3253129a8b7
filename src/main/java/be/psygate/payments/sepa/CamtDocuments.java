package be.psygate.payments.sepa;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of every camt.053 and camt.054 version the gateway knows ({@link CamtVersion}): the document,
 * already validated against its schema, is walked by element names, which these versions share. Where they differ,
 * both forms are read: the entry status is a code ({@code <Sts>BOOK</Sts>}, up to {@code .06}) or a choice
 * ({@code <Sts><Cd>BOOK</Cd></Sts>}, from {@code .07}); the debtor is a party ({@code Dbtr/Nm}) or a choice
 * ({@code Dbtr/Pty/Nm}, from {@code .07}); a transaction's amount is its own {@code Amt} (from {@code .03}) or its
 * amount details ({@code AmtDtls/TxAmt}, else {@code AmtDtls/InstdAmt}).
 */
final class CamtDocuments {

    private CamtDocuments() {
    }

    /** The statements (camt.053) or notifications (camt.054) of {@code document}, in order. */
    private static List<Element> statements(Element document, CamtVersion version) {
        boolean statement = version.message() == BankStatement.CamtMessage.CAMT_053;
        Element message = child(document, statement ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn");
        return children(message, statement ? "Stmt" : "Ntfctn");
    }

    /** Who each statement of the document is: its account, its id and its electronic sequence number. */
    static List<StatementIdentity> identities(Element document, CamtVersion version) {
        List<StatementIdentity> ids = new ArrayList<>();
        for (Element statement : statements(document, version)) {
            ids.add(new StatementIdentity(account(statement), text(statement, "Id"),
                    number(text(statement, "ElctrncSeqNb"))));
        }
        return ids;
    }

    /** Every entry of every statement of the document, in order. */
    static List<CamtEntry> entries(Element document, CamtVersion version) {
        String kind = version.message() == BankStatement.CamtMessage.CAMT_053 ? "statement " : "notification ";
        List<CamtEntry> entries = new ArrayList<>();
        for (Element statement : statements(document, version)) {
            String account = account(statement);
            int number = 0;
            for (Element entry : children(statement, "Ntry")) {
                number++;
                entries.add(entry(kind + text(statement, "Id") + ", entry " + number, account, entry));
            }
        }
        return entries;
    }

    private static String account(Element statement) {
        Element id = child(child(statement, "Acct"), "Id");
        String iban = text(id, "IBAN");
        return iban != null ? iban : text(child(id, "Othr"), "Id");
    }

    private static CamtEntry entry(String label, String account, Element entry) {
        Element amount = child(entry, "Amt");
        List<CamtEntry.Transaction> transactions = new ArrayList<>();
        for (Element details : children(entry, "NtryDtls")) {
            for (Element transaction : children(details, "TxDtls")) {
                transactions.add(transaction(transaction));
            }
        }
        return new CamtEntry(label, account, new BigDecimal(amount.getTextContent().strip()),
                amount.getAttribute("Ccy"), "CRDT".equals(text(entry, "CdtDbtInd")),
                "BOOK".equals(code(child(entry, "Sts"))), "true".equals(text(entry, "RvslInd")),
                date(child(entry, "BookgDt")), date(child(entry, "ValDt")), text(entry, "AcctSvcrRef"),
                text(entry, "AddtlNtryInf"), transactions);
    }

    private static CamtEntry.Transaction transaction(Element transaction) {
        Element amount = child(transaction, "Amt");
        if (amount == null) {
            Element details = child(transaction, "AmtDtls");
            Element instructed = child(details, "TxAmt") != null ? child(details, "TxAmt")
                    : child(details, "InstdAmt");
            amount = child(instructed, "Amt");
        }
        Element debtor = child(child(transaction, "RltdPties"), "Dbtr");
        String debtorName = text(debtor, "Nm") != null ? text(debtor, "Nm") : text(child(debtor, "Pty"), "Nm");
        Element remittance = child(transaction, "RmtInf");
        List<String> unstructured = new ArrayList<>();
        String reference = null;
        for (Element line : children(remittance, "Ustrd")) {
            unstructured.add(line.getTextContent());
        }
        for (Element structured : children(remittance, "Strd")) {
            String ref = text(child(structured, "CdtrRefInf"), "Ref");
            if (reference == null && ref != null) {
                reference = ref;
            }
        }
        Element returned = child(transaction, "RtrInf");
        String returnReason = null;
        if (returned != null) {
            Element reason = child(returned, "Rsn");
            returnReason = reason == null ? CamtEntry.UNKNOWN_RETURN_REASON : code(reason);
        }
        return new CamtEntry.Transaction(amount == null ? null : new BigDecimal(amount.getTextContent().strip()),
                amount == null ? null : amount.getAttribute("Ccy"), debtorName, unstructured, reference,
                text(child(transaction, "Refs"), "EndToEndId"), returnReason);
    }

    /** A code or its choice: the text of the element, else of its {@code Cd}, else of its {@code Prtry}. */
    private static String code(Element element) {
        if (element == null) {
            return null;
        }
        String cd = text(element, "Cd");
        if (cd != null) {
            return cd;
        }
        String proprietary = text(element, "Prtry");
        return proprietary != null ? proprietary : SepaText.blankToNull(element.getTextContent());
    }

    private static LocalDate date(Element choice) {
        if (choice == null) {
            return null;
        }
        String date = text(choice, "Dt");
        return XmlDates.localDate(date != null ? date : text(choice, "DtTm"));
    }

    private static String number(String value) {
        return value == null ? null : new BigDecimal(value).toPlainString();
    }

    /** The first child element of {@code parent} named {@code name}, or {@code null} (also for a null parent). */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The child elements of {@code parent} named {@code name}, in order (none for a null parent). */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                out.add(element);
            }
        }
        return out;
    }

    /** The stripped text of the child {@code name} of {@code parent}, or {@code null} when absent or blank. */
    static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : SepaText.blankToNull(element.getTextContent());
    }
}
