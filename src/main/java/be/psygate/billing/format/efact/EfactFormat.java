package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.InvoiceFormat;
import be.psygate.identity.Niss;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The {@code efact} format: fixed-length records of 350 ASCII characters, each followed by CRLF, modelled on the
 * Belgian eFact invoicing of mutualities. Record 10 opens the file; per mutuality, each patient's invoice is a 20,
 * one 50 per session and an 80, and the mutuality closes with a 90 and a 95; record 96 closes the file. Every
 * record ends with its record check, and records 80, 90, 95 and 96 carry the control number of the pseudocodes
 * they close. The file version of record 10 tells a test sending ({@value #VERSION_TEST}) from a production one
 * ({@value #VERSION_PRODUCTION}), following {@link InvoiceBatch#testMode()}.
 *
 * <p>Text is upper-case ASCII: the sender's name is transliterated (and clipped to 70 characters), so it reads
 * back as {@link EfactText#transliterate} of the original. A line reference must be printable ASCII, written as
 * it is in the 25-character reference zone of record 50. Zone by zone: {@code mappings/formats/efact-layout.md}.
 */
public final class EfactFormat implements InvoiceFormat {

    /** The name of the format. */
    public static final String NAME = "efact";
    /** The length of every record, without its line end. */
    public static final int RECORD_LENGTH = 350;
    /** What ends every record. */
    public static final String RECORD_END = "\r\n";
    /** File version (record 10) of a production sending. */
    public static final String VERSION_PRODUCTION = "0001999";
    /** File version (record 10) of a test sending. */
    public static final String VERSION_TEST = "9991999";

    /** How many characters of the sender's name record 10 carries. */
    public static final int SENDER_NAME_LENGTH = 70;

    /** The locale Bindy formats numbers and dates in, whatever the JVM's default locale. */
    static final String BINDY_LOCALE = "en";
    static final int INVOICE_TYPE_AMBULATORY = 3;
    static final int SEX_MALE = 1;
    static final int SEX_FEMALE = 2;

    private final EfactCodecs codecs = new EfactCodecs();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(InvoiceBatch batch, OutputStream out) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            Writer writer = new OutputStreamWriter(file, StandardCharsets.US_ASCII);
            new EfactWriter(codecs, batch, writer).write();
            writer.flush();
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InvoiceBatch read(InputStream in) {
        try {
            return new EfactReader(codecs, in).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The eFact sex code of a patient: the sequence number of the national number is odd for men. */
    static int sexOf(Niss patient) {
        int sequence = Integer.parseInt(patient.value().substring(6, 9));
        return sequence % 2 == 1 ? SEX_MALE : SEX_FEMALE;
    }

    /**
     * What the batch becomes once written and read back: the same, but for the sender's name, transliterated to
     * upper-case ASCII and clipped to {@value #SENDER_NAME_LENGTH} characters.
     */
    public static InvoiceBatch asWritten(InvoiceBatch batch) {
        String name = EfactText.transliterate(batch.sender().name());
        String clipped = name.substring(0, Math.min(name.length(), SENDER_NAME_LENGTH)).strip();
        return batch.withSender(batch.sender().withName(clipped));
    }
}
