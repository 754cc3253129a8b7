package be.psygate.tariff;

import be.psygate.identity.Pseudocode;
import be.psygate.money.Amounts;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a tariff version from its CSV file in {@code mappings/tariffs/}: UTF-8, {@code ;}-separated, lines starting
 * with {@code #} are comments, then the header {@value #HEADER} and one line per pseudocode. An empty amount means
 * "none" (allowed for mission codes only). The file is named by the date the version comes into force, e.g.
 * {@code 2022-10-01.csv}. A file with any wrong line is refused as a whole, the message naming the line.
 */
public final class TariffCsv {

    public static final String HEADER =
            "pseudocode;care;kind;outreach;description;fee;insurer_pref;insurer_std;copay_pref;copay_std";
    private static final int COLUMNS = 10;
    private static final DatedFiles<TariffVersion, TariffFileException> FILES = new DatedFiles<>("tariff", ".csv",
            TariffCsv::validFromOf, (reader, validFrom) -> read(validFrom, reader), TariffFileException.class,
            TariffFileException::new);

    private TariffCsv() {
    }

    /** Reads the version in force from {@code validFrom}. */
    public static TariffVersion read(LocalDate validFrom, Reader reader) {
        Map<Pseudocode, Tariff> tariffs = new LinkedHashMap<>();
        Map<Pseudocode, Integer> lineOf = new HashMap<>();
        DataLines.read(reader, "the tariff file", HEADER,
                n -> new TariffFileException("line " + n + ": expected the header " + HEADER), (line, lineNumber) -> {
            Tariff tariff = tariffOf(line, lineNumber);
            Integer earlier = lineOf.putIfAbsent(tariff.code(), lineNumber);
            if (earlier != null) {
                throw new TariffFileException(
                        "line " + lineNumber + ": pseudocode " + tariff.code() + " already given on line " + earlier);
            }
            tariffs.put(tariff.code(), tariff);
        });
        if (tariffs.isEmpty()) {
            throw new TariffFileException("The tariff file has no tariff line");
        }
        return new TariffVersion(validFrom, tariffs);
    }

    /** Reads a version from a file named by its start date, e.g. {@code 2022-10-01.csv}. */
    public static TariffVersion read(Path file) {
        return FILES.read(file);
    }

    /** Reads every {@code *.csv} version of a directory into a book. */
    public static TariffBook readDirectory(Path directory) {
        return new TariffBook(FILES.readDirectory(directory));
    }

    /** The date a version comes into force, from its file name {@code yyyy-MM-dd.csv}. */
    public static LocalDate validFromOf(String fileName) {
        String date = fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new TariffFileException(
                    "A tariff file is named by the date it comes into force, e.g. 2022-10-01.csv, got " + fileName, e);
        }
    }

    private static Tariff tariffOf(String line, int lineNumber) {
        String[] fields = line.split(";", -1);
        if (fields.length != COLUMNS) {
            throw new TariffFileException(
                    "line " + lineNumber + ": " + fields.length + " fields, " + COLUMNS + " expected");
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        try {
            if (fields[4].isEmpty()) {
                throw new IllegalArgumentException("description is missing");
            }
            return new Tariff(
                    Pseudocode.parse(fields[0]),
                    Care.fromTariffFile(fields[1]),
                    ServiceKind.fromTariffFile(fields[2]),
                    outreach(fields[3]),
                    fields[4],
                    amount(fields[5]),
                    amount(fields[6]),
                    amount(fields[7]),
                    amount(fields[8]),
                    amount(fields[9]));
        } catch (IllegalArgumentException e) {
            throw new TariffFileException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static boolean outreach(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("outreach must be yes or no, got: " + text);
        };
    }

    private static BigDecimal amount(String text) {
        return text.isEmpty() ? null : Amounts.parse(text);
    }
}
