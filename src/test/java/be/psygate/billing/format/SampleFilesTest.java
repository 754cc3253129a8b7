package be.psygate.billing.format;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.TestReturns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample invoices of {@code test-fixtures/invoices/} are {@link TestBatches#sample()} rendered by each invoice
 * format, the sample answers of {@code test-fixtures/returns/} {@link TestReturns#sampleSettlement()} rendered by
 * each answer format: this test renders them again and compares byte for byte, so the samples stay true. After a
 * deliberate change of a format, run it once with {@code -Dpsygate.rewrite-samples=true} to render them anew, and
 * review the difference.
 */
class SampleFilesTest {

    /** A sample file: what {@code format} renders of {@code model}, and reads back as {@code read}. */
    record Sample<M>(Path file, FileFormat<M> format, M model, M read) {

        static <M> Sample<M> of(String prefix, FileFormat<M> format, M model, M read) {
            return new Sample<>(Path.of(prefix + format.name() + "." + format.fileExtension()), format, model, read);
        }

        byte[] rendered() {
            return FormatFiles.bytes(format, model);
        }

        M readBack() throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return format.read(in);
            }
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    static Stream<Sample<?>> samples() {
        InvoiceBatch batch = TestBatches.sample();
        InsurerReturn answer = TestReturns.sampleSettlement();
        return Stream.of("efact", "xml", "csv").flatMap(name -> Stream.of(
                Sample.of("test-fixtures/invoices/sample-batch-", Formats.INVOICES.named(name), batch,
                        name.equals("efact") ? EfactFormat.asWritten(batch) : batch),
                Sample.of("test-fixtures/returns/sample-settlement-", Formats.ANSWERS.named(name), answer, answer)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleIsWhatTheFormatRendersToday(Sample<?> sample) throws IOException {
        byte[] rendered = sample.rendered();
        if (Boolean.getBoolean("psygate.rewrite-samples")) {
            Files.createDirectories(sample.file().getParent());
            Files.write(sample.file(), rendered);
        }

        assertThat(sample.file()).exists();
        assertThat(Files.readAllBytes(sample.file())).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleReadsBackAsWhatWasRendered(Sample<?> sample) throws IOException {
        assertThat(sample.readBack()).isEqualTo(sample.read());
    }
}
