package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.PartedFile;
import be.psygate.billing.returns.InsurerReturn;

import java.util.ArrayList;
import java.util.List;

/** An efact answer in a test: written from an answer, looked at line by line, changed, read back. */
final class AnswerFile extends PartedFile<AnswerFile> {

    private static final EfactReturnFormat FORMAT = new EfactReturnFormat();

    private AnswerFile(String text) {
        super(text);
    }

    static AnswerFile of(InsurerReturn answer) {
        return new AnswerFile(written(out -> FORMAT.write(answer, out)));
    }

    /**
     * The parts ("lines" in the messages), cut by their lengths: segment 200 (67), segment 300 (160), the message
     * acknowledged (8) of a receipt, then parts of 800 characters (the last one possibly shorter).
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int at = 0;
        List<Integer> lengths = new ArrayList<>(List.of(67, 160));
        if (text().startsWith("931000")) {
            lengths.add(8);
        }
        String text = text();
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

    /** Nothing: zones are counted in every line, the segments included. */
    @Override
    protected String head() {
        return "";
    }

    @Override
    protected List<String> parts() {
        return lines();
    }

    /** The file without line {@code i}. */
    AnswerFile withoutLine(int i) {
        List<String> lines = lines();
        lines.remove(i);
        return new AnswerFile(String.join("", lines));
    }

    @Override
    public AnswerFile withText(String other) {
        return new AnswerFile(other);
    }

    InsurerReturn read() {
        return FORMAT.read(bytes());
    }
}
