package be.psygate.billing.format.efact;

import be.psygate.billing.format.InvoiceFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The records of an eFact file, one at a time, each checked before it is handed over: 350 printable ASCII
 * characters followed by CRLF, and a record check that verifies. Records are numbered from 1.
 */
final class RecordSource {

    private static final int WITH_END = EfactFormat.RECORD_LENGTH + EfactFormat.RECORD_END.length();

    private final InputStream in;
    private final byte[] buffer = new byte[WITH_END];
    private long number;
    private String peeked;

    RecordSource(InputStream in) {
        this.in = in;
    }

    /** The number of the last record handed over by {@link #next()}, from 1; 0 before the first. */
    long number() {
        return number;
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
        int length = in.readNBytes(buffer, 0, WITH_END);
        if (length == 0) {
            return null;
        }
        long record = number + 1;
        if (length < WITH_END) {
            throw new InvoiceFormatException("the record is incomplete: " + length + " bytes instead of "
                    + WITH_END + " (350 characters and CRLF)", record);
        }
        for (int i = 0; i < EfactFormat.RECORD_LENGTH; i++) {
            if (buffer[i] < ' ' || buffer[i] > '~') {
                throw new InvoiceFormatException("position " + (i + 1) + " is not a printable ASCII character"
                        + " (a record has 350 characters and ends with CRLF)", record);
            }
        }
        if (buffer[EfactFormat.RECORD_LENGTH] != '\r' || buffer[EfactFormat.RECORD_LENGTH + 1] != '\n') {
            throw new InvoiceFormatException("the record does not end with CRLF after 350 characters", record);
        }
        String text = new String(buffer, 0, EfactFormat.RECORD_LENGTH, StandardCharsets.US_ASCII);
        verifyCheck(text, record);
        return text;
    }

    private static void verifyCheck(String text, long record) {
        String written = text.substring(RecordCheck.COVERED);
        int computed = RecordCheck.of(text);
        if (!written.equals(String.format(Locale.ROOT, "%02d", computed))) {
            throw new InvoiceFormatException("the record check is '" + written + "' but the record's characters give "
                    + computed + " (record type '" + text.substring(0, 2) + "')", record);
        }
    }
}
