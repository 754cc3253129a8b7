package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import be.psygate.rules.ReasonCode;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a CSV session list (version 1): strict UTF-8 with an optional byte order mark, {@code ;}-separated,
 * {@code \n} or {@code \r\n} line ends, first line exactly {@link #HEADER}.
 *
 * <ul>
 *   <li>Line numbers are the physical line numbers of the file: the header is line 1.</li>
 *   <li>Blank lines, wherever they are, are skipped (the header is the first line that is not blank).</li>
 *   <li>Fields are trimmed; an empty field is {@code null}. There is no quoting: a field never contains
 *       {@code ;}.</li>
 *   <li>A line without exactly {@value #FIELD_COUNT} fields, with a field longer than
 *       {@value SessionListReader#MAX_FIELD_LENGTH} characters, or longer than the reader's maximum line length
 *       ({@value #MAX_LINE_LENGTH} characters unless given) is a malformed line, and reading goes on.</li>
 *   <li>Refused as a whole: a file with nothing but blanks ({@code FILE_EMPTY}), invalid UTF-8 or a NUL
 *       character anywhere (UTF-16 or binary content; {@code FILE_NOT_UTF8}), any other first line
 *       ({@code FILE_BAD_HEADER}). The arguments are listed in {@link UnreadableListException}.</li>
 * </ul>
 * A file with a header and no line is not refused here: it simply yields no line.
 */
public final class CsvSessionListReader implements SessionListReader {

    /** The header of version 1, the column names in their order. */
    public static final String HEADER = "line_ref;psychologist_inami;patient_niss;insurer_code;preferential_regime;"
            + "session_date;pseudocode;group_participants;referral_date;prescriber_inami";
    /** The number of fields of a line. */
    public static final int FIELD_COUNT = 10;
    /** The longest line kept by default; a longer one is malformed (ten full fields and their separators fit). */
    public static final int MAX_LINE_LENGTH = 8192;

    private static final int MAX_HEADER_IN_ARGS = 200;

    private final Supplier<SessionLineBinder> binders;
    private final int maxLineLength;

    /** A reader that maps lines with Camel Bindy and cuts lines at {@value #MAX_LINE_LENGTH} characters. */
    public CsvSessionListReader() {
        this(MAX_LINE_LENGTH);
    }

    /**
     * A reader that maps lines with Camel Bindy and cuts lines at {@code maxLineLength} characters.
     *
     * @throws IllegalArgumentException when the header itself would not fit in a line
     */
    public CsvSessionListReader(int maxLineLength) {
        this(BindySessionLineBinder::new, maxLineLength);
    }

    /** A reader that maps lines with binders from the given supplier, one per file read. */
    CsvSessionListReader(Supplier<SessionLineBinder> binders) {
        this(binders, MAX_LINE_LENGTH);
    }

    private CsvSessionListReader(Supplier<SessionLineBinder> binders, int maxLineLength) {
        if (maxLineLength < HEADER.length()) {
            throw new IllegalArgumentException("a line of " + maxLineLength + " characters cannot hold the header ("
                    + HEADER.length() + " characters)");
        }
        this.binders = binders;
        this.maxLineLength = maxLineLength;
    }

    /** The longest line kept; a longer one is malformed. */
    public int maxLineLength() {
        return maxLineLength;
    }

    @Override
    public void read(InputStream in, Consumer<DeclaredSession> sink) throws UnreadableListException {
        Utf8LineReader lines = new Utf8LineReader(in, maxLineLength);
        checkHeader(nextNonBlank(lines));
        CsvLineParser parser = new CsvLineParser(binders.get(), maxLineLength);
        for (Utf8LineReader.Line line = nextNonBlank(lines); line != null; line = nextNonBlank(lines)) {
            sink.accept(parser.parse(line));
        }
    }

    private static Utf8LineReader.Line nextNonBlank(Utf8LineReader lines) throws UnreadableListException {
        Utf8LineReader.Line line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        return line;
    }

    private static void checkHeader(Utf8LineReader.Line header) throws UnreadableListException {
        if (header == null) {
            throw new UnreadableListException(ReasonCode.FILE_EMPTY, List.of(), "the file has no header and no line");
        }
        if (header.truncated() || !header.text().equals(HEADER)) {
            String found = header.text().length() > MAX_HEADER_IN_ARGS
                    ? header.text().substring(0, MAX_HEADER_IN_ARGS) + "..."
                    : header.text();
            throw new UnreadableListException(ReasonCode.FILE_BAD_HEADER, List.of(HEADER, found),
                    "line " + header.number() + " is not the expected header");
        }
    }
}
