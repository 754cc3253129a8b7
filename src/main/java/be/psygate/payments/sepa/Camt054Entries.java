package be.psygate.payments.sepa;

import be.psygate.payments.sepa.camt054.AccountNotification2;
import be.psygate.payments.sepa.camt054.ActiveOrHistoricCurrencyAndAmount;
import be.psygate.payments.sepa.camt054.AmountAndCurrencyExchange3;
import be.psygate.payments.sepa.camt054.CashAccount20;
import be.psygate.payments.sepa.camt054.CreditDebitCode;
import be.psygate.payments.sepa.camt054.DateAndDateTimeChoice;
import be.psygate.payments.sepa.camt054.Document;
import be.psygate.payments.sepa.camt054.EntryDetails1;
import be.psygate.payments.sepa.camt054.EntryStatus2Code;
import be.psygate.payments.sepa.camt054.EntryTransaction2;
import be.psygate.payments.sepa.camt054.RemittanceInformation5;
import be.psygate.payments.sepa.camt054.ReportEntry2;
import be.psygate.payments.sepa.camt054.StructuredRemittanceInformation7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The entries of a camt.054.001.02 debit/credit notification. */
final class Camt054Entries {

    private Camt054Entries() {
    }

    static List<CamtEntry> of(Document document) {
        List<CamtEntry> entries = new ArrayList<>();
        for (AccountNotification2 notification : document.getBkToCstmrDbtCdtNtfctn().getNtfctn()) {
            int number = 0;
            for (ReportEntry2 entry : notification.getNtry()) {
                number++;
                entries.add(entry("notification " + notification.getId() + ", entry " + number, account(notification.getAcct()), entry));
            }
        }
        return entries;
    }

    /** Who each statement of the document is: its account, its id and its electronic sequence number. */
    static List<StatementIdentity> identities(Document document) {
        List<StatementIdentity> ids = new ArrayList<>();
        for (AccountNotification2 notification : document.getBkToCstmrDbtCdtNtfctn().getNtfctn()) {
            ids.add(new StatementIdentity(account(notification.getAcct()), notification.getId(),
                    notification.getElctrncSeqNb() == null ? null : notification.getElctrncSeqNb().toPlainString()));
        }
        return ids;
    }

    private static String account(CashAccount20 account) {
        if (account == null || account.getId() == null) {
            return null;
        }
        if (account.getId().getIBAN() != null) {
            return account.getId().getIBAN();
        }
        return account.getId().getOthr() == null ? null : account.getId().getOthr().getId();
    }

    private static CamtEntry entry(String label, String account, ReportEntry2 entry) {
        List<CamtEntry.Transaction> transactions = new ArrayList<>();
        for (EntryDetails1 details : entry.getNtryDtls()) {
            for (EntryTransaction2 transaction : details.getTxDtls()) {
                transactions.add(transaction(transaction));
            }
        }
        return new CamtEntry(label, account, entry.getAmt().getValue(), entry.getAmt().getCcy(),
                entry.getCdtDbtInd() == CreditDebitCode.CRDT, entry.getSts() == EntryStatus2Code.BOOK,
                Boolean.TRUE.equals(entry.isRvslInd()), date(entry.getBookgDt()), date(entry.getValDt()),
                entry.getAcctSvcrRef(), entry.getAddtlNtryInf(), transactions);
    }

    private static CamtEntry.Transaction transaction(EntryTransaction2 transaction) {
        ActiveOrHistoricCurrencyAndAmount amount = amount(transaction.getAmtDtls());
        String debtor = transaction.getRltdPties() == null || transaction.getRltdPties().getDbtr() == null ? null
                : transaction.getRltdPties().getDbtr().getNm();
        RemittanceInformation5 remittance = transaction.getRmtInf();
        List<String> unstructured = remittance == null ? List.of() : remittance.getUstrd();
        String reference = null;
        if (remittance != null) {
            for (StructuredRemittanceInformation7 structured : remittance.getStrd()) {
                if (reference == null && structured.getCdtrRefInf() != null) {
                    reference = structured.getCdtrRefInf().getRef();
                }
            }
        }
        String endToEndId = transaction.getRefs() == null ? null : transaction.getRefs().getEndToEndId();
        return new CamtEntry.Transaction(amount == null ? null : amount.getValue(),
                amount == null ? null : amount.getCcy(), debtor, unstructured, reference, endToEndId);
    }

    private static ActiveOrHistoricCurrencyAndAmount amount(AmountAndCurrencyExchange3 details) {
        if (details == null) {
            return null;
        }
        if (details.getTxAmt() != null) {
            return details.getTxAmt().getAmt();
        }
        return details.getInstdAmt() == null ? null : details.getInstdAmt().getAmt();
    }

    private static LocalDate date(DateAndDateTimeChoice choice) {
        if (choice == null) {
            return null;
        }
        return choice.getDt() != null ? XmlDates.localDate(choice.getDt()) : XmlDates.localDate(choice.getDtTm());
    }
}
