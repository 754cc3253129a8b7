package be.psygate.payments.sepa;

import be.psygate.payments.sepa.camt054.AccountIdentification4Choice;
import be.psygate.payments.sepa.camt054.AccountNotification2;
import be.psygate.payments.sepa.camt054.ActiveOrHistoricCurrencyAndAmount;
import be.psygate.payments.sepa.camt054.BankToCustomerDebitCreditNotificationV02;
import be.psygate.payments.sepa.camt054.BankTransactionCodeStructure4;
import be.psygate.payments.sepa.camt054.BankTransactionCodeStructure5;
import be.psygate.payments.sepa.camt054.BankTransactionCodeStructure6;
import be.psygate.payments.sepa.camt054.CashAccount20;
import be.psygate.payments.sepa.camt054.CreditDebitCode;
import be.psygate.payments.sepa.camt054.CreditorReferenceInformation2;
import be.psygate.payments.sepa.camt054.CreditorReferenceType1Choice;
import be.psygate.payments.sepa.camt054.CreditorReferenceType2;
import be.psygate.payments.sepa.camt054.DateAndDateTimeChoice;
import be.psygate.payments.sepa.camt054.Document;
import be.psygate.payments.sepa.camt054.DocumentType3Code;
import be.psygate.payments.sepa.camt054.EntryDetails1;
import be.psygate.payments.sepa.camt054.EntryStatus2Code;
import be.psygate.payments.sepa.camt054.EntryTransaction2;
import be.psygate.payments.sepa.camt054.GroupHeader42;
import be.psygate.payments.sepa.camt054.PartyIdentification32;
import be.psygate.payments.sepa.camt054.RemittanceInformation5;
import be.psygate.payments.sepa.camt054.ReportEntry2;
import be.psygate.payments.sepa.camt054.StructuredRemittanceInformation7;
import be.psygate.payments.sepa.camt054.TransactionParty2;
import be.psygate.payments.sepa.camt054.TransactionReferences2;

import java.time.LocalDate;

/**
 * {@link AccountCredits} as a camt.054.001.02 notification: one notification on the account, one booked euro
 * credit entry per credit, coded as a received SEPA credit transfer ({@code PMNT/RCDT/ESCT}), with one transaction
 * that carries the end-to-end id ({@code NOTPROVIDED} when unknown), the debtor's name and the remittance: a
 * structured creditor reference ({@code SCOR}) when it is one (see {@link CreditorReference}), else free text.
 */
final class Camt054Document {

    private Camt054Document() {
    }

    static Document of(AccountCredits report) {
        GroupHeader42 header = new GroupHeader42();
        header.setMsgId(report.messageId());
        header.setCreDtTm(XmlDates.dateTime(report.created()));

        BankToCustomerDebitCreditNotificationV02 message = new BankToCustomerDebitCreditNotificationV02();
        message.setGrpHdr(header);
        message.getNtfctn().add(notification(report));
        Document document = new Document();
        document.setBkToCstmrDbtCdtNtfctn(message);
        return document;
    }

    /** The one notification: the account, its currency, and one entry per credit. */
    private static AccountNotification2 notification(AccountCredits report) {
        AccountIdentification4Choice id = new AccountIdentification4Choice();
        id.setIBAN(report.account().value());
        CashAccount20 account = new CashAccount20();
        account.setId(id);
        account.setCcy(SepaAmounts.EURO);

        AccountNotification2 notification = new AccountNotification2();
        notification.setId(report.messageId());
        notification.setCreDtTm(XmlDates.dateTime(report.created()));
        notification.setAcct(account);
        for (BankCredit credit : report.credits()) {
            notification.getNtry().add(entry(credit));
        }
        return notification;
    }

    private static ReportEntry2 entry(BankCredit credit) {
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setCcy(SepaAmounts.EURO);
        amount.setValue(credit.amount());
        ReportEntry2 entry = new ReportEntry2();
        entry.setAmt(amount);
        entry.setCdtDbtInd(CreditDebitCode.CRDT);
        entry.setSts(EntryStatus2Code.BOOK);
        entry.setBookgDt(date(credit.bookingDate()));
        entry.setValDt(date(credit.bookingDate()));
        entry.setBkTxCd(receivedSepaTransfer());
        EntryDetails1 details = new EntryDetails1();
        details.getTxDtls().add(transaction(credit));
        entry.getNtryDtls().add(details);
        return entry;
    }

    private static EntryTransaction2 transaction(BankCredit credit) {
        EntryTransaction2 transaction = new EntryTransaction2();
        TransactionReferences2 references = new TransactionReferences2();
        references.setEndToEndId(credit.endToEndId() != null ? credit.endToEndId() : CreditEntries.NOT_PROVIDED);
        transaction.setRefs(references);
        if (credit.debtorName() != null) {
            PartyIdentification32 debtor = new PartyIdentification32();
            debtor.setNm(credit.debtorName());
            TransactionParty2 parties = new TransactionParty2();
            parties.setDbtr(debtor);
            transaction.setRltdPties(parties);
        }
        if (credit.remittance() != null) {
            transaction.setRmtInf(remittance(credit.remittance()));
        }
        return transaction;
    }

    private static RemittanceInformation5 remittance(String text) {
        RemittanceInformation5 remittance = new RemittanceInformation5();
        String issuer = CreditorReference.issuer(text);
        if (issuer == null) {
            remittance.getUstrd().add(text);
            return remittance;
        }
        CreditorReferenceType1Choice code = new CreditorReferenceType1Choice();
        code.setCd(DocumentType3Code.SCOR);
        CreditorReferenceType2 type = new CreditorReferenceType2();
        type.setCdOrPrtry(code);
        type.setIssr(issuer);
        CreditorReferenceInformation2 reference = new CreditorReferenceInformation2();
        reference.setTp(type);
        reference.setRef(text);
        StructuredRemittanceInformation7 structured = new StructuredRemittanceInformation7();
        structured.setCdtrRefInf(reference);
        remittance.getStrd().add(structured);
        return remittance;
    }

    private static BankTransactionCodeStructure4 receivedSepaTransfer() {
        BankTransactionCodeStructure6 family = new BankTransactionCodeStructure6();
        family.setCd("RCDT");
        family.setSubFmlyCd("ESCT");
        BankTransactionCodeStructure5 domain = new BankTransactionCodeStructure5();
        domain.setCd("PMNT");
        domain.setFmly(family);
        BankTransactionCodeStructure4 code = new BankTransactionCodeStructure4();
        code.setDomn(domain);
        return code;
    }

    private static DateAndDateTimeChoice date(LocalDate date) {
        DateAndDateTimeChoice choice = new DateAndDateTimeChoice();
        choice.setDt(XmlDates.date(date));
        return choice;
    }
}
