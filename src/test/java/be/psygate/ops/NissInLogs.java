package be.psygate.ops;

import be.psygate.identity.Inami;
import be.psygate.identity.Niss;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds national numbers (NISS) in log files. A number is reported when it is one of the {@linkplain #fixtureNiss
 * patients of the fixtures}, or when it is any 11-digit number whose check digits make it a NISS, unless the logs
 * name it as a practice's INAMI number ("practice 91234537770", "Practice registered 70000148770"): an INAMI number
 * has 11 digits too, and about one in a hundred also passes the NISS check. What is reported is masked, so that the
 * report does not leak what it found.
 */
final class NissInLogs {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
    private static final Pattern PRACTICE_NUMBER =
            Pattern.compile("(?i)\\bpractice (?:registered |updated )?(\\d{11})(?!\\d)");
    /** Camel's exchange id: a run of its hexadecimal digits may be eleven decimal ones, by chance. */
    private static final Pattern EXCHANGE_ID = Pattern.compile("\\b[0-9A-F]{15}-[0-9A-F]{16}\\b");
    private static final Pattern XML_NISS = Pattern.compile("(?i)<(\\w*niss)>\\s*(\\d+)\\s*</\\1>");

    private final Set<String> fixtureNiss;
    private final Set<String> practiceNumbers = new HashSet<>();
    private final List<String> leaks = new ArrayList<>();
    private long lines;
    private long numbers;

    NissInLogs(Set<String> fixtureNiss) {
        this.fixtureNiss = Set.copyOf(fixtureNiss);
    }

    /**
     * Reads every file first for the practices' INAMI numbers it names, then for national numbers: a practice may
     * be named in one file and its number appear in another.
     */
    NissInLogs scan(List<Path> logs) throws IOException {
        for (Path log : logs) {
            forEachLine(log, (number, line) -> {
                Matcher m = PRACTICE_NUMBER.matcher(line);
                while (m.find()) {
                    if (Inami.isValid(m.group(1))) {
                        practiceNumbers.add(m.group(1));
                    }
                }
            });
        }
        for (Path log : logs) {
            forEachLine(log, (number, line) -> {
                lines++;
                Matcher m = ELEVEN_DIGITS.matcher(EXCHANGE_ID.matcher(line).replaceAll("exchange"));
                while (m.find()) {
                    numbers++;
                    String digits = m.group();
                    // a practice's INAMI number, named as such in the logs, is no patient's, even where a broken
                    // fixture put it in the patient_niss column
                    if (!practiceNumbers.contains(digits) && (fixtureNiss.contains(digits) || Niss.isValid(digits))) {
                        leaks.add(log.getFileName() + ":" + number + ": " + masked(digits));
                    }
                }
            });
        }
        return this;
    }

    /** Where a national number was found, as {@code file:line: masked number}. */
    List<String> leaks() {
        return List.copyOf(leaks);
    }

    long lines() {
        return lines;
    }

    /** How many 11-digit numbers the logs hold (NISS or not). */
    long numbers() {
        return numbers;
    }

    /**
     * The patients' numbers in the fixtures: the {@code patient_niss} column of every CSV file, and every XML
     * element whose name ends in "niss", valid or not (a mistyped number is still a patient's).
     */
    static Set<String> fixtureNiss(Path fixtures) throws IOException {
        Set<String> niss = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase();
            if (name.endsWith(".csv")) {
                niss.addAll(csvColumn(file, "patient_niss"));
            } else if (name.endsWith(".xml")) {
                Matcher m = XML_NISS.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    niss.add(m.group(2));
                }
            }
        }
        return niss;
    }

    private static List<String> csvColumn(Path file, String column) throws IOException {
        List<String> values = new ArrayList<>();
        List<String> rows = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (rows.isEmpty()) {
            return values;
        }
        List<String> header = Arrays.stream(rows.get(0).split(";", -1))
                .map(h -> h.replace("\u00ef\u00bb\u00bf", "").strip()).toList();
        int index = header.indexOf(column);
        if (index < 0) {
            return values;
        }
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(";", -1);
            if (fields.length > index && !fields[index].isBlank()) {
                values.add(fields[index].strip());
            }
        }
        return values;
    }

    private static String masked(String digits) {
        return Niss.isValid(digits) ? Niss.parse(digits).masked() : digits.substring(0, 2) + "*********";
    }

    private interface LineConsumer {
        void accept(long number, String line);
    }

    /** Reads a log line by line as UTF-8, replacing what is not: a log line is never skipped. */
    private static void forEachLine(Path log, LineConsumer consumer) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(log), decoder))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                consumer.accept(++number, line);
            }
        }
    }
}
