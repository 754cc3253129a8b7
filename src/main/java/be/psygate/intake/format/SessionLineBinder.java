package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;

import java.util.List;

/**
 * Maps the fields of one well-shaped CSV line (exactly {@value CsvSessionListReader#FIELD_COUNT} of them,
 * already trimmed, none too long) to a {@link DeclaredSession}; an empty field becomes {@code null}.
 *
 * <p>The seam between the CSV reader, which owns the file, its encoding and its lines, and the library
 * that maps a line to an object: swap the implementation to change the library.
 */
interface SessionLineBinder {

    DeclaredSession bind(long lineNumber, List<String> fields);
}
