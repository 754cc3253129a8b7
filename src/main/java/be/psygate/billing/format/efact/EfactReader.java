package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.Sender;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.money.Amounts;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Locale;

/**
 * Reads one eFact sending back into a batch, verifying as it goes what the writer guarantees: segments 200 and 300 and
 * their agreement with record 10, the order of the records, their sequence numbers and checks ({@link RecordSource}),
 * the totals, counts and control numbers of records 80, 90, 95 and 96, and that every record of an invoice names
 * the same patient and mutuality. One instance reads one file.
 *
 * <p>The gateway's own sendings are read into a batch ({@link #read()}) with the gateway's conventions: the batch
 * number as institution reference and sender reference, invoices and summaries numbered from 1, one unit per
 * session, the session number in the attestation zone, no record 51, the references' record checks. Another
 * sender's sending ({@link #ofAnySender}, {@link #readSending()}) is verified the same way, less these
 * conventions: a free-text institution reference, 0 or 1 financial accounts, invoice numbers of the sender's own
 * (each 80 repeating its 20's), records 51 after a 50 (their codes in the control numbers, as the references and
 * the test sendings count them), a 95 counting its mutuality's records or, as the public test sendings, the
 * records from the 10 to the 90, a 96 counting every record or, as the Kotlin reference, those from the 10 to the
 * 90, and in a test sending the record checks of the CIN's test sendings.
 */
final class EfactReader {

    private static final int COMPLEMENT_TYPE = 51;

    private final EfactCodecs codecs;
    private final RecordSource records;
    private final boolean gateway;
    private final List<InvoiceLine> lines = new ArrayList<>();
    private final List<EfactSending.Service> services = new ArrayList<>();
    private final Map<String, Totals> mutualities = new LinkedHashMap<>();
    private Record10FileHeader header;
    private long invoiceNumber;
    private long footerAt;
    private boolean testMode;
    private Sender sender;
    private long batchNumber;
    private Totals file;
    private Record95Or96Totals total;

    EfactReader(EfactCodecs codecs, InputStream in) {
        this(codecs, in, true);
    }

    private EfactReader(EfactCodecs codecs, InputStream in, boolean gateway) {
        this.codecs = codecs;
        this.gateway = gateway;
        this.records = gateway ? new RecordSource(in) : new RecordSource(in,
                EnumSet.allOf(RecordCheck.Convention.class));
    }

    /** A reader of another sender's sending, to be read with {@link #readSending()}. */
    static EfactReader ofAnySender(EfactCodecs codecs, InputStream in) {
        return new EfactReader(codecs, in, false);
    }

    /** The gateway's sending read back into its batch. */
    InvoiceBatch read() throws IOException {
        walk();
        String insurerId = total.mutuality.charAt(0) + "00";
        return batch(() -> new InvoiceBatch(batchNumber, insurerId, serviceMonth(), header.creationDate, sender,
                lines, testMode), records.number());
    }

    /** Another sender's sending, verified, as the records say it. */
    EfactSending readSending() throws IOException {
        walk();
        Map<String, BigDecimal> byMutuality = new LinkedHashMap<>();
        mutualities.forEach((code, totals) -> byMutuality.put(code, totals.share));
        return new EfactSending(header.institutionReference, header.sendingNumber, serviceMonth(),
                header.creationDate, testMode, records.convention(), total.mutuality, services,
                file.invoices, file.complements, (int) records.number(), file.share, file.copay, byMutuality);
    }

