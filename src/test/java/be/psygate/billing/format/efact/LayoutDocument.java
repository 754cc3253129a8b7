package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layout document of {@code mappings/formats} (the invoice's, the answer's) and the Bindy models it describes: the
 * zone tables of the document, by section ({@code ## Record 10: file header} is section {@code Record 10}), and the
 * zones of a model, its own and those it inherits, as the codec reads them.
 */
final class LayoutDocument {

    private static final Pattern SECTION = Pattern.compile("^## ([^:]+):");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| ([NA]) \\|");

    /** A zone as the document or a model gives it: N right-aligned and zero-padded, A left-aligned and spaced. */
    record Zone(int position, int length, String type) {
    }

    private LayoutDocument() {
    }

    /**
     * The zone tables of the document, by section, in the order of the document; a section without a zone table is
     * left out. The zones of a table must be numbered from 1 without gap.
     */
    static Map<String, List<Zone>> documentedZones(Path document) throws IOException {
        Map<String, List<Zone>> sections = new LinkedHashMap<>();
        List<Zone> current = null;
        int expectedZone = 0;
        for (String line : Files.readAllLines(document)) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = new ArrayList<>();
                sections.put(section.group(1), current);
                expectedZone = 1;
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.find() && current != null) {
                assertThat(Integer.parseInt(row.group(1))).as("zone numbering in: %s", line).isEqualTo(expectedZone++);
                current.add(new Zone(Integer.parseInt(row.group(2)), Integer.parseInt(row.group(3)), row.group(4)));
            }
        }
        sections.values().removeIf(List::isEmpty);
        return sections;
    }

    /** The zones of the model, those of its superclasses included, in the order of their positions. */
    static List<Zone> modelZones(Class<?> model) {
        return Stream.<Class<?>>iterate(model, type -> type != Object.class, type -> type.getSuperclass())
                .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(f -> f.isAnnotationPresent(DataField.class))
                .sorted(Comparator.comparingInt((Field f) -> f.getAnnotation(DataField.class).pos()))
                .map(f -> zone(f.getAnnotation(DataField.class)))
                .toList();
    }

    /** The zones of the model follow one another from position 1 to its length, without gap or overlap. */
    static void assertZonesCoverTheModel(Class<?> model) {
        int next = 1;
        for (Zone zone : modelZones(model)) {
            assertThat(zone.position()).as("zone at %d of %s", zone.position(), model.getSimpleName())
                    .isEqualTo(next);
            next += zone.length();
        }
        assertThat(next - 1).isEqualTo(model.getAnnotation(FixedLengthRecord.class).length());
    }

    private static Zone zone(DataField zone) {
        String type;
        if (zone.align().equals("R") && zone.paddingChar() == '0') {
            type = "N";
        } else if (zone.align().equals("L") && zone.paddingChar() == ' ') {
            type = "A";
        } else {
            type = "?" + zone.align() + zone.paddingChar();
        }
        return new Zone(zone.pos(), zone.length(), type);
    }
}
