package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;

import java.util.List;

/**
 * Maps a line without any library: the fields are already split and trimmed, only empty fields become
 * {@code null}. Gives the same sessions as {@link BindySessionLineBinder} (which now looks Bindy's model up
 * once, and costs little more); kept as the plain reading the Bindy mapping is checked against.
 */
final class SplitSessionLineBinder implements SessionLineBinder {

    @Override
    public DeclaredSession bind(long lineNumber, List<String> fields) {
        return new DeclaredSession(lineNumber, text(fields.get(0)), text(fields.get(1)), text(fields.get(2)),
                text(fields.get(3)), text(fields.get(4)), text(fields.get(5)), text(fields.get(6)),
                text(fields.get(7)), text(fields.get(8)), text(fields.get(9)), null);
    }

    private static String text(String field) {
        return field.isEmpty() ? null : field;
    }
}