    private void walk() throws IOException {
        Segment200Sending message = codecs.message.parse(records.segment(Segment200Sending.LENGTH, "segment 200"), 0);
        Segment300Sending sending = codecs.sending.parse(records.segment(Segment300Sending.LENGTH, "segment 300"), 0);
        String first = records.next();
        if (first == null) {
            throw new InvoiceFormatException("the file ends after its segments: a record 10 was expected");
        }
        header = parse(codecs.fileHeader, first, Record10FileHeader.TYPE);
        testMode = testMode();
        if (gateway) {
            sender = sender(sending);
            batchNumber = batchNumber();
        } else if (header.financialAccounts > 1) {
            throw new InvoiceFormatException("the number of financial accounts must be 0 or 1 (account A only)", 1);
        }
        segments(message, sending);

        file = new Totals();
        String current = null;
        while (isNext(Record20InvoiceHeader.TYPE)) {
            Totals invoice = readInvoice();
            if (!invoice.mutuality.equals(current)) {
                if (mutualities.containsKey(invoice.mutuality)) {
                    throw new InvoiceFormatException("mutuality " + invoice.mutuality + " appears in two groups",
                            records.number());
                }
                current = invoice.mutuality;
                mutualities.put(current, new Totals());
            }
            mutualities.get(current).add(invoice);
            file.add(invoice);
        }
        if (mutualities.isEmpty()) {
            throw new InvoiceFormatException("the file has no invoice (no record 20)", records.number() + 1);
        }
        readFooter(file);
        int mutualityNumber = 0;
        for (Map.Entry<String, Totals> mutuality : mutualities.entrySet()) {
            readSummary(++mutualityNumber, mutuality.getKey(), mutuality.getValue());
        }
        total = codecs.totals.parse(expectNext(Record95Or96Totals.FILE_TOTAL, "95 or 96"), records.number());
        long at = records.number();
        sameTotals(total, at, file, at);
        if (!total.mutuality.endsWith("99")) {
            throw new InvoiceFormatException("the union zone must be the union's digit and 99, got "
                    + total.mutuality, at);
        }
        if (records.next() != null) {
            throw new InvoiceFormatException("a record follows the file total (record 96)", records.number());
        }
    }

    /** The 90, after the last invoice: the sending's totals and control number. */
    private void readFooter(Totals file) throws IOException {
        Record90MutualityFooter footer = parse(codecs.mutualityFooter,
                expectNext(Record90MutualityFooter.TYPE, "20 or 90"), Record90MutualityFooter.TYPE);
        long at = records.number();
        footerAt = at;
        sameAmount(at, "the total on account A", file.share, footer.amountASign, footer.amountA);
        sameAmount(at, "the total on account B", Amounts.ZERO, footer.amountBSign, footer.amountB);
        same(at, "the sending number", header.sendingNumber, footer.sendingNumber);
        same(at, "the third-party payer", header.thirdPartyPayer, footer.thirdPartyPayer);
        same(at, "the invoicing year", header.invoicingYear, footer.invoicingYear);
        same(at, "the invoicing month", header.invoicingMonth, footer.invoicingMonth);
        same(at, "the enterprise number", header.bce, footer.bce);
        same(at, "the institution reference", header.institutionReference, footer.institutionReference);
        same(at, "the BIC", header.bicA, footer.bicA);
        same(at, "the IBAN", header.ibanA, footer.ibanA);
        same(at, "the control number", file.control.value(), footer.controlNumber);
    }

    /** The 95 of one mutuality, after the 90, in the order of the mutualities' invoices. */
    private void readSummary(int mutualityNumber, String code, Totals mutuality) throws IOException {
        Record95Or96Totals summary = codecs.totals.parse(
                expectNext(Record95Or96Totals.MUTUALITY_SUMMARY, "95"), records.number());
        long at = records.number();
        same(at, "the mutuality", code, summary.mutuality);
        if (gateway) {
            same(at, "the summary invoice number", (long) mutualityNumber, summary.summaryInvoiceNumber);
        }
        sameTotals(summary, at, mutuality, mutuality.records);
    }

    /**
     * The amounts, the number of records and the control number of a 95 or the 96 against what was read: the
     * number of records may be, in another sender's sending, the number of records from the 10 to the 90.
     */
    private void sameTotals(Record95Or96Totals totals, long at, Totals read, long records) {
        sameAmount(at, "the total on account A", read.share, totals.requestedASign, totals.requestedA);
        sameAmount(at, "the total on account B", Amounts.ZERO, totals.requestedBSign, totals.requestedB);
        sameAmount(at, "the total on accounts A and B", read.share, totals.requestedTotalSign, totals.requestedTotal);
        if (gateway || totals.records != footerAt) {
            same(at, "the number of records", records, (long) totals.records);
        }
        same(at, "the control number", read.control.value(), totals.controlNumber);
    }

