package be.psygate.payments.sepa;

import be.psygate.identity.Iban;
import be.psygate.payments.sepa.pain001v09.AccountIdentification4Choice;
import be.psygate.payments.sepa.pain001v09.ActiveOrHistoricCurrencyAndAmount;
import be.psygate.payments.sepa.pain001v09.AmountType4Choice;
import be.psygate.payments.sepa.pain001v09.BranchAndFinancialInstitutionIdentification6;
import be.psygate.payments.sepa.pain001v09.CashAccount38;
import be.psygate.payments.sepa.pain001v09.ChargeBearerType1Code;
import be.psygate.payments.sepa.pain001v09.CreditTransferTransaction34;
import be.psygate.payments.sepa.pain001v09.CustomerCreditTransferInitiationV09;
import be.psygate.payments.sepa.pain001v09.DateAndDateTime2Choice;
import be.psygate.payments.sepa.pain001v09.Document;
import be.psygate.payments.sepa.pain001v09.FinancialInstitutionIdentification18;
import be.psygate.payments.sepa.pain001v09.GenericFinancialIdentification1;
import be.psygate.payments.sepa.pain001v09.GroupHeader85;
import be.psygate.payments.sepa.pain001v09.PartyIdentification135;
import be.psygate.payments.sepa.pain001v09.PaymentIdentification6;
import be.psygate.payments.sepa.pain001v09.PaymentInstruction30;
import be.psygate.payments.sepa.pain001v09.PaymentMethod3Code;
import be.psygate.payments.sepa.pain001v09.PaymentTypeInformation26;
import be.psygate.payments.sepa.pain001v09.RemittanceInformation16;
import be.psygate.payments.sepa.pain001v09.ServiceLevel8Choice;

/**
 * A {@link CreditTransferBatch} as a pain.001.001.09 document, with the same SEPA usage rules as
 * {@link Pain001Document} (one payment block, {@code TRF}, {@code SEPA}, {@code SLEV}, euros, batch booking, names
 * and remittance transliterated and clipped); what changed in 2019 is only the form: the execution date is a
 * choice ({@code ReqdExctnDt/Dt}) and a bank is named by {@code BICFI}.
 */
final class Pain001Document09 {

    private Pain001Document09() {
    }

    static Document of(CreditTransferBatch batch) {
        String count = Integer.toString(batch.numberOfTransactions());
        Debtor debtor = batch.debtor();
        String debtorName = Pain001Document.latin("the debtor's name", debtor.name(), Debtor.MAX_NAME);

        GroupHeader85 header = new GroupHeader85();
        header.setMsgId(batch.messageId());
        header.setCreDtTm(XmlDates.dateTime(batch.created()));
        header.setNbOfTxs(count);
        header.setCtrlSum(batch.controlSum());
        header.setInitgPty(party(debtorName));

        PaymentInstruction30 payment = new PaymentInstruction30();
        payment.setPmtInfId(batch.messageId());
        payment.setPmtMtd(PaymentMethod3Code.TRF);
        payment.setBtchBookg(batch.batchBooking());
        payment.setNbOfTxs(count);
        payment.setCtrlSum(batch.controlSum());
        PaymentTypeInformation26 type = new PaymentTypeInformation26();
        ServiceLevel8Choice serviceLevel = new ServiceLevel8Choice();
        serviceLevel.setCd(Pain001Document.SERVICE_LEVEL);
        type.getSvcLvl().add(serviceLevel);
        payment.setPmtTpInf(type);
        DateAndDateTime2Choice execution = new DateAndDateTime2Choice();
        execution.setDt(XmlDates.date(batch.executionDate()));
        payment.setReqdExctnDt(execution);
        payment.setDbtr(party(debtorName));
        payment.setDbtrAcct(account(debtor.iban()));
        payment.setDbtrAgt(bank(debtor.bic()));
        payment.setChrgBr(ChargeBearerType1Code.SLEV);
        for (CreditTransfer transfer : batch.transfers()) {
            payment.getCdtTrfTxInf().add(transaction(transfer));
        }

        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09();
        initiation.setGrpHdr(header);
        initiation.getPmtInf().add(payment);
        Document document = new Document();
        document.setCstmrCdtTrfInitn(initiation);
        return document;
    }

    private static CreditTransferTransaction34 transaction(CreditTransfer transfer) {
        String id = transfer.endToEndId();
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34();
        PaymentIdentification6 paymentId = new PaymentIdentification6();
        paymentId.setEndToEndId(id);
        transaction.setPmtId(paymentId);
        ActiveOrHistoricCurrencyAndAmount instructed = new ActiveOrHistoricCurrencyAndAmount();
        instructed.setCcy(SepaAmounts.EURO);
        instructed.setValue(transfer.amount());
        AmountType4Choice amount = new AmountType4Choice();
        amount.setInstdAmt(instructed);
        transaction.setAmt(amount);
        transaction.setCdtr(party(Pain001Document.latin("the creditor's name of " + id, transfer.creditorName(),
                Debtor.MAX_NAME)));
        transaction.setCdtrAcct(account(transfer.creditorIban()));
        String remittance = Pain001Document.latin("the remittance information of " + id,
                transfer.remittanceInformation(), CreditTransfer.MAX_REMITTANCE);
        if (remittance != null) {
            RemittanceInformation16 information = new RemittanceInformation16();
            information.getUstrd().add(remittance);
            transaction.setRmtInf(information);
        }
        return transaction;
    }

    private static PartyIdentification135 party(String name) {
        PartyIdentification135 party = new PartyIdentification135();
        party.setNm(name);
        return party;
    }

    private static CashAccount38 account(Iban iban) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(iban.value());
        CashAccount38 account = new CashAccount38();
        account.setId(id);
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification6 bank(Bic bic) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (bic != null) {
            institution.setBICFI(bic.value());
        } else {
            GenericFinancialIdentification1 other = new GenericFinancialIdentification1();
            other.setId(Pain001Document.NOT_PROVIDED);
            institution.setOthr(other);
        }
        BranchAndFinancialInstitutionIdentification6 bank = new BranchAndFinancialInstitutionIdentification6();
        bank.setFinInstnId(institution);
        return bank;
    }
}
