package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An eFact file in a test: written from a batch, looked at record by record, changed, read back. */
final class EfactFile {

    private static final EfactFormat FORMAT = new EfactFormat();

    /** Segments 200 (67 characters) and 300 (160) before the records. */
    static final int SEGMENTS = 67 + 160;

    private final String text;

    private EfactFile(String text) {
        this.text = text;
    }

    static EfactFile of(InvoiceBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.write(batch, out);
        return new EfactFile(out.toString(StandardCharsets.US_ASCII));
    }

    String text() {
        return text;
    }

    /** Segments 200 and 300, the first 227 characters. */
    String segments() {
        return text.substring(0, SEGMENTS);
    }

    /** The records of 350 characters after the segments (the text must be whole records). */
    List<String> records() {
        List<String> records = new ArrayList<>();
        for (int i = SEGMENTS; i < text.length(); i += 350) {
            records.add(text.substring(i, Math.min(text.length(), i + 350)));
        }
        return records;
    }

    /** The record at index {@code i} (from 0). */
    String record(int i) {
        return records().get(i);
    }

    /** The index of the first record of that type. */
    int indexOf(String type) {
        List<String> records = records();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no record " + type);
    }

    /** Zone {@code position} (from 1) of {@code length} characters of record {@code i}. */
    String zone(int i, int position, int length) {
        return record(i).substring(position - 1, position - 1 + length);
    }

    /** The file with zone {@code position} of record {@code i} replaced; the record check is left as it was. */
    EfactFile withZone(int i, int position, String value) {
        List<String> records = records();
        String record = records.get(i);
        records.set(i, record.substring(0, position - 1) + value + record.substring(position - 1 + value.length()));
        return new EfactFile(segments() + String.join("", records));
    }

    /** The file with zone {@code position} of record {@code i} replaced and the record check made right again. */
    EfactFile withZoneResealed(int i, int position, String value) {
        EfactFile changed = withZone(i, position, value);
        String record = changed.record(i);
        return changed.withZone(i, 349, String.format(Locale.ROOT, "%02d", independentCheck(record)));
    }

    EfactFile withText(String other) {
        return new EfactFile(other);
    }

    InvoiceBatch read() {
        return FORMAT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** The record check as the public implementations define it, computed here independently of the production code. */
    static int independentCheck(String record) {
        String values = "0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int sum = 0;
        for (char c : record.substring(0, 348).toCharArray()) {
            // a lowercase letter counts as its capital, as both public eFact implementations count it
            int value = values.indexOf(c >= 'a' && c <= 'z' ? Character.toUpperCase(c) : c);
            sum += value < 0 ? 37 : value;
        }
        int remainder = sum % 97;
        return remainder == 0 ? 97 : remainder;
    }

    /** A control number as the public implementations define it, over the nomenclature zones (10-16) of some records 50. */
    static int independentControl(List<String> services) {
        long sum = services.stream().mapToLong(r -> Long.parseLong(r.substring(9, 16))).sum();
        int remainder = (int) (sum % 97);
        return remainder == 0 ? 97 : remainder;
    }
}
