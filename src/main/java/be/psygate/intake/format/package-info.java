/**
 * Reading session lists: {@link be.psygate.intake.format.SessionListReaders} picks the reader by file
 * name, a {@link be.psygate.intake.format.SessionListReader} streams the lines of a CSV or XML list to a sink
 * as {@link be.psygate.rules.DeclaredSession}s, and a file that cannot be read as a whole is refused with an
 * {@link be.psygate.intake.format.UnreadableListException}. Nothing here knows Spring; Camel appears only as
 * the Bindy library mapping a CSV line.
 */
package be.psygate.intake.format;
