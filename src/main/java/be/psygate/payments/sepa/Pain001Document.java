package be.psygate.payments.sepa;

import be.psygate.identity.Iban;
import be.psygate.payments.sepa.pain001.AccountIdentification4Choice;
import be.psygate.payments.sepa.pain001.ActiveOrHistoricCurrencyAndAmount;
import be.psygate.payments.sepa.pain001.AmountType3Choice;
import be.psygate.payments.sepa.pain001.BranchAndFinancialInstitutionIdentification4;
import be.psygate.payments.sepa.pain001.CashAccount16;
import be.psygate.payments.sepa.pain001.ChargeBearerType1Code;
import be.psygate.payments.sepa.pain001.CreditTransferTransactionInformation10;
import be.psygate.payments.sepa.pain001.CustomerCreditTransferInitiationV03;
import be.psygate.payments.sepa.pain001.Document;
import be.psygate.payments.sepa.pain001.FinancialInstitutionIdentification7;
import be.psygate.payments.sepa.pain001.GenericFinancialIdentification1;
import be.psygate.payments.sepa.pain001.GroupHeader32;
import be.psygate.payments.sepa.pain001.PartyIdentification32;
import be.psygate.payments.sepa.pain001.PaymentIdentification1;
import be.psygate.payments.sepa.pain001.PaymentInstructionInformation3;
import be.psygate.payments.sepa.pain001.PaymentMethod3Code;
import be.psygate.payments.sepa.pain001.PaymentTypeInformation19;
import be.psygate.payments.sepa.pain001.RemittanceInformation5;
import be.psygate.payments.sepa.pain001.ServiceLevel8Choice;

/**
 * A {@link CreditTransferBatch} as a pain.001.001.03 document with the SEPA usage rules: one payment information
 * block (its id is the message id) paying by transfer ({@code TRF}) at the {@code SEPA} service level, charges
 * shared ({@code SLEV}), amounts in euros, the number of transactions and the control sum in the group header and
 * in the block, batch booking as the batch says ({@code BtchBookg}), names (70 characters) and remittance
 * information (140) transliterated to the SEPA Latin set and clipped to their length. The creditor's bank is not
 * given ("IBAN only"); the debtor's is {@code NOTPROVIDED} when its BIC is unknown.
 */
final class Pain001Document {

    private static final String SERVICE_LEVEL = "SEPA";
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private Pain001Document() {
    }

    /**
     * The document of {@code batch}.
     *
     * @throws SepaFormatException when a name has no character of the SEPA Latin set
     */
    static Document of(CreditTransferBatch batch) {
        String count = Integer.toString(batch.numberOfTransactions());
        Debtor debtor = batch.debtor();

        GroupHeader32 header = new GroupHeader32();
        header.setMsgId(batch.messageId());
        header.setCreDtTm(XmlDates.dateTime(batch.created()));
        header.setNbOfTxs(count);
        header.setCtrlSum(batch.controlSum());
        header.setInitgPty(party(latin("the debtor's name", debtor.name(), Debtor.MAX_NAME)));

        PaymentInstructionInformation3 payment = new PaymentInstructionInformation3();
        payment.setPmtInfId(batch.messageId());
        payment.setPmtMtd(PaymentMethod3Code.TRF);
        payment.setBtchBookg(batch.batchBooking());
        payment.setNbOfTxs(count);
        payment.setCtrlSum(batch.controlSum());
        PaymentTypeInformation19 type = new PaymentTypeInformation19();
        ServiceLevel8Choice serviceLevel = new ServiceLevel8Choice();
        serviceLevel.setCd(SERVICE_LEVEL);
        type.setSvcLvl(serviceLevel);
        payment.setPmtTpInf(type);
        payment.setReqdExctnDt(XmlDates.date(batch.executionDate()));
        payment.setDbtr(party(latin("the debtor's name", debtor.name(), Debtor.MAX_NAME)));
        payment.setDbtrAcct(account(debtor.iban()));
        payment.setDbtrAgt(bank(debtor.bic()));
        payment.setChrgBr(ChargeBearerType1Code.SLEV);
        for (CreditTransfer transfer : batch.transfers()) {
            payment.getCdtTrfTxInf().add(transaction(transfer));
        }

        CustomerCreditTransferInitiationV03 initiation = new CustomerCreditTransferInitiationV03();
        initiation.setGrpHdr(header);
        initiation.getPmtInf().add(payment);
        Document document = new Document();
        document.setCstmrCdtTrfInitn(initiation);
        return document;
    }

    private static CreditTransferTransactionInformation10 transaction(CreditTransfer transfer) {
        String id = transfer.endToEndId();
        CreditTransferTransactionInformation10 transaction = new CreditTransferTransactionInformation10();
        PaymentIdentification1 paymentId = new PaymentIdentification1();
        paymentId.setEndToEndId(id);
        transaction.setPmtId(paymentId);
        ActiveOrHistoricCurrencyAndAmount instructed = new ActiveOrHistoricCurrencyAndAmount();
        instructed.setCcy(SepaAmounts.EURO);
        instructed.setValue(transfer.amount());
        AmountType3Choice amount = new AmountType3Choice();
        amount.setInstdAmt(instructed);
        transaction.setAmt(amount);
        transaction.setCdtr(party(latin("the creditor's name of " + id, transfer.creditorName(), Debtor.MAX_NAME)));
        transaction.setCdtrAcct(account(transfer.creditorIban()));
        String remittance = latin("the remittance information of " + id, transfer.remittanceInformation(),
                CreditTransfer.MAX_REMITTANCE);
        if (remittance != null) {
            RemittanceInformation5 information = new RemittanceInformation5();
            information.getUstrd().add(remittance);
            transaction.setRmtInf(information);
        }
        return transaction;
    }

    /**
     * {@code text} in the SEPA Latin set ({@link SepaText#transliterate}), clipped to {@code maxLength}
     * characters; {@code null} stays {@code null}.
     *
     * @throws SepaFormatException when nothing of it is left in the Latin set
     */
    private static String latin(String what, String text, int maxLength) {
        String latin = SepaText.blankToNull(SepaText.transliterate(text));
        if (text != null && latin == null) {
            throw new SepaFormatException(what + " has no character of the SEPA Latin set");
        }
        return latin == null || latin.length() <= maxLength ? latin : latin.substring(0, maxLength).strip();
    }

    private static PartyIdentification32 party(String name) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(name);
        return party;
    }

    private static CashAccount16 account(Iban iban) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(iban.value());
        CashAccount16 account = new CashAccount16();
        account.setId(id);
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification4 bank(Bic bic) {
        FinancialInstitutionIdentification7 institution = new FinancialInstitutionIdentification7();
        if (bic != null) {
            institution.setBIC(bic.value());
        } else {
            GenericFinancialIdentification1 other = new GenericFinancialIdentification1();
            other.setId(NOT_PROVIDED);
            institution.setOthr(other);
        }
        BranchAndFinancialInstitutionIdentification4 bank = new BranchAndFinancialInstitutionIdentification4();
        bank.setFinInstnId(institution);
        return bank;
    }
}
