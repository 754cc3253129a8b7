package be.psygate.billing.returns.efact;

import be.psygate.billing.returns.InsurerReturn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An efact answer in a test: written from an answer, looked at line by line, changed, read back. */
final class AnswerFile {

    private static final EfactReturnFormat FORMAT = new EfactReturnFormat();

    private final String text;

    private AnswerFile(String text) {
        this.text = text;
    }

    static AnswerFile of(InsurerReturn answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.write(answer, out);
        return new AnswerFile(out.toString(StandardCharsets.US_ASCII));
    }

    String text() {
        return text;
    }

    /**
     * The parts ("lines" in the messages), cut by their lengths: segment 200 (67), segment 300 (160), the message
     * acknowledged (8) of a receipt, then parts of 800 characters (the last one possibly shorter).
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int at = 0;
        List<Integer> lengths = new ArrayList<>(List.of(67, 160));
        if (text.startsWith("931000")) {
            lengths.add(8);
        }
        for (int length : lengths) {
            if (at < text.length()) {
                lines.add(text.substring(at, Math.min(text.length(), at + length)));
                at += length;
            }
        }
        for (; at < text.length(); at += 800) {
            lines.add(text.substring(at, Math.min(text.length(), at + 800)));
        }
        return lines;
    }

    String line(int i) {
        return lines().get(i);
    }

    /** Zone {@code position} (from 1) of {@code length} characters of line {@code i} (from 0). */
    String zone(int i, int position, int length) {
        return line(i).substring(position - 1, position - 1 + length);
    }

    /** The file with zone {@code position} of line {@code i} replaced; any record check is left as it was. */
    AnswerFile withZone(int i, int position, String value) {
        List<String> lines = lines();
        String line = lines.get(i);
        lines.set(i, line.substring(0, position - 1) + value + line.substring(position - 1 + value.length()));
        return new AnswerFile(String.join("", lines));
    }

    /** The file with zone {@code position} of line {@code i} replaced and the record check of the line made right. */
    AnswerFile withZoneResealed(int i, int position, String value) {
        AnswerFile changed = withZone(i, position, value);
        return changed.withZone(i, 349, String.format(Locale.ROOT, "%02d", independentCheck(changed.line(i))));
    }

    /** The file without line {@code i}. */
    AnswerFile withoutLine(int i) {
        List<String> lines = lines();
        lines.remove(i);
        return new AnswerFile(String.join("", lines));
    }

    AnswerFile withText(String other) {
        return new AnswerFile(other);
    }

    InsurerReturn read() {
        return FORMAT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** The record check as the public implementations define it, over the first 348 characters, computed here independently. */
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
}
