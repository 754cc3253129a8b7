package be.psygate.billing.returns.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
 * {@code mappings/formats/efact-answers.md} is the contract of the efact answer: its tables must describe the Bindy
 * models exactly (every zone's position, length and type) and the zones must cover each part without gap.
 */
class AnswerLayoutDocumentMatchesTheModelsTest {

    private static final Path DOCUMENT = Path.of("mappings/formats/efact-answers.md");
    private static final Pattern SECTION = Pattern.compile("^## ([^:]+):");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| ([NA]) \\|");

    /** A zone as the document or a model gives it. */
    record Zone(int position, int length, String type) {
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("Segment 200", Segment200Message.class),
                Arguments.of("Segment 300", Segment300Sending.class),
                Arguments.of("Message acknowledged", AcknowledgedMessage.class),
                Arguments.of("Error detail", ErrorDetail.class),
                Arguments.of("Record 91", Record91Settlement.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theDocumentedZonesAreTheZonesOfTheModel(String section, Class<?> model) throws IOException {
        List<Zone> documented = documentedZones().get(section);

        assertThat(documented).as(section + " in the document").isNotNull();
        assertThat(modelZones(model)).isEqualTo(documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theZonesCoverThePartWithoutGap(String section, Class<?> model) {
        int next = 1;
        for (Zone zone : modelZones(model)) {
            assertThat(zone.position()).as("zone at %d of %s", zone.position(), section).isEqualTo(next);
            next += zone.length();
        }
        assertThat(next - 1).isEqualTo(model.getAnnotation(FixedLengthRecord.class).length());
    }

    @Test
    void thePartsHaveTheLengthsOfTheDomainNotes() {
        assertThat(Segment200Message.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(67);
        assertThat(Segment300Sending.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(160);
        assertThat(ErrorDetail.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(450);
        assertThat(Record91Settlement.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(350);
    }

    @Test
    void theDocumentDescribesEveryPartAndNoOther() throws IOException {
        assertThat(documentedZones().keySet()).containsExactlyInAnyOrderElementsOf(
                models().map(arguments -> (String) arguments.get()[0]).toList());
    }

    /** N zones are right-aligned and zero-padded; A zones left-aligned and space-padded. */
    private static List<Zone> modelZones(Class<?> model) {
        List<Zone> zones = new ArrayList<>();
        Arrays.stream(model.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(DataField.class))
                .sorted(Comparator.comparingInt((Field f) -> f.getAnnotation(DataField.class).pos()))
                .forEach(f -> {
                    DataField zone = f.getAnnotation(DataField.class);
                    String type;
                    if (zone.align().equals("R") && zone.paddingChar() == '0') {
                        type = "N";
                    } else if (zone.align().equals("L") && zone.paddingChar() == ' ') {
                        type = "A";
                    } else {
                        type = "?" + zone.align() + zone.paddingChar();
                    }
                    zones.add(new Zone(zone.pos(), zone.length(), type));
                });
        return zones;
    }

    /** The tables of the document, by section; a section without a zone table (the echo) is left out. */
    private static Map<String, List<Zone>> documentedZones() throws IOException {
        Map<String, List<Zone>> sections = new LinkedHashMap<>();
        List<Zone> current = null;
        int expectedZone = 0;
        for (String line : Files.readAllLines(DOCUMENT)) {
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
}
