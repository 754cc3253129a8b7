package be.psygate.billing.returns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample answers of {@code test-fixtures/returns/} are {@link TestReturns#sampleSettlement()} rendered by each
 * format: this test renders the answer again and compares byte for byte, so the samples stay true. After a
 * deliberate change of a format, run it once with {@code -Dpsygate.rewrite-samples=true} to render them anew, and
 * review the difference.
 */
class SampleReturnFilesTest {

    private static final Path DIRECTORY = Path.of("test-fixtures/returns");

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void theSampleIsWhatTheFormatRendersToday(String name) throws IOException {
        ReturnFormat format = ReturnFormats.named(name);
        Path sample = sample(format);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        format.write(TestReturns.sampleSettlement(), rendered);
        if (Boolean.getBoolean("psygate.rewrite-samples")) {
            Files.createDirectories(DIRECTORY);
            Files.write(sample, rendered.toByteArray());
        }

        assertThat(sample).exists();
        assertThat(Files.readAllBytes(sample)).isEqualTo(rendered.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void theSampleReadsBackAsTheAnswer(String name) throws IOException {
        ReturnFormat format = ReturnFormats.named(name);

        InsurerReturn read;
        try (InputStream in = Files.newInputStream(sample(format))) {
            read = format.read(in);
        }

        assertThat(read).isEqualTo(TestReturns.sampleSettlement());
    }

    private static Path sample(ReturnFormat format) {
        return DIRECTORY.resolve("sample-settlement-" + format.name() + "." + format.fileExtension());
    }
}
