package be.psygate.billing.format.efact;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
 * {@code mappings/formats/efact-layout.md} is the contract of the efact format: its tables must describe the Bindy
 * models exactly (every zone's position, length and type) and the zones must cover 350 characters without gap or
 * overlap.
 */
class LayoutDocumentMatchesTheModelsTest {

    private static final Path DOCUMENT = Path.of("mappings/formats/efact-layout.md");
    private static final Pattern SECTION = Pattern.compile("^## (?:Record|Segment) (\\d+):");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| ([NA]) \\|");

    /** A zone as the document or a model gives it. */
    record Zone(int position, int length, String type) {
    }

    static Stream<Class<?>> models() {
        return Stream.of(Segment200Sending.class, Segment300Sending.class, Record10FileHeader.class, Record20InvoiceHeader.class, Record50Service.class,
                Record80InvoiceFooter.class, Record90MutualityFooter.class, Record95MutualitySummary.class,
                Record96FileTotal.class);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theDocumentedZonesAreTheZonesOfTheModel(Class<?> model) throws Exception {
        int type = typeOf(model);

        List<Zone> documented = documentedZones().get(type);

        assertThat(documented).as("record %d in the document", type).isNotNull();
        assertThat(modelZones(model)).isEqualTo(documented);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theZonesCoverTheModelWithoutGap(Class<?> model) {
        List<Zone> zones = modelZones(model);
        int next = 1;
        for (Zone zone : zones) {
            assertThat(zone.position()).as("zone at %d of %s", zone.position(), model.getSimpleName())
                    .isEqualTo(next);
            next += zone.length();
        }
        assertThat(next - 1).isEqualTo(model.getAnnotation(FixedLengthRecord.class).length());
    }

    @ParameterizedTest
    @MethodSource("models")
    void recordsWithARecordCheckStartWithTypeAndSequenceAndEndWithTheCheck(Class<?> model) {
        if (!EfactRecord.class.isAssignableFrom(model)) {
            return;
        }
        List<Zone> zones = modelZones(model);
        assertThat(model.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(350);
        assertThat(zones.get(zones.size() - 1)).isEqualTo(new Zone(349, 2, "N"));
        assertThat(zones.get(0)).isEqualTo(new Zone(1, 2, "N"));
        assertThat(zones.get(1)).isEqualTo(new Zone(3, 6, "N"));
    }

    @Test
    void theRecordsWithARecordCheckAreTheOnesThePublicLayoutChecks() {
        assertThat(models().filter(EfactRecord.class::isAssignableFrom).map(LayoutDocumentMatchesTheModelsTest::typeOf))
                .containsExactly(10, 20, 50, 80, 90);
    }

    private static int typeOf(Class<?> model) {
        if (model == Segment200Sending.class) {
            return 200;
        }
        if (model == Segment300Sending.class) {
            return 300;
        }
        try {
            return model.getDeclaredField("TYPE").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDocumentDescribesEveryRecordTypeAndNoOther() throws IOException {
        assertThat(documentedZones().keySet()).containsExactly(200, 300, 10, 20, 50, 80, 90, 95, 96);
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

    private static Map<Integer, List<Zone>> documentedZones() throws IOException {
        Map<Integer, List<Zone>> records = new LinkedHashMap<>();
        List<Zone> current = null;
        int expectedZone = 0;
        for (String line : Files.readAllLines(DOCUMENT)) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = new ArrayList<>();
                records.put(Integer.parseInt(section.group(1)), current);
                expectedZone = 1;
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.find() && current != null) {
                assertThat(Integer.parseInt(row.group(1))).as("zone numbering in: %s", line).isEqualTo(expectedZone++);
                current.add(new Zone(Integer.parseInt(row.group(2)), Integer.parseInt(row.group(3)), row.group(4)));
            }
        }
        return records;
    }
}
