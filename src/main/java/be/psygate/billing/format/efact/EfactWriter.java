package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.Sender;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.money.Amounts;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes one batch as an eFact sending, in the order of the public layout: segment 200, segment 300, record 10; per
 * patient's invoice a 20, a 50 per session and an 80 (invoices grouped by mutuality); the 90 of the sending; a 95
 * per mutuality; the 96. Every part is rendered by Bindy ({@link RecordCodec}) and written right after the previous
 * one, with no line separator. One instance writes one file. A session whose record 50 cannot be written is named
 * in the exception ({@link InvoiceFormatException#sessionId()}), so that billing can send the batch without it.
 */
final class EfactWriter {

    private static final int MAX_SEQUENCE = 999_999;
    private static final long MAX_SESSION_ID = 999_999_999_999L;
    /** The most digits of a batch number: the 13 characters of segment 300's invoice reference. */

    private final EfactCodecs codecs;
    private final InvoiceBatch batch;
    private final Writer out;
    private int sequence;
    private long invoiceNumber;

    EfactWriter(EfactCodecs codecs, InvoiceBatch batch, Writer out) {
        this.codecs = codecs;
        this.batch = batch;
        this.out = out;
    }

    void write() throws IOException {
        if (batch.batchNumber() > EfactFormat.MAX_BATCH_NUMBER) {
            throw new InvoiceFormatException("batch " + batch.batchNumber() + ": the batch number does not fit the 13 "
                    + "characters of the invoice reference of segment 300");
        }
        out.write(codecs.message.render(message()));
        out.write(codecs.sending.render(sending()));
        emit(codecs.fileHeader, fileHeader());

        ControlNumber fileControl = new ControlNumber();
        List<Record95Or96Totals> summaries = new ArrayList<>();
        Map<String, List<InvoiceLine>> byMutuality = group(batch.lines(), line -> line.mutuality().value());
        for (List<InvoiceLine> lines : byMutuality.values()) {
            summaries.add(writeMutuality(summaries.size() + 1, lines));
            lines.forEach(line -> fileControl.add(line.pseudocode()));
        }

        Sender sender = batch.sender();
        SignedCents a = SignedCents.of(batch.totalInsurerShare(), 11, "the file's total");
        Record90MutualityFooter footer = new Record90MutualityFooter();
        footer.sendingNumber = sendingNumber();
        footer.thirdPartyPayer = thirdPartyPayer();
        footer.amountBSign = "+";
        footer.amountASign = a.sign();
        footer.amountA = a.cents();
        footer.invoicingYear = batch.serviceMonth().getYear();
        footer.invoicingMonth = batch.serviceMonth().getMonthValue();
        footer.bce = sender.bce().value();
        footer.institutionReference = Long.toString(batch.batchNumber());
        footer.bicA = sender.bic();
        footer.ibanA = sender.iban().value();
        footer.controlNumber = fileControl.value();
        emit(codecs.mutualityFooter, footer);

        for (Record95Or96Totals summary : summaries) {
            out.write(codecs.totals.render(summary));
        }
        out.write(codecs.totals.render(totals(Record95Or96Totals.FILE_TOTAL, batch.insurerId().charAt(0) + "99", 0,
                a, sequence + summaries.size() + 1, fileControl)));
    }

    /** A record 95 or 96: the totals of a mutuality or of the file, on account A alone. */
    private static Record95Or96Totals totals(int type, String mutuality, long summaryInvoiceNumber, SignedCents a,
                                             int records, ControlNumber control) {
        Record95Or96Totals totals = new Record95Or96Totals();
        totals.recordType = type;
        totals.mutuality = mutuality;
        totals.summaryInvoiceNumber = summaryInvoiceNumber;
        totals.requestedASign = a.sign();
        totals.requestedA = a.cents();
        totals.requestedBSign = "+";
        totals.requestedTotalSign = a.sign();
        totals.requestedTotal = a.cents();
        totals.records = records;
        totals.controlNumber = control.value();
        return totals;
    }

    /** The invoices of one mutuality; returns its record 95, written after the 90. */
    private Record95Or96Totals writeMutuality(int mutualityNumber, List<InvoiceLine> lines) throws IOException {
        int firstSequence = sequence + 1;
        ControlNumber control = new ControlNumber();
        for (List<InvoiceLine> invoice : group(lines, line -> line.patient().value()).values()) {
            writeInvoice(invoice);
            invoice.forEach(line -> control.add(line.pseudocode()));
        }
        String mutuality = lines.get(0).mutuality().value();
        BigDecimal share = Amounts.sum(lines.stream().map(InvoiceLine::insurerShare).toList());
        SignedCents a = SignedCents.of(share, 11, "the total of mutuality " + mutuality);
        return totals(Record95Or96Totals.MUTUALITY_SUMMARY, mutuality, mutualityNumber, a,
                sequence - firstSequence + 1, control);
    }

    private void writeInvoice(List<InvoiceLine> lines) throws IOException {
        InvoiceLine first = lines.get(0);
        invoiceNumber++;
        Record20InvoiceHeader header = new Record20InvoiceHeader();
        header.mutuality = first.mutuality().value();
        header.niss = "00" + first.patient().value();
        header.sex = EfactFormat.sexOf(first.patient());
        header.invoiceType = EfactFormat.INVOICE_TYPE_AMBULATORY;
        header.institution = thirdPartyPayer();
        header.destinationMutuality = first.mutuality().value();
        header.invoiceNumber = invoiceNumber;
        header.insurabilityCodes = EfactFormat.INSURABILITY_CODES_UNKNOWN;
        header.reference = Long.toString(batch.batchNumber());
        header.patientIdentificationFlag = 1;
        header.billingDate = batch.createdOn();
        emit(codecs.invoiceHeader, header);

        ControlNumber control = new ControlNumber();
        for (InvoiceLine line : lines) {
            // a batch too long is the batch's problem, not the session's: found before blaming the session
            checkRoom();
            try {
                emit(codecs.service, service(line));
            } catch (InvoiceFormatException e) {
                throw InvoiceFormatException.ofSession(line.sessionId(), e);
            }
            control.add(line.pseudocode());
        }

        Record80InvoiceFooter footer = new Record80InvoiceFooter();
        footer.mutuality = first.mutuality().value();
        footer.niss = "00" + first.patient().value();
        footer.sex = header.sex;
        footer.invoiceType = EfactFormat.INVOICE_TYPE_AMBULATORY;
        footer.institution = thirdPartyPayer();
        footer.amountBSign = "+";
        footer.destinationMutuality = first.mutuality().value();
        SignedCents a = SignedCents.of(Amounts.sum(lines.stream().map(InvoiceLine::insurerShare).toList()), 11,
                "the total of invoice " + invoiceNumber);
        footer.amountASign = a.sign();
        footer.amountA = a.cents();
        footer.invoiceDate = batch.createdOn();
        footer.invoiceNumber = invoiceNumber;
        SignedCents patient = SignedCents.of(Amounts.sum(lines.stream().map(InvoiceLine::copay).toList()), 9,
                "the patient's share of invoice " + invoiceNumber);
        footer.patientShareSign = patient.sign();
        footer.patientShare = patient.cents();
        footer.reference = Long.toString(batch.batchNumber());
        footer.supplementSign = "+";
        footer.patientIdentificationFlag = 1;
        footer.depositSign = "+";
        footer.controlNumber = control.value();
        emit(codecs.invoiceFooter, footer);
    }

    private Record50Service service(InvoiceLine line) {
        String session = "session " + line.sessionId();
        Record50Service r = serviceOf(line.sessionId(), line.lineRef(), line.mutuality());
        r.nomenclature = Long.parseLong(line.pseudocode().value());
        r.firstServiceDate = line.sessionDate();
        r.lastServiceDate = line.sessionDate();
        r.niss = "00" + line.patient().value();
        r.sex = EfactFormat.sexOf(line.patient());
        r.provider = "0" + line.psychologist().value();
        SignedCents share = SignedCents.of(line.insurerShare(), 11, session + ": the insurer share");
        r.insurerAmountSign = share.sign();
        r.insurerAmount = share.cents();
        r.prescriptionDate = line.referralDate();
        r.prescriber = line.prescriber() == null ? null : "0" + line.prescriber().value();
        SignedCents copay = SignedCents.of(line.copay(), 9, session + ": the copay");
        r.patientShareSign = copay.sign();
        r.patientShare = copay.cents();
        return r;
    }

    /**
     * A record 50 that carries what every service record of the gateway carries (the service code, the provider
     * norm, one unit, a conventioned provider, the signs) and the identity of the session (its id, line reference and
     * mutuality); every other zone is left zero or blank, to be filled by the caller.
     */
    static Record50Service serviceOf(long sessionId, LineRef lineRef, InsurerCode mutuality) {
        String session = "session " + sessionId;
        if (sessionId > MAX_SESSION_ID) {
            throw new InvoiceFormatException(session + ": the session id does not fit in 12 digits");
        }
        if (!EfactText.isPrintableAscii(lineRef.value())) {
            throw new InvoiceFormatException(session + ": the line reference is not printable ASCII, which an "
                    + "eFact reference must be to be traced back");
        }
        Record50Service r = new Record50Service();
        r.mutuality = mutuality.value();
        r.serviceCode = EfactFormat.SERVICE_CODE;
        r.providerNorm = EfactFormat.PROVIDER_NORM;
        r.insurerAmountSign = "+";
        r.unitsSign = "+";
        r.units = 1;
        r.patientShareSign = "+";
        r.reference = lineRef.value();
        r.supplementSign = "+";
        r.providerConventioned = 1;
        r.sessionId = sessionId;
        return r;
    }

    private Segment200Sending message() {
        Segment200Sending m = new Segment200Sending();
        m.messageType = Segment200Sending.MESSAGE;
        m.formatVersion = EfactFormat.MESSAGE_FORMAT_VERSION;
        m.environment = batch.testMode() ? EfactFormat.ENVIRONMENT_TEST : EfactFormat.ENVIRONMENT_PRODUCTION;
        m.senderReference = batch.batchNumber();
        return m;
    }

    private Segment300Sending sending() {
        Segment300Sending s = new Segment300Sending();
        s.invoicingMonth = batch.serviceMonth().getYear() * 100 + batch.serviceMonth().getMonthValue();
        s.sendingNumber = sendingNumber();
        s.creationDate = batch.createdOn();
        s.invoiceReference = Long.toString(batch.batchNumber());
        s.instructionsVersion = fileVersion();
        s.contactName = EfactText.transliterate(batch.sender().name());
        s.invoiceType = EfactFormat.INVOICE_TYPE_AMBULATORY;
        s.accounts = EfactFormat.ONE_FILE_ONE_ACCOUNT;
        return s;
    }

    private Record10FileHeader fileHeader() {
        Sender sender = batch.sender();
        Record10FileHeader r = new Record10FileHeader();
        r.financialAccounts = 1;
        r.fileVersion = fileVersion();
        r.sendingNumber = sendingNumber();
        r.invoicingContent = EfactFormat.INVOICING_CONTENT;
        r.thirdPartyPayer = thirdPartyPayer();
        r.invoicingYear = batch.serviceMonth().getYear();
        r.invoicingMonth = batch.serviceMonth().getMonthValue();
        r.creationDate = batch.createdOn();
        r.bce = sender.bce().value();
        r.institutionReference = Long.toString(batch.batchNumber());
        r.bicA = sender.bic();
        r.ibanA = sender.iban().value();
        return r;
    }

    private String fileVersion() {
        return batch.testMode() ? EfactFormat.VERSION_TEST : EfactFormat.VERSION_PRODUCTION;
    }

    private int sendingNumber() {
        return (int) (batch.batchNumber() % 1000);
    }

    private String thirdPartyPayer() {
        return "0" + batch.sender().inami().value();
    }

    private <T extends EfactRecord> void emit(RecordCodec<T> codec, T record) throws IOException {
        checkRoom();
        record.sequence = ++sequence;
        out.write(codec.render(record));
    }

    private void checkRoom() {
        if (sequence == MAX_SEQUENCE) {
            throw new InvoiceFormatException("batch " + batch.batchNumber() + " needs more than " + MAX_SEQUENCE
                    + " records: split it");
        }
    }

    private static Map<String, List<InvoiceLine>> group(List<InvoiceLine> lines,
                                                        Function<InvoiceLine, String> key) {
        Map<String, List<InvoiceLine>> groups = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line);
        }
        return groups;
    }
}
