package be.psygate.payments.sepa;

import be.psygate.identity.Iban;
import be.psygate.payments.sepa.pain001.CreditTransferTransactionInformation10;
import be.psygate.payments.sepa.pain001.CustomerCreditTransferInitiationV03;
import be.psygate.payments.sepa.pain001.Document;
import be.psygate.payments.sepa.pain001.FinancialInstitutionIdentification7;
import be.psygate.payments.sepa.pain001.GroupHeader32;
import be.psygate.payments.sepa.pain001.ObjectFactory;
import be.psygate.payments.sepa.pain001.PaymentInstructionInformation3;
import be.psygate.payments.sepa.pain001.RemittanceInformation5;
import jakarta.xml.bind.JAXBContext;

import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ISO 20022 pain.001.001.03 document back into a {@link CreditTransferBatch}: what the tests check and
 * what the simulated bank executes. The document is parsed without DTD nor external entity and validated against
 * {@value Pain001Writer#SCHEMA}; it must hold one payment information block of euro transfers by IBAN, whose number
 * of transactions and control sum (group header and block) match the transfers. Thread-safe.
 */
public final class Pain001Reader {

    /** The namespace of pain.001.001.03. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private final Schema schema = Iso20022Xml.schema(Pain001Writer.SCHEMA);
    private final JAXBContext context = Iso20022Xml.context(ObjectFactory.class);

    /**
     * The batch in {@code in}, which is left open.
     *
     * @throws SepaFormatException when the document is not well-formed, carries a DOCTYPE, is not a valid
     *                             pain.001.001.03, or is not consistent
     */
    public CreditTransferBatch read(InputStream in) {
        XMLStreamReader reader = Iso20022Xml.reader(in);
        String namespace = Iso20022Xml.rootNamespace(reader);
        if (!NAMESPACE.equals(namespace)) {
            throw new SepaFormatException("not a pain.001.001.03 document: its namespace is '" + namespace + "'");
        }
        Document document = Iso20022Xml.unmarshal(context, schema, Pain001Writer.SCHEMA, reader, Document.class);
        return batch(document.getCstmrCdtTrfInitn());
    }

    private static CreditTransferBatch batch(CustomerCreditTransferInitiationV03 initiation) {
        GroupHeader32 header = initiation.getGrpHdr();
        if (initiation.getPmtInf().size() != 1) {
            throw new SepaFormatException("message " + header.getMsgId() + " has " + initiation.getPmtInf().size()
                    + " payment information blocks; one is read");
        }
        PaymentInstructionInformation3 payment = initiation.getPmtInf().get(0);
        List<CreditTransfer> transfers = new ArrayList<>();
        try {
            for (CreditTransferTransactionInformation10 transaction : payment.getCdtTrfTxInf()) {
                transfers.add(transfer(transaction));
            }
            Debtor debtor = new Debtor(payment.getDbtr().getNm(), iban(payment.getDbtrAcct().getId().getIBAN()),
                    bic(payment.getDbtrAgt().getFinInstnId()));
            CreditTransferBatch batch = new CreditTransferBatch(header.getMsgId(),
                    XmlDates.localDateTime(header.getCreDtTm()), debtor, XmlDates.localDate(payment.getReqdExctnDt()),
                    transfers, !Boolean.FALSE.equals(payment.isBtchBookg()));
            checkTotals("the group header", header.getNbOfTxs(), header.getCtrlSum(), batch);
            checkTotals("the payment information block", payment.getNbOfTxs(), payment.getCtrlSum(), batch);
            return batch;
        } catch (SepaFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SepaFormatException("message " + header.getMsgId() + ": " + e.getMessage(), e);
        }
    }

    private static CreditTransfer transfer(CreditTransferTransactionInformation10 transaction) {
        String id = transaction.getPmtId().getEndToEndId();
        if (transaction.getAmt().getInstdAmt() == null) {
            throw new SepaFormatException("transfer " + id + " has no instructed amount");
        }
        String currency = transaction.getAmt().getInstdAmt().getCcy();
        if (!SepaAmounts.EURO.equals(currency)) {
            throw new SepaFormatException("transfer " + id + " is in " + currency + "; SEPA transfers are in EUR");
        }
        if (transaction.getCdtr() == null || transaction.getCdtrAcct() == null) {
            throw new SepaFormatException("transfer " + id + " has no creditor or no creditor account");
        }
        RemittanceInformation5 remittance = transaction.getRmtInf();
        String text = remittance == null || remittance.getUstrd().isEmpty() ? null
                : String.join(" ", remittance.getUstrd());
        return new CreditTransfer(id, transaction.getCdtr().getNm(),
                iban(transaction.getCdtrAcct().getId().getIBAN()), transaction.getAmt().getInstdAmt().getValue(),
                text);
    }

    private static Iban iban(String value) {
        if (value == null) {
            throw new SepaFormatException("an account is not given by IBAN");
        }
        return new Iban(value);
    }

    private static Bic bic(FinancialInstitutionIdentification7 institution) {
        return institution.getBIC() == null ? null : new Bic(institution.getBIC());
    }

    private static void checkTotals(String where, String count, BigDecimal controlSum, CreditTransferBatch batch) {
        if (!Integer.toString(batch.numberOfTransactions()).equals(count)) {
            throw new SepaFormatException("the number of transactions of " + where + " is " + count + " but "
                    + batch.numberOfTransactions() + " transfers are listed");
        }
        if (controlSum != null && controlSum.compareTo(batch.controlSum()) != 0) {
            throw new SepaFormatException("the control sum of " + where + " is " + controlSum.toPlainString()
                    + " but the transfers add up to " + batch.controlSum().toPlainString());
        }
    }
}
