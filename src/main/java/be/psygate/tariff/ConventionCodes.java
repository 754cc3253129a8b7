package be.psygate.tariff;

import be.psygate.identity.InvalidIdentifierException;
import be.psygate.identity.Pseudocode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The convention's own list of pseudocodes with their descriptions ({@code mappings/pseudocodes.csv}, from annex 1 of
 * the 2023 amendment). It tells a code of the convention that no tariff prices yet (refused for lack of a tariff on
 * the session date) from a code that is not the convention's at all (unknown), whatever the tariff versions hold.
 * The file: UTF-8, {@code ;}-separated, lines starting with {@code #} are comments, then the header
 * {@value #HEADER} and one line per code. A file with any wrong line is refused as a whole, the message naming the
 * line.
 */
public final class ConventionCodes {

    public static final String HEADER = "pseudocode;description";

    /** No list: only the codes of the tariff versions are known. */
    public static final ConventionCodes NONE = new ConventionCodes(Map.of());

    private final Map<Pseudocode, String> descriptions;

    private ConventionCodes(Map<Pseudocode, String> descriptions) {
        this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    }

    public static ConventionCodes read(Reader reader) {
        Map<Pseudocode, String> descriptions = new LinkedHashMap<>();
        DataLines.read(reader, "the list of pseudocodes", HEADER,
                n -> new TariffFileException("line " + n + ": expected the header " + HEADER), (line, lineNumber) -> {
            String[] fields = line.split(";", -1);
            if (fields.length != 2 || fields[1].isBlank()) {
                throw new TariffFileException("line " + lineNumber + ": expected a pseudocode and its description");
            }
            Pseudocode code = codeOf(fields[0].strip(), lineNumber);
            if (descriptions.putIfAbsent(code, fields[1].strip()) != null) {
                throw new TariffFileException("line " + lineNumber + ": pseudocode " + code + " is listed twice");
            }
        });
        if (descriptions.isEmpty()) {
            throw new TariffFileException("The list of pseudocodes has no code");
        }
        return new ConventionCodes(descriptions);
    }

    public static ConventionCodes read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (TariffFileException e) {
            throw new TariffFileException(file.getFileName() + ", " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of pseudocodes " + file.getFileName(), e);
        }
    }

    /** Whether the convention lists {@code code}. */
    public boolean lists(Pseudocode code) {
        return descriptions.containsKey(code);
    }

    /** The convention's description of {@code code}, in French as published. */
    public Optional<String> description(Pseudocode code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    /** The listed codes, in the order of the file. */
    public Set<Pseudocode> codes() {
        return descriptions.keySet();
    }

    private static Pseudocode codeOf(String text, int lineNumber) {
        try {
            return Pseudocode.parse(text);
        } catch (InvalidIdentifierException e) {
            throw new TariffFileException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
