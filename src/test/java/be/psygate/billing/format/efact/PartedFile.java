package be.psygate.billing.format.efact;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An eFact file in a test (a sending, an answer), cut in the parts its format gives it: a zone of a part looked at,
 * replaced, or replaced with the record check made right again, computed here independently of the production code.
 *
 * @param <F> the kind of file, which a change gives back
 */
public abstract class PartedFile<F extends PartedFile<F>> {

    private final String text;

    protected PartedFile(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The text {@code write} writes to a stream, as ASCII. */
    protected static String written(Consumer<OutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** The file's bytes to read back, one a character (a character beyond ASCII as its Latin-1 byte). */
    protected InputStream bytes() {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** What comes before the parts the zones are counted in (a sending's segments), left as it is. */
    protected abstract String head();

    /** The parts after the head, cut by their lengths (the last one possibly shorter). */
    protected abstract List<String> parts();

    /** A file of this kind with another text. */
    public abstract F withText(String other);

    /** Zone {@code position} (from 1) of {@code length} characters of part {@code i} (from 0). */
    public String zone(int i, int position, int length) {
        return parts().get(i).substring(position - 1, position - 1 + length);
    }

    /** The file with zone {@code position} of part {@code i} replaced; any record check is left as it was. */
    public F withZone(int i, int position, String value) {
        List<String> parts = parts();
        String part = parts.get(i);
        parts.set(i, part.substring(0, position - 1) + value + part.substring(position - 1 + value.length()));
        return withText(head() + String.join("", parts));
    }

    /** The file with zone {@code position} of part {@code i} replaced and the record check of the part made right. */
    public F withZoneResealed(int i, int position, String value) {
        F changed = withZone(i, position, value);
        return changed.withZone(i, 349, String.format(Locale.ROOT, "%02d", independentCheck(changed.parts().get(i))));
    }

    /**
     * The record check as the public implementations define it, over the first 348 characters, computed here
     * independently of the production code.
     */
    public static int independentCheck(String record) {
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
}
