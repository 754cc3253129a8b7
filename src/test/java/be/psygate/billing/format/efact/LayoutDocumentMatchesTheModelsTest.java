package be.psygate.billing.format.efact;

import be.psygate.billing.format.efact.LayoutDocument.Zone;
import be.psygate.billing.returns.efact.AcknowledgedMessage;
import be.psygate.billing.returns.efact.ErrorDetail;
import be.psygate.billing.returns.efact.Record91Settlement;
import be.psygate.billing.returns.efact.Segment200Message;
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
 * {@code mappings/formats/efact-layout.md} and {@code efact-answers.md} are the contracts of the efact invoice and of
 * the efact answer: their tables must describe the Bindy models exactly (every zone's position, length and type), the
 * zones must cover each part without gap or overlap, and each document describes the parts of its models and no
 * other.
 */
class LayoutDocumentMatchesTheModelsTest {

    private static final Path INVOICE = Path.of("mappings/formats/efact-layout.md");
    private static final Path ANSWER = Path.of("mappings/formats/efact-answers.md");

    /** Each section of each document and the model of its part; records 95 and 96 share one. */
    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(INVOICE, "Segment 200", Segment200Sending.class),
                Arguments.of(INVOICE, "Segment 300", Segment300Sending.class),
                Arguments.of(INVOICE, "Record 10", Record10FileHeader.class),
                Arguments.of(INVOICE, "Record 20", Record20InvoiceHeader.class),
                Arguments.of(INVOICE, "Record 50", Record50Service.class),
                Arguments.of(INVOICE, "Record 80", Record80InvoiceFooter.class),
                Arguments.of(INVOICE, "Record 90", Record90MutualityFooter.class),
                Arguments.of(INVOICE, "Record 95", Record95Or96Totals.class),
                Arguments.of(INVOICE, "Record 96", Record95Or96Totals.class),
                Arguments.of(ANSWER, "Segment 200", Segment200Message.class),
                Arguments.of(ANSWER, "Segment 300", be.psygate.billing.returns.efact.Segment300Sending.class),
                Arguments.of(ANSWER, "Message acknowledged", AcknowledgedMessage.class),
                Arguments.of(ANSWER, "Error detail", ErrorDetail.class),
                Arguments.of(ANSWER, "Record 91", Record91Settlement.class));
    }

    static Stream<Path> documents() {
        return Stream.of(INVOICE, ANSWER);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("models")
    void theDocumentedZonesAreTheZonesOfTheModel(Path document, String section, Class<?> model) throws IOException {
        List<Zone> documented = LayoutDocument.documentedZones(document).get(section);

        assertThat(documented).as("%s in %s", section, document).isNotNull();
        assertThat(LayoutDocument.modelZones(model)).isEqualTo(documented);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("models")
    void theZonesCoverTheModelWithoutGap(Path document, String section, Class<?> model) {
        LayoutDocument.assertZonesCoverTheModel(model);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("models")
    void recordsWithARecordCheckStartWithTypeAndSequenceAndEndWithTheCheck(Path document, String section,
                                                                          Class<?> model) {
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
        assertThat(models().filter(arguments -> EfactRecord.class.isAssignableFrom((Class<?>) arguments.get()[2]))
                .map(arguments -> (String) arguments.get()[1]))
                .containsExactly("Record 10", "Record 20", "Record 50", "Record 80", "Record 90");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theDocumentDescribesEveryPartAndNoOther(Path document) throws IOException {
        assertThat(LayoutDocument.documentedZones(document).keySet()).containsExactlyElementsOf(
                models().filter(arguments -> arguments.get()[0].equals(document))
                        .map(arguments -> (String) arguments.get()[1]).toList());
    }

    @Test
    void theInvoiceDocumentDescribesEveryRecordTypeAndNoOther() throws IOException {
        assertThat(LayoutDocument.documentedZones(INVOICE).keySet()).containsExactly("Segment 200", "Segment 300",
                "Record 10", "Record 20", "Record 50", "Record 80", "Record 90", "Record 95", "Record 96");
    }

    @Test
    void theAnswerPartsHaveTheLengthsOfTheDomainNotes() {
        assertThat(Segment200Message.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(67);
        assertThat(be.psygate.billing.returns.efact.Segment300Sending.class.getAnnotation(FixedLengthRecord.class)
                .length()).isEqualTo(160);
        assertThat(ErrorDetail.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(450);
        assertThat(Record91Settlement.class.getAnnotation(FixedLengthRecord.class).length()).isEqualTo(350);
    }
}