    private void segments(Segment200Sending message, Segment300Sending sending) {
        same(0, "segment 200's message type", Segment200Sending.MESSAGE, message.messageType);
        same(0, "segment 200's environment", testMode ? EfactFormat.ENVIRONMENT_TEST
                : EfactFormat.ENVIRONMENT_PRODUCTION, message.environment);
        if (gateway) {
            same(0, "segment 200's sender reference", batchNumber, message.senderReference);
            same(0, "segment 300's invoice reference", header.institutionReference, sending.invoiceReference);
        }
        same(0, "segment 300's year and month", header.invoicingYear * 100 + header.invoicingMonth,
                sending.invoicingMonth);
        same(0, "segment 300's sending number", header.sendingNumber, sending.sendingNumber);
        same(0, "segment 300's creation date", header.creationDate, sending.creationDate);
        same(0, "segment 300's instructions version", header.fileVersion, sending.instructionsVersion);
        same(0, "segment 300's invoice type", EfactFormat.INVOICE_TYPE_AMBULATORY, sending.invoiceType);
        same(0, "segment 300's type of invoicing", EfactFormat.ONE_FILE_ONE_ACCOUNT, sending.accounts);
    }

    /** One patient's invoice: a 20, its 50s and an 80. */
    private Totals readInvoice() throws IOException {
        Record20InvoiceHeader invoiceHeader = parse(codecs.invoiceHeader, records.next(),
                Record20InvoiceHeader.TYPE);
        long at = records.number();
        long number = invoiceHeader.invoiceNumber;
        if (gateway) {
            same(at, "the invoice number", ++invoiceNumber, number);
        }
        same(at, "the invoicing institution", header.thirdPartyPayer, invoiceHeader.institution);
        same(at, "the invoice reference", header.institutionReference, invoiceHeader.reference);
        same(at, "the destination mutuality", invoiceHeader.mutuality, invoiceHeader.destinationMutuality);
        same(at, "the invoice type", EfactFormat.INVOICE_TYPE_AMBULATORY, invoiceHeader.invoiceType);
        InsurerCode mutuality = identifier(at, "the mutuality", () -> InsurerCode.parse(invoiceHeader.mutuality));
        Niss patient = niss(at, invoiceHeader.niss);
        same(at, "the sex code", EfactFormat.sexOf(patient), invoiceHeader.sex);

        Totals invoice = new Totals();
        invoice.mutuality = mutuality.value();
        while (isNext(Record50Service.TYPE)) {
            Record50Service service = parse(codecs.service, records.next(), Record50Service.TYPE);
            if (gateway) {
                InvoiceLine line = line(service, records.number(), mutuality, patient);
                lines.add(line);
                invoice.add(line.insurerShare(), line.copay(), service.nomenclature);
            } else {
                EfactSending.Service read = service(service, records.number(), mutuality, patient);
                services.add(read);
                invoice.add(read.insurerAmount(), read.patientShare(), service.nomenclature);
                while (isNext(COMPLEMENT_TYPE)) {
                    invoice.complement(complement(records.next(), service));
                }
            }
        }
        Record80InvoiceFooter footer = parse(codecs.invoiceFooter,
                expectNext(Record80InvoiceFooter.TYPE, "50 or 80"), Record80InvoiceFooter.TYPE);
        at = records.number();
        if (invoice.services == 0) {
            throw new InvoiceFormatException("the invoice has no service (no record 50)", at);
        }
        same(at, "the mutuality", mutuality.value(), footer.mutuality);
        samePatient(at, patient, footer.niss);
        same(at, "the invoice number", number, footer.invoiceNumber);
        sameAmount(at, "the total on account A", invoice.share, footer.amountASign, footer.amountA);
        sameAmount(at, "the total on account B", Amounts.ZERO, footer.amountBSign, footer.amountB);
        sameAmount(at, "the patient's share", invoice.copay, footer.patientShareSign, footer.patientShare);
        sameAmount(at, "the supplement", Amounts.ZERO, footer.supplementSign, footer.supplement);
        same(at, "the invoicing institution", header.thirdPartyPayer, footer.institution);
        same(at, "the control number", invoice.control.value(), footer.controlNumber);
        invoice.invoices = 1;
        invoice.records = invoice.services + invoice.complements + 2;
        return invoice;
    }

