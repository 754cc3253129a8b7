package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;

import java.util.ArrayList;
import java.util.List;

/** An eFact sending in a test: written from a batch, looked at record by record, changed, read back. */
final class EfactFile extends PartedFile<EfactFile> {

    private static final EfactFormat FORMAT = new EfactFormat();

    /** Segments 200 (67 characters) and 300 (160) before the records. */
    static final int SEGMENTS = 67 + 160;

    private EfactFile(String text) {
        super(text);
    }

    static EfactFile of(InvoiceBatch batch) {
        return new EfactFile(written(out -> FORMAT.write(batch, out)));
    }

    /** Segments 200 and 300, the first 227 characters. */
    String segments() {
        return text().substring(0, SEGMENTS);
    }

    /** The records of 350 characters after the segments (the text must be whole records). */
    List<String> records() {
        List<String> records = new ArrayList<>();
        for (int i = SEGMENTS; i < text().length(); i += 350) {
            records.add(text().substring(i, Math.min(text().length(), i + 350)));
        }
        return records;
    }

    /** The segments, before the records the zones are counted in. */
    @Override
    protected String head() {
        return segments();
    }

    /** The records, in which zones are counted. */
    @Override
    protected List<String> parts() {
        return records();
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

    @Override
    public EfactFile withText(String other) {
        return new EfactFile(other);
    }

    InvoiceBatch read() {
        return FORMAT.read(bytes());
    }

    /** A control number as the public implementations define it, over the nomenclature zones (10-16) of some records 50. */
    static int independentControl(List<String> services) {
        long sum = services.stream().mapToLong(r -> Long.parseLong(r.substring(9, 16))).sum();
        int remainder = (int) (sum % 97);
        return remainder == 0 ? 97 : remainder;
    }
}
