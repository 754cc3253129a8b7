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
 * Writes one batch as an eFact file: record 10; per mutuality, per patient a 20, a 50 per session and an 80, then
 * the mutuality's 90 and 95; finally the 96. Every record is rendered by Bindy ({@link RecordCodec}) and followed
 * by CRLF. One instance writes one file. A session whose record 50 cannot be written is named in the exception
 * ({@link InvoiceFormatException#sessionId()}), so that billing can send the batch without it.
 */
final class EfactWriter {

    private static final int MAX_SEQUENCE = 999_999;
    private static final long MAX_SESSION_ID = 999_999_999_999L;
    private static final int MAX_PARTICIPANTS = 99;

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
        emit(codecs.fileHeader, fileHeader());
        ControlNumber fileControl = new ControlNumber();
        Map<String, List<InvoiceLine>> byMutuality = group(batch.lines(), line -> line.mutuality().value());
        int mutualityNumber = 0;
        for (List<InvoiceLine> mutualityLines : byMutuality.values()) {
            writeMutuality(++mutualityNumber, mutualityLines);
            mutualityLines.forEach(line -> fileControl.add(line.pseudocode()));
        }
        Record96FileTotal total = new Record96FileTotal();
        total.mutuality = batch.insurerId().charAt(0) + "99";
        SignedCents a = SignedCents.of(batch.totalInsurerShare(), 11, "the file's total");
        total.amountASign = a.sign();
        total.amountA = a.cents();
        total.amountBSign = "+";
        total.amountTotalSign = a.sign();
        total.amountTotal = a.cents();
        total.records = sequence + 1;
        total.controlNumber = fileControl.value();
        emit(codecs.fileTotal, total);
    }

    private void writeMutuality(int mutualityNumber, List<InvoiceLine> lines) throws IOException {
        int firstSequence = sequence + 1;
        ControlNumber control = new ControlNumber();
        Map<String, List<InvoiceLine>> byPatient = group(lines, line -> line.patient().value());
        for (List<InvoiceLine> invoice : byPatient.values()) {
            writeInvoice(invoice);
            invoice.forEach(line -> control.add(line.pseudocode()));
        }
        String mutuality = lines.get(0).mutuality().value();
        BigDecimal share = Amounts.sum(lines.stream().map(InvoiceLine::insurerShare).toList());
        BigDecimal copay = Amounts.sum(lines.stream().map(InvoiceLine::copay).toList());
        SignedCents a = SignedCents.of(share, 11, "the total of mutuality " + mutuality);

        Record90MutualityFooter footer = new Record90MutualityFooter();
        footer.mutuality = mutuality;
        footer.amountASign = a.sign();
        footer.amountA = a.cents();
        footer.amountBSign = "+";
        SignedCents patient = SignedCents.of(copay, 11, "the patients' share of mutuality " + mutuality);
        footer.patientShareSign = patient.sign();
        footer.patientShare = patient.cents();
        footer.invoicingYear = batch.serviceMonth().getYear();
        footer.invoicingMonth = batch.serviceMonth().getMonthValue();
        footer.bce = batch.sender().bce().value();
        footer.bicA = batch.sender().bic();
        footer.ibanA = batch.sender().iban().value();
        footer.invoices = byPatient.size();
        footer.services = lines.size();
        footer.controlNumber = control.value();
        emit(codecs.mutualityFooter, footer);

        Record95MutualitySummary summary = new Record95MutualitySummary();
        summary.mutuality = mutuality;
        summary.summaryInvoiceNumber = mutualityNumber;
        summary.amountASign = a.sign();
        summary.amountA = a.cents();
        summary.amountBSign = "+";
        summary.amountTotalSign = a.sign();
        summary.amountTotal = a.cents();
        summary.records = sequence + 1 - firstSequence + 1;
        summary.controlNumber = control.value();
        emit(codecs.mutualitySummary, summary);
    }

    private void writeInvoice(List<InvoiceLine> lines) throws IOException {
        InvoiceLine first = lines.get(0);
        invoiceNumber++;
        Record20InvoiceHeader header = new Record20InvoiceHeader();
        header.mutuality = first.mutuality().value();
        header.niss = first.patient().value();
        header.sex = EfactFormat.sexOf(first.patient());
        header.invoiceType = EfactFormat.INVOICE_TYPE_AMBULATORY;
        header.institution = batch.sender().inami().value();
        header.destinationMutuality = first.mutuality().value();
        header.invoiceNumber = invoiceNumber;
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
        footer.niss = first.patient().value();
        footer.invoiceNumber = invoiceNumber;
        SignedCents a = SignedCents.of(Amounts.sum(lines.stream().map(InvoiceLine::insurerShare).toList()), 11,
                "the total of invoice " + invoiceNumber);
        footer.amountASign = a.sign();
        footer.amountA = a.cents();
        footer.amountBSign = "+";
        SignedCents patient = SignedCents.of(Amounts.sum(lines.stream().map(InvoiceLine::copay).toList()), 9,
                "the patient's share of invoice " + invoiceNumber);
        footer.patientShareSign = patient.sign();
        footer.patientShare = patient.cents();
        footer.supplementSign = "+";
        footer.services = lines.size();
        footer.controlNumber = control.value();
        emit(codecs.invoiceFooter, footer);
    }

    private Record50Service service(InvoiceLine line) {
        String session = "session " + line.sessionId();
        if (line.isGroup() && line.groupParticipants() > MAX_PARTICIPANTS) {
            throw new InvoiceFormatException(session + ": more than " + MAX_PARTICIPANTS + " group participants");
        }
        Record50Service r = serviceOf(line.sessionId(), line.lineRef(), line.mutuality());
        r.nomenclature = Long.parseLong(line.pseudocode().value());
        r.firstServiceDate = line.sessionDate();
        r.lastServiceDate = line.sessionDate();
        r.niss = line.patient().value();
        r.sex = EfactFormat.sexOf(line.patient());
        r.provider = line.psychologist().value();
        SignedCents share = SignedCents.of(line.insurerShare(), 11, session + ": the insurer share");
        r.insurerAmountSign = share.sign();
        r.insurerAmount = share.cents();
        r.prescriptionDate = line.referralDate();
        r.prescriber = line.prescriber() == null ? null : line.prescriber().value();
        SignedCents copay = SignedCents.of(line.copay(), 9, session + ": the copay");
        r.patientShareSign = copay.sign();
        r.patientShare = copay.cents();
        r.groupParticipants = line.isGroup() ? line.groupParticipants() : 0;
        return r;
    }

    /**
     * A record 50 that carries what every service record of the gateway carries (one unit, a conventioned provider,
     * the signs) and the identity of the session (its id, line reference and mutuality); every other zone is left
     * zero or blank, to be filled by the caller.
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
        r.insurerAmountSign = "+";
        r.unitsSign = "+";
        r.units = 1;
        r.patientShareSign = "+";
        r.reference = lineRef.value();
        r.providerConventioned = 1;
        r.sessionId = sessionId;
        return r;
    }

    private Record10FileHeader fileHeader() {
        Sender sender = batch.sender();
        Record10FileHeader r = new Record10FileHeader();
        r.financialAccounts = 1;
        r.fileVersion = batch.testMode() ? EfactFormat.VERSION_TEST : EfactFormat.VERSION_PRODUCTION;
        r.sendingNumber = (int) (batch.batchNumber() % 1000);
        r.thirdPartyPayer = sender.inami().value();
        r.invoicingYear = batch.serviceMonth().getYear();
        r.invoicingMonth = batch.serviceMonth().getMonthValue();
        r.creationDate = batch.createdOn();
        r.bce = sender.bce().value();
        r.institutionReference = Long.toString(batch.batchNumber());
        r.bicA = sender.bic();
        r.ibanA = sender.iban().value();
        r.senderName = EfactText.transliterate(sender.name());
        return r;
    }

    private <T extends EfactRecord> void emit(RecordCodec<T> codec, T record) throws IOException {
        checkRoom();
        record.setSequence(++sequence);
        out.write(codec.render(record));
        out.write(EfactFormat.RECORD_END);
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