    /** A service of another sender: its patient and mutuality those of its invoice, its amounts signed cents. */
    private EfactSending.Service service(Record50Service r, long at, InsurerCode mutuality, Niss patient) {
        same(at, "the mutuality", mutuality.value(), r.mutuality);
        samePatient(at, patient, r.niss);
        same(at, "the sex code", EfactFormat.sexOf(patient), r.sex);
        BigDecimal share = SignedCents.read(r.insurerAmountSign, r.insurerAmount, "the insurer amount", at);
        BigDecimal copay = SignedCents.read(r.patientShareSign, r.patientShare, "the patient share", at);
        return new EfactSending.Service(at, r.mutuality, String.format(Locale.ROOT, "%07d", r.nomenclature),
                r.firstServiceDate, r.lastServiceDate, share, copay, r.reference, r.sessionId);
    }

    /**
     * A record 51 after a record 50: its sequence number (its check was verified as it was read) and its
     * nomenclature code, which must be its 50's; the code it adds to the control numbers.
     */
    private long complement(String text, Record50Service service) {
        long at = records.number();
        String sequence = text.substring(2, 8);
        String code = text.substring(9, 16);
        if (!sequence.chars().allMatch(Character::isDigit) || !code.chars().allMatch(Character::isDigit)) {
            throw new InvoiceFormatException("a record 51's sequence number and nomenclature code are digits", at);
        }
        same(at, "the sequence number", at, Long.parseLong(sequence));
        same(at, "the nomenclature code of the record 51", service.nomenclature, Long.parseLong(code));
        return service.nomenclature;
    }

    private InvoiceLine line(Record50Service r, long at, InsurerCode mutuality, Niss patient) {
        same(at, "the mutuality", mutuality.value(), r.mutuality);
        samePatient(at, patient, r.niss);
        same(at, "the sex code", EfactFormat.sexOf(patient), r.sex);
        if (r.firstServiceDate == null || !r.firstServiceDate.equals(r.lastServiceDate)) {
            throw new InvoiceFormatException("a session has one date: first and last service dates must be equal",
                    at);
        }
        if (!"+".equals(r.unitsSign) || r.units != 1) {
            throw new InvoiceFormatException("the number of units must be +1 (one line per session)", at);
        }
        if (r.nomenclature > 999_999) {
            throw new InvoiceFormatException("the nomenclature code " + r.nomenclature + " is not a pseudocode", at);
        }
        BigDecimal share = SignedCents.read(r.insurerAmountSign, r.insurerAmount, "the insurer amount", at);
        BigDecimal copay = SignedCents.read(r.patientShareSign, r.patientShare, "the patient share", at);
        Inami psychologist = inami(at, "the provider", r.provider);
        Inami prescriber = r.prescriber.chars().allMatch(c -> c == '0') ? null : inami(at, "the prescriber",
                r.prescriber);
        LineRef lineRef = identifier(at, "the reference", () -> LineRef.parse(r.reference));
        Pseudocode pseudocode = new Pseudocode(String.format(Locale.ROOT, "%06d", r.nomenclature));
        return batch(() -> new InvoiceLine(r.sessionId, lineRef, psychologist, patient, mutuality,
                r.firstServiceDate, pseudocode, share.add(copay), share, copay, null, r.prescriptionDate,
                prescriber), at);
    }

    private Sender sender(Segment300Sending sending) {
        long at = 1;
        if (header.financialAccounts != 1) {
            throw new InvoiceFormatException("the number of financial accounts must be 1", at);
        }
        Inami inami = inami(at, "the third-party payer", header.thirdPartyPayer);
        Bce bce = identifier(at, "the enterprise number", () -> Bce.parse(header.bce));
        Iban iban = identifier(at, "the IBAN", () -> Iban.parse(header.ibanA));
        return batch(() -> new Sender(sending.contactName, inami, bce, iban, header.bicA), at);
    }

    private long batchNumber() {
        String reference = header.institutionReference;
        if (reference.isEmpty() || reference.length() > 18 || !reference.chars().allMatch(Character::isDigit)) {
            throw new InvoiceFormatException("the institution reference must be the batch number", 1);
        }
        long batchNumber = Long.parseLong(reference);
        same(1, "the sending number", (int) (batchNumber % 1000), header.sendingNumber);
        return batchNumber;
    }

