package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.LayoutDocument;
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
 * {@code mappings/formats/efact-answers.md} is the contract of the efact answer: its tables must describe the Bindy
 * models exactly (every zone's position, length and type) and the zones must cover each part without gap.
 */
class AnswerLayoutDocumentMatchesTheModelsTest {

    private static final Path DOCUMENT = Path.of("mappings/formats/efact-answers.md");

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
        List<Zone> documented = LayoutDocument.documentedZones(DOCUMENT).get(section);

        assertThat(documented).as(section + " in the document").isNotNull();
        assertThat(LayoutDocument.modelZones(model)).isEqualTo(documented);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theZonesCoverThePartWithoutGap(String section, Class<?> model) {
        LayoutDocument.assertZonesCoverTheModel(model);
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
        assertThat(LayoutDocument.documentedZones(DOCUMENT).keySet()).containsExactlyInAnyOrderElementsOf(
                models().map(arguments -> (String) arguments.get()[0]).toList());
    }
}
