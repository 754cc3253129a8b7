package be.psygate.billing.format.efact;

import be.psygate.billing.format.InvoiceFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of an eFact sending, one at a time, each checked before it is handed over: first its segments (200 and
 * 300, of their own lengths), then its records of 350 printable ASCII characters, one after the other with no line
 * separator, each record that carries a record check (all but the 95 and 96) verified. Records are numbered from 1
 * (the 10); the segments are not counted. The first record's check decides the convention
 * ({@link RecordCheck.Convention}) among those allowed, and every other record must follow it; the CIN test
 * sendings' convention is allowed, where it is, only in a test sending (the file version of record 10).
 */
final class RecordSource {

    private final InputStream in;
    private final Set<RecordCheck.Convention> allowed;
    private RecordCheck.Convention convention;
    private final byte[] buffer = new byte[EfactFormat.RECORD_LENGTH];
    private long number;
    private String peeked;

    /** A source whose record checks are the references' ({@link RecordCheck.Convention#REFERENCES}). */
    RecordSource(InputStream in) {
        this(in, EnumSet.of(RecordCheck.Convention.REFERENCES));
    }

    RecordSource(InputStream in, Set<RecordCheck.Convention> allowed) {
        this.in = in;
        this.allowed = EnumSet.copyOf(allowed);
    }

    /** The convention of the record checks read so far; {@code null} before the first record. */
    RecordCheck.Convention convention() {
        return convention;
    }

    /** The number of the last record handed over by {@link #next()}, from 1; 0 before the first. */
    long number() {
        return number;
    }

    /** The next {@code length} characters, a segment before the records; {@code what} names it in the messages. */
    String segment(int length, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new InvoiceFormatException("the file ends in " + what + ": " + bytes.length + " characters instead of "
                    + length);
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] < ' ' || bytes[i] > '~') {
                throw new InvoiceFormatException("position " + (i + 1) + " of " + what
                        + " is not a printable ASCII character");
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** The next record, without consuming it; {@code null} at the end of the file. */
    String peek() throws IOException {
        if (peeked == null) {
            peeked = read();
        }
        return peeked;
    }

    /** The next record; {@code null} at the end of the file. */
    String next() throws IOException {
        String record = peek();
        peeked = null;
        if (record != null) {
            number++;
        }
        return record;
    }

    private String read() throws IOException {
        int length = in.readNBytes(buffer, 0, EfactFormat.RECORD_LENGTH);
        if (length == 0) {
            return null;
        }
        long record = number + 1;
        if (length < EfactFormat.RECORD_LENGTH) {
            throw new InvoiceFormatException("the record is incomplete: " + length + " characters instead of "
                    + EfactFormat.RECORD_LENGTH + " (records follow one another with no line separator)", record);
        }
        for (int i = 0; i < EfactFormat.RECORD_LENGTH; i++) {
            if (buffer[i] < ' ' || buffer[i] > '~') {
                throw new InvoiceFormatException("position " + (i + 1) + " is not a printable ASCII character"
                        + " (a record has 350 characters and no line separator)", record);
            }
        }
        String text = new String(buffer, 0, EfactFormat.RECORD_LENGTH, StandardCharsets.US_ASCII);
        if (!isSummary(text)) {
            verifyCheck(text, record);
        }
        return text;
    }

    /** Whether the record is a 95 or a 96, which carry error zones instead of a record check. */
    static boolean isSummary(String record) {
        return record.startsWith("95") || record.startsWith("96");
    }

    private void verifyCheck(String text, long record) {
        String written = text.substring(RecordCheck.COVERED);
        if (convention == null) {
            for (RecordCheck.Convention candidate : allowed) {
                if (written.equals(format(candidate.of(text))) && (candidate == RecordCheck.Convention.REFERENCES
                        || text.startsWith(EfactFormat.VERSION_TEST, 9))) {
                    convention = candidate;
                    return;
                }
            }
            convention = RecordCheck.Convention.REFERENCES;
        }
        int computed = convention.of(text);
        if (!written.equals(format(computed))) {
            throw new InvoiceFormatException("the record check is '" + written + "' but the record's characters give "
                    + computed + " (record type '" + text.substring(0, 2) + "')", record);
        }
    }

    private static String format(int check) {
        return String.format(Locale.ROOT, "%02d", check);
    }
}
