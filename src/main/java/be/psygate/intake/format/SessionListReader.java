package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a session list and hands its lines, one at a time and in file order, to a sink.
 *
 * <p>A reader streams: it keeps one line (or one XML {@code session} element) in memory, never the file,
 * so a list of a million lines reads in a small, constant heap. Every field arrives trimmed, as text, with
 * an empty field as {@code null}; nothing is checked beyond the shape of the line (the rules do that).
 *
 * <p>Two kinds of trouble:
 * <ul>
 *   <li>a line that cannot be split into its fields (wrong number of fields, a field longer than
 *       {@value #MAX_FIELD_LENGTH} characters) is handed to the sink as {@link DeclaredSession#malformed}
 *       with a readable problem, and reading goes on;</li>
 *   <li>a file that cannot be read as a whole throws {@link UnreadableListException}. That can happen after
 *       lines were already handed to the sink (invalid UTF-8 on line 50,000, an XML document that breaks
 *       its schema halfway): the caller runs the reading in a transaction and rolls back what the sink
 *       did, so a file is either read entirely or refused entirely.</li>
 * </ul>
 * An I/O failure of the stream itself is not the file's fault and surfaces as an
 * {@link java.io.UncheckedIOException}; an exception thrown by the sink propagates unchanged.
 * The reader does not close the stream. Implementations are thread-safe.
 */
public interface SessionListReader {

    /** The longest field a line may carry; a longer one makes the line malformed. */
    int MAX_FIELD_LENGTH = 200;

    /**
     * Reads the whole list from {@code in}, handing each line to {@code sink} as soon as it is read.
     *
     * @param in   the file's bytes, as uploaded; left open
     * @param sink receives the lines in file order, malformed ones included
     * @throws UnreadableListException when the file as a whole cannot be processed
     */
    void read(InputStream in, Consumer<DeclaredSession> sink) throws UnreadableListException;
}
