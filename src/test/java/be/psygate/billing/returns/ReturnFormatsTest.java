package be.psygate.billing.returns;

import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.efact.EfactReturnFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnFormatsTest {

    static Stream<Arguments> everyKindInEveryFormat() {
        return Formats.ANSWERS.names().stream().flatMap(name -> TestReturns.everyKind().stream()
                .map(answer -> Arguments.of(name, answer.kind() + " " + answer.lines().size() + " lines", answer)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyKindInEveryFormat")
    void anAnswerReadBackIsTheAnswerWritten(String name, String label, InsurerReturn answer) {
        ReturnFormat format = Formats.ANSWERS.named(name);

        byte[] written = write(format, answer);
        InsurerReturn read = format.read(new ByteArrayInputStream(written));

        assertThat(read).isEqualTo(answer);
        assertThat(read.totalAccepted()).isEqualTo(answer.totalAccepted());
        assertThat(write(format, read)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyKindInEveryFormat")
    void noAnswerFileHoldsANationalNumber(String name, String label, InsurerReturn answer) {
        String written = new String(write(Formats.ANSWERS.named(name), answer), StandardCharsets.UTF_8);

        Stream.concat(TestBatches.sample().lines().stream(), TestBatches.large().lines().stream())
                .map(InvoiceLine::patient)
                .forEach(patient -> assertThat(written).doesNotContain(patient.value()));
    }

    @Test
    void formatsAreFoundByNameAndByFileName() {
        assertThat(Formats.ANSWERS.names()).containsExactly("csv", "efact", "xml")
                .isEqualTo(Formats.INVOICES.names());
        assertThat(Formats.ANSWERS.named(" EFACT ")).isInstanceOf(EfactReturnFormat.class)
                .isSameAs(Formats.ANSWERS.named("efact"));
        assertThat(Formats.ANSWERS.forFileName("answer-200-42.TXT").name()).isEqualTo("efact");
        assertThat(Formats.ANSWERS.forFileName("answer.xml").name()).isEqualTo("xml");
        assertThat(Formats.ANSWERS.forFileName("answer.csv").name()).isEqualTo("csv");
        assertThatThrownBy(() -> Formats.ANSWERS.named("pdf")).hasMessageContaining("known: [csv, efact, xml]");
        assertThatThrownBy(() -> Formats.ANSWERS.forFileName("answer.pdf")).hasMessageContaining("answer.pdf");
        assertThatThrownBy(() -> Formats.ANSWERS.named(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyFileIsRefusedByEveryFormat() {
        for (String name : Formats.ANSWERS.names()) {
            assertThatThrownBy(() -> Formats.ANSWERS.named(name).read(new ByteArrayInputStream(new byte[0])))
                    .as(name).isInstanceOf(ReturnFormatException.class);
        }
    }

    private static byte[] write(ReturnFormat format, InsurerReturn answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(answer, out);
        return out.toByteArray();
    }
}
