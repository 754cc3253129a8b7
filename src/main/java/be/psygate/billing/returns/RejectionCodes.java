package be.psygate.billing.returns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rejection codes of {@value #RESOURCE}: UTF-8, {@code ;}-separated, header {@code code;scope;text}, lines
 * starting with {@code #} are comments. Loading refuses a file with a malformed or repeated code, an unknown scope,
 * a text an answer cannot carry, or without at least one code of each scope.
 */
public final class RejectionCodes {

    /** Where the codes are on the classpath. */
    public static final String RESOURCE = "mappings/formats/insurer-rejection-codes.csv";

    private static final String HEADER = "code;scope;text";

    private final Map<String, RejectionCode> byCode;

    private RejectionCodes(Map<String, RejectionCode> byCode) {
        this.byCode = byCode;
    }

    /** Reads {@value #RESOURCE} from the classpath. */
    public static RejectionCodes fromClasspath() {
        InputStream in = RejectionCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + RESOURCE);
        }
        try (in) {
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a list of rejection codes.
     *
     * @throws IllegalArgumentException naming the line, when the list is not valid
     */
    public static RejectionCodes load(Reader reader) {
        Map<String, RejectionCode> codes = new LinkedHashMap<>();
        boolean headerSeen = false;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    require(line.strip().equals(HEADER), number, "the header must be " + HEADER);
                    headerSeen = true;
                    continue;
                }
                RejectionCode code = row(line, number);
                require(codes.put(code.code(), code) == null, number, "code " + code.code() + " appears twice");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the rejection codes cannot be read", e);
        }
        RejectionCodes loaded = new RejectionCodes(codes);
        require(!loaded.lineCodes().isEmpty() && !loaded.fileCodes().isEmpty(), number,
                "at least one code of each scope (line, file) is needed");
        return loaded;
    }

    private static RejectionCode row(String line, int number) {
        String[] fields = line.split(";", -1);
        require(fields.length == 3, number, "3 fields (" + HEADER + ") expected, got " + fields.length);
        RejectionCode.Scope scope;
        try {
            scope = RejectionCode.Scope.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rejection codes, line " + number + ": scope must be line or file",
                    e);
        }
        try {
            return new RejectionCode(fields[0].strip(), scope, fields[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rejection codes, line " + number + ": " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, int number, String message) {
        if (!condition) {
            throw new IllegalArgumentException("rejection codes, line " + number + ": " + message);
        }
    }

    /** The codes that refuse a session, in the order of the file. */
    public List<RejectionCode> lineCodes() {
        return ofScope(RejectionCode.Scope.LINE);
    }

    /** The codes that refuse a whole file, in the order of the file. */
    public List<RejectionCode> fileCodes() {
        return ofScope(RejectionCode.Scope.FILE);
    }

    /** The code {@code code}, if the list has it. */
    public Optional<RejectionCode> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    private List<RejectionCode> ofScope(RejectionCode.Scope scope) {
        List<RejectionCode> codes = new ArrayList<>();
        for (RejectionCode code : byCode.values()) {
            if (code.scope() == scope) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
