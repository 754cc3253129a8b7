package be.psygate.intake.format;

import be.psygate.identity.LineRef;
import be.psygate.rules.DeclaredSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one physical line of a CSV session list into a {@link DeclaredSession}: checks its shape (line
 * length, number of fields, field lengths) and hands a well-shaped line to the {@link SessionLineBinder}.
 * A line of the wrong shape becomes a malformed session whose line reference is its first field, if that
 * field is a valid line reference.
 */
final class CsvLineParser {

    private static final char SEPARATOR = ';';
    private static final List<String> COLUMNS = List.of(CsvSessionListReader.HEADER.split(";"));

    private final SessionLineBinder binder;
    private final int maxLineLength;

    CsvLineParser(SessionLineBinder binder, int maxLineLength) {
        this.binder = binder;
        this.maxLineLength = maxLineLength;
    }

    DeclaredSession parse(Utf8LineReader.Line line) {
        String text = line.text();
        long number = line.number();
        if (line.truncated()) {
            return DeclaredSession.malformed(number, lineRef(text, true),
                    "line longer than " + maxLineLength + " characters");
        }
        int fieldCount = countSeparators(text) + 1;
        if (fieldCount != CsvSessionListReader.FIELD_COUNT) {
            return DeclaredSession.malformed(number, lineRef(text, false),
                    fieldCount + " fields, " + CsvSessionListReader.FIELD_COUNT + " expected");
        }
        List<String> fields = split(text);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).length() > SessionListReader.MAX_FIELD_LENGTH) {
                return DeclaredSession.malformed(number, lineRef(text, false),
                        "field " + (i + 1) + " (" + COLUMNS.get(i) + ") longer than "
                                + SessionListReader.MAX_FIELD_LENGTH + " characters");
            }
        }
        return binder.bind(number, fields);
    }

    private static int countSeparators(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == SEPARATOR) {
                count++;
            }
        }
        return count;
    }

    private static List<String> split(String text) {
        List<String> fields = new ArrayList<>(CsvSessionListReader.FIELD_COUNT);
        int start = 0;
        for (int end = text.indexOf(SEPARATOR); end >= 0; end = text.indexOf(SEPARATOR, start)) {
            fields.add(text.substring(start, end).strip());
            start = end + 1;
        }
        fields.add(text.substring(start).strip());
        return fields;
    }

    /**
     * The first field of a malformed line, trimmed, when it is a valid line reference; {@code null} when it is
     * not (a line with other separators, say, whose first "field" holds the whole line, patient's number
     * included: it must not come back as a reference), or may have been cut with the line.
     */
    private static String lineRef(String text, boolean truncated) {
        int end = text.indexOf(SEPARATOR);
        if (end < 0 && truncated) {
            return null;
        }
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return LineRef.isValid(first) ? first : null;
    }
}
