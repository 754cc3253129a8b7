package be.psygate.billing.format.efact;

import be.psygate.billing.format.efact.LayoutDocument.Zone;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mappings/formats/efact-layout.md} is the contract of the efact format: its tables must describe the Bindy
 * models exactly (every zone's position, length and type) and the zones must cover 350 characters without gap or
 * overlap.
 */
class LayoutDocumentMatchesTheModelsTest {

    private static final Path DOCUMENT = Path.of("mappings/formats/efact-layout.md");

    /** Each section of the document and the model of its part; records 95 and 96 share one. */
    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("Segment 200", Segment200Sending.class),
                Arguments.of("Segment 300", Segment300Sending.class),
                Arguments.of("Record 10", Record10FileHeader.class),
                Arguments.of("Record 20", Record20InvoiceHeader.class),
                Arguments.of("Record 50", Record50Service.class),
                Arguments.of("Record 80", Record80InvoiceFooter.class),
                Arguments.of("Record 90", Record90MutualityFooter.class),
                Arguments.of("Record 95", Record95Or96Totals.class),
                Arguments.of("Record 96", Record95Or96Totals.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theDocumentedZonesAreTheZonesOfTheModel(String section, Class<?> model) throws IOException {
        List<Zone> documented = LayoutDocument.documentedZones(DOCUMENT).get(section);

        assertThat(documented).as("%s in the document", section).isNotNull();
        assertThat(LayoutDocument.modelZones(model)).isEqualTo(documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theZonesCoverTheModelWithoutGap(String section, Class<?> model) {
        LayoutDocument.assertZonesCoverTheModel(model);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void recordsWithARecordCheckStartWithTypeAndSequenceAndEndWithTheCheck(String section, Class<?> model) {
        if (!EfactRecord.class.isAssignableFrom(model)) {
            return;
        }
        List<Zone> zones = LayoutDocument.modelZones(model);
        assertThat(model.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(350);
        assertThat(zones.get(zones.size() - 1)).isEqualTo(new Zone(349, 2, "N"));
        assertThat(zones.get(0)).isEqualTo(new Zone(1, 2, "N"));
        assertThat(zones.get(1)).isEqualTo(new Zone(3, 6, "N"));
    }

    @Test
    void theRecordsWithARecordCheckAreTheOnesThePublicLayoutChecks() {
        assertThat(models().filter(arguments -> EfactRecord.class.isAssignableFrom((Class<?>) arguments.get()[1]))
                .map(arguments -> (String) arguments.get()[0]))
                .containsExactly("Record 10", "Record 20", "Record 50", "Record 80", "Record 90");
    }

    @Test
    void theDocumentDescribesEveryRecordTypeAndNoOther() throws IOException {
        assertThat(LayoutDocument.documentedZones(DOCUMENT).keySet()).containsExactly("Segment 200", "Segment 300",
                "Record 10", "Record 20", "Record 50", "Record 80", "Record 90", "Record 95", "Record 96");
    }
}