    private YearMonth serviceMonth() {
        try {
            return YearMonth.of(header.invoicingYear, header.invoicingMonth);
        } catch (DateTimeException e) {
            throw new InvoiceFormatException("the invoicing year and month are not a month", 1, e);
        }
    }

    private boolean testMode() {
        if (EfactFormat.VERSION_TEST.equals(header.fileVersion)) {
            return true;
        }
        if (EfactFormat.VERSION_PRODUCTION.equals(header.fileVersion)) {
            return false;
        }
        throw new InvoiceFormatException("the file version must be " + EfactFormat.VERSION_PRODUCTION + " or "
                + EfactFormat.VERSION_TEST + ", got " + header.fileVersion, 1);
    }

    private boolean isNext(int type) throws IOException {
        String next = records.peek();
        return next != null && next.startsWith(String.format(Locale.ROOT, "%02d", type));
    }

    private String expectNext(int type, String expected) throws IOException {
        String next = records.next();
        if (next == null) {
            throw new InvoiceFormatException("the file ends after record " + records.number()
                    + ": a record " + expected + " was expected");
        }
        if (!next.startsWith(String.format(Locale.ROOT, "%02d", type))) {
            throw new InvoiceFormatException("a record " + expected + " was expected, found a record of type '"
                    + next.substring(0, 2) + "'", records.number());
        }
        return next;
    }

    private <T extends EfactRecord> T parse(RecordCodec<T> codec, String text, int type) {
        long at = records.number();
        if (!text.startsWith(String.format(Locale.ROOT, "%02d", type))) {
            throw new InvoiceFormatException("a record " + type + " was expected, found a record of type '"
                    + text.substring(0, 2) + "'", at);
        }
        T record = codec.parse(text, at);
        same(at, "the sequence number", at, (long) record.sequence);
        return record;
    }

    private Niss niss(long at, String zone) {
        if (!zone.startsWith("00")) {
            throw new InvoiceFormatException("the national number zone must be 2 zeros and 11 digits", at);
        }
        return identifier(at, "the national number", () -> Niss.parse(zone.substring(2)));
    }

    private static Inami inami(long at, String what, String zone) {
        if (!zone.startsWith("0")) {
            throw new InvoiceFormatException(what + ": an INAMI number zone is a zero and 11 digits", at);
        }
        return identifier(at, what, () -> Inami.parse(zone.substring(1)));
    }

    private static void samePatient(long at, Niss patient, String zone) {
        if (!zone.equals("00" + patient.value())) {
            throw new InvoiceFormatException("the national number is not the one of the invoice's record 20", at);
        }
    }

    private static <T> T identifier(long at, String what, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException(what + " is not valid: " + e.getMessage(), at, e);
        }
    }

    private static <T> T batch(Supplier<T> build, long at) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException(e.getMessage(), at, e);
        }
    }

    /** The amount written as {@code sign} and {@code cents}, which must be {@code expected}. */
    private static void sameAmount(long at, String what, BigDecimal expected, String sign, long cents) {
        same(at, what, expected, SignedCents.read(sign, cents, what, at));
    }

    private static void same(long at, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new InvoiceFormatException(what + " is " + actual + " but " + expected + " was expected", at);
        }
    }

    /** What a footer totals: amounts, counts and the control number of the pseudocodes. */
    private static final class Totals {
        private BigDecimal share = Amounts.ZERO;
        private BigDecimal copay = Amounts.ZERO;
        private int services;
        private int complements;
        private int invoices;
        private int records;
        private String mutuality;
        private final ControlNumber control = new ControlNumber();

        void add(BigDecimal insurerShare, BigDecimal patientShare, long nomenclature) {
            share = share.add(insurerShare);
            copay = copay.add(patientShare);
            services++;
            control.add(nomenclature);
        }

        void complement(long nomenclature) {
            complements++;
            control.add(nomenclature);
        }

        void add(Totals part) {
            share = share.add(part.share);
            copay = copay.add(part.copay);
            services += part.services;
            complements += part.complements;
            invoices += part.invoices;
            records += part.records;
            control.add(part.control);
        }
    }
}
