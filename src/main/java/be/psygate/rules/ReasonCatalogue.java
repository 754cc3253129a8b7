package be.psygate.rules;

import be.psygate.tariff.DataLines;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The readable text of every {@link ReasonCode} in French, Dutch and English, for the people who read the answers
 * (a psychologist or their secretary): what is wrong and how to fix it. Loaded from {@value #RESOURCE}: UTF-8,
 * {@code ;}-separated, header {@code code;fr;nl;en}, lines starting with {@code #} are comments. Texts hold
 * {@code {0}}-style placeholders filled by {@link MessageFormat}; an apostrophe is an ordinary character. Loading
 * fails unless every code has a text in every language.
 */
public final class ReasonCatalogue {

    public static final String RESOURCE = "mappings/reasons.csv";
    private static final String HEADER = "code;fr;nl;en";
    private static final Language[] COLUMNS = {Language.FR, Language.NL, Language.EN};

    private final Map<ReasonCode, Map<Language, String>> patterns;

    private ReasonCatalogue(Map<ReasonCode, Map<Language, String>> patterns) {
        this.patterns = patterns;
    }

    /** Reads a catalogue, refusing it (with the line) if anything is wrong or missing. */
    public static ReasonCatalogue load(Reader reader) {
        Map<ReasonCode, Map<Language, String>> patterns = new EnumMap<>(ReasonCode.class);
        DataLines.read(reader, "the reason catalogue", HEADER,
                n -> new IllegalArgumentException("Reason catalogue, line " + n + ": expected the header " + HEADER),
                (line, lineNumber) -> readRow(line, lineNumber, patterns));
        List<ReasonCode> missing = new ArrayList<>();
        for (ReasonCode code : ReasonCode.values()) {
            if (!patterns.containsKey(code)) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Reason catalogue: no texts for " + missing);
        }
        return new ReasonCatalogue(patterns);
    }

    /** Reads {@value #RESOURCE} from the classpath. */
    public static ReasonCatalogue fromClasspath() {
        InputStream in = ReasonCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The text of {@code code} in {@code language}, its placeholders filled with {@code args}. */
    public String text(ReasonCode code, Language language, Object... args) {
        return new MessageFormat(patterns.get(code).get(language), language.locale()).format(args);
    }

    private static void readRow(String line, int lineNumber, Map<ReasonCode, Map<Language, String>> patterns) {
        String[] fields = line.split(";", -1);
        require(fields.length == 1 + COLUMNS.length, lineNumber,
                fields.length + " fields, 4 expected (a text cannot contain ;)");
        ReasonCode code = codeOf(fields[0].strip(), lineNumber);
        require(!patterns.containsKey(code), lineNumber, code + " is given twice");
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (int i = 0; i < COLUMNS.length; i++) {
            String text = fields[i + 1].strip();
            require(!text.isEmpty(), lineNumber, code + " has no " + COLUMNS[i].code() + " text");
            texts.put(COLUMNS[i], patternOf(text, lineNumber));
        }
        patterns.put(code, texts);
    }

    private static ReasonCode codeOf(String text, int lineNumber) {
        try {
            return ReasonCode.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Reason catalogue, line " + lineNumber + ": unknown code " + text, e);
        }
    }

    private static String patternOf(String text, int lineNumber) {
        String pattern = text.replace("'", "''");
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Reason catalogue, line " + lineNumber + ": bad placeholder in " + text, e);
        }
        return pattern;
    }

    private static void require(boolean condition, int lineNumber, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Reason catalogue, line " + lineNumber + ": " + problem);
        }
    }
}
