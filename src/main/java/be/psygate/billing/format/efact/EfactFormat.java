package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.NamedFormat;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code efact} format: the Belgian eFact invoicing of mutualities at the positions of the public layout (the
 * two open-source implementations {@code taktik/freehealth-connector} and {@code PieterBlomme/ehealth-pyconnector},
 * which agree on every zone). A sending is a segment 200 (67 characters, message {@value Segment200Sending#MESSAGE})
 * and a segment 300 (160), then records of 350 ASCII characters one after the other with no line separator: the 10;
 * per patient's invoice a 20, one 50 per session and an 80; the 90; a 95 per mutuality; the 96. Records 10 to 90 end
 * with their record check; records 80, 90, 95 and 96 carry the control number of the pseudocodes they close. Record
 * 10's file version and segment 200's message type tell a test sending ({@value #VERSION_TEST}, {@code 92}) from a
 * production one ({@value #VERSION_PRODUCTION}, {@code 12}), following {@link InvoiceBatch#testMode()}.
 *
 * <p>Text is upper-case ASCII: the sender's name (segment 300's contact name) is transliterated and clipped to
 * {@value #SENDER_NAME_LENGTH} characters, so it reads back as {@link EfactText#transliterate} of the original. A line
 * reference must be printable ASCII, written as it is in the 25-character reference zone of record 50; the session id
 * goes in record 50's attestation number. The layout has no zone for the number of participants of a group
 * session: it does not read back. Zone by zone: {@code mappings/formats/efact-layout.md}.
 */
public final class EfactFormat extends NamedFormat<InvoiceBatch> implements InvoiceFormat {

    /** The name of the format. */
    public static final String NAME = "efact";
    /** The extension of its files, which the answers' efact format shares. */
    public static final String FILE_EXTENSION = "txt";
    /** The length of every record, without its line end. */
    public static final int RECORD_LENGTH = 350;
    /** File version (record 10) of a production sending. */
    public static final String VERSION_PRODUCTION = "0001999";
    /** File version (record 10) of a test sending. */
    public static final String VERSION_TEST = "9991999";

    /** How many characters of the sender's name segment 300 carries (its contact name). */
    public static final int SENDER_NAME_LENGTH = 45;

    /** The locale Bindy formats numbers and dates in, whatever the JVM's default locale. */
    static final String BINDY_LOCALE = "en";
    /** Segment 300's and records 20 and 80's invoice type, an insurer's answer's too: ambulatory care. */
    public static final int INVOICE_TYPE_AMBULATORY = 3;
    /** Record 10's invoicing content, as both references and the public test sendings write it. */
    static final int INVOICING_CONTENT = 40;
    /** Record 50's service code, as the public test sendings write it for ambulatory care. */
    static final int SERVICE_CODE = 990;
    /** Record 50's provider norm, as the public test sendings write it. */
    static final int PROVIDER_NORM = 1;
    /** Record 20's CT1 and CT2 when the gateway does not know the patient's insurability codes: zeros. */
    static final String INSURABILITY_CODES_UNKNOWN = "0000000000";
    /** Segment 200's version of the message format, of a sending and of an answer. */
    public static final int MESSAGE_FORMAT_VERSION = 1;
    /** Segment 200's environment of a production message, a sending or an answer. */
    public static final int ENVIRONMENT_PRODUCTION = 12;
    /** Segment 200's environment of a test message, a sending or an answer. */
    public static final int ENVIRONMENT_TEST = 92;
    /** Segment 300's type of invoicing, of a sending and of an answer: one file, one account. */
    public static final int ONE_FILE_ONE_ACCOUNT = 1;
    /** The largest batch number segment 300's invoice reference (13 characters) holds. */
    public static final long MAX_BATCH_NUMBER = 9_999_999_999_999L;
    static final int SEX_MALE = 1;
    static final int SEX_FEMALE = 2;

    private final EfactCodecs codecs = new EfactCodecs();

    public EfactFormat() {
        super(NAME, FILE_EXTENSION);
    }

    @Override
    public void write(InvoiceBatch batch, OutputStream out) {
        AsciiFile.write(out, writer -> new EfactWriter(codecs, batch, writer).write());
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        return AsciiFile.read(() -> new EfactReader(codecs, in).read());
    }

    /**
     * Reads another sender's eFact sending, verified as the gateway's own are (segments, order, sequence numbers,
     * record checks, totals, counts and control numbers, one patient and mutuality per invoice) but without the
     * gateway's conventions: the institution reference is free text, records 51 may follow a 50, invoices keep the
     * sender's numbers, and a test sending may carry the record checks of the CIN's public test sendings (see
     * {@link RecordCheck.Convention}). How the CIN's public test sendings are read.
     *
     * @throws InvoiceFormatException when the sending does not verify
     */
    public EfactSending readSending(InputStream in) {
        return AsciiFile.read(() -> EfactReader.ofAnySender(codecs, in).readSending());
    }

    /**
     * The record 50 of a session as an insurer's answer echoes it, re-rendered from what the answer knows of the
     * session: the zones every service record of the gateway carries alike (one unit, a conventioned provider, the
     * signs), the session's mutuality, line reference and id, and {@code sequence}; every other zone (pseudocode,
     * dates, patient, psychologist, amounts) zero, and the record check. Public for the insurers' answers
     * ({@code be.psygate.billing.returns}).
     *
     * @throws InvoiceFormatException when the session id does not fit in 12 digits or the line reference is not
     *                                printable ASCII
     */
    public String renderEcho(EchoedService service) {
        Record50Service record = EfactWriter.serviceOf(service.sessionId(), service.lineRef(), service.mutuality());
        record.sequence = service.sequence();
        return codecs.service.render(record);
    }

    /**
     * Reads a record 50 echoed by an insurer's answer, refusing anything {@link #renderEcho} would not have written:
     * a record of another type or length, a record check that does not verify, a zone that differs.
     *
     * @param record the 350 characters of the record
     * @param line   where the record is in the answer, for the messages (from 1)
     * @throws InvoiceFormatException when the record is not such an echo
     */
    public EchoedService readEcho(String record, long line) {
        if (record.length() != RECORD_LENGTH || !record.startsWith("50")) {
            throw new InvoiceFormatException("an echoed record 50 of " + RECORD_LENGTH + " characters was expected",
                    line);
        }
        String check = record.substring(RecordCheck.COVERED);
        if (!check.equals(String.format(Locale.ROOT, "%02d", RecordCheck.of(record)))) {
            throw new InvoiceFormatException("the record check of the echoed record 50 does not verify", line);
        }
        Record50Service parsed = codecs.service.parse(record, line);
        EchoedService echo;
        try {
            echo = new EchoedService(parsed.sequence, InsurerCode.parse(parsed.mutuality),
                    LineRef.parse(parsed.reference), parsed.sessionId);
        } catch (IllegalArgumentException e) {
            throw new InvoiceFormatException("the echoed record 50 is not valid: " + e.getMessage(), line);
        }
        if (!renderEcho(echo).equals(record)) {
            throw new InvoiceFormatException("the echoed record 50 of session " + echo.sessionId()
                    + " carries zones the gateway does not echo", line);
        }
        return echo;
    }

    /**
     * What an insurer's answer knows of a session whose record 50 it echoes.
     *
     * @param sequence  the sequence number of the echo (positive, at most 6 digits)
     * @param mutuality the session's mutuality
     * @param lineRef   the practice's reference of the line
     * @param sessionId the gateway's id of the session (positive)
     */
    public record EchoedService(int sequence, InsurerCode mutuality, LineRef lineRef, long sessionId) {

        public EchoedService {
            if (sequence <= 0 || sequence > 999_999) {
                throw new IllegalArgumentException("the sequence number must have 1 to 6 digits, got " + sequence);
            }
            Objects.requireNonNull(mutuality, "mutuality");
            Objects.requireNonNull(lineRef, "lineRef");
            if (sessionId <= 0) {
                throw new IllegalArgumentException("the session id must be positive, got " + sessionId);
            }
        }
    }

    /** The eFact sex code of a patient: the sequence number of the national number is odd for men. */
    static int sexOf(Niss patient) {
        int sequence = Integer.parseInt(patient.value().substring(6, 9));
        return sequence % 2 == 1 ? SEX_MALE : SEX_FEMALE;
    }

    /**
     * What the batch becomes once written and read back: the same, but for the sender's name, transliterated to
     * upper-case ASCII and clipped to {@value #SENDER_NAME_LENGTH} characters, and the number of participants of a
     * group session, which the layout does not carry.
     */
    public static InvoiceBatch asWritten(InvoiceBatch batch) {
        String name = EfactText.transliterate(batch.sender().name());
        String clipped = name.substring(0, Math.min(name.length(), SENDER_NAME_LENGTH)).strip();
        List<InvoiceLine> lines = batch.lines().stream().map(line -> line.groupParticipants() == null ? line
                : new InvoiceLine(line.sessionId(), line.lineRef(), line.psychologist(), line.patient(),
                        line.mutuality(), line.sessionDate(), line.pseudocode(), line.fee(), line.insurerShare(),
                        line.copay(), null, line.referralDate(), line.prescriber())).toList();
        return new InvoiceBatch(batch.batchNumber(), batch.insurerId(), batch.serviceMonth(), batch.createdOn(),
                batch.sender().withName(clipped), lines, batch.testMode());
    }
}
