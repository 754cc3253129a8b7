package be.psygate.billing.format;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.efact.EfactFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample invoices of {@code test-fixtures/invoices/} are {@link TestBatches#sample()} rendered by each format:
 * this test renders the batch again and compares byte for byte, so the samples stay true. After a deliberate
 * change of a format, run it once with {@code -Dpsygate.rewrite-samples=true} to render them anew, and review
 * the difference.
 */
class SampleFilesTest {

    private static final Path DIRECTORY = Path.of("test-fixtures/invoices");

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void theSampleIsWhatTheFormatRendersToday(String name) throws IOException {
        InvoiceFormat format = InvoiceFormats.named(name);
        Path sample = DIRECTORY.resolve("sample-batch-" + name + "." + format.fileExtension());
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        format.write(TestBatches.sample(), rendered);
        if (Boolean.getBoolean("psygate.rewrite-samples")) {
            Files.createDirectories(DIRECTORY);
            Files.write(sample, rendered.toByteArray());
        }

        assertThat(sample).exists();
        assertThat(Files.readAllBytes(sample)).isEqualTo(rendered.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void theSampleReadsBackAsTheBatch(String name) throws IOException {
        InvoiceFormat format = InvoiceFormats.named(name);
        Path sample = DIRECTORY.resolve("sample-batch-" + name + "." + format.fileExtension());

        InvoiceBatch read;
        try (InputStream in = Files.newInputStream(sample)) {
            read = format.read(in);
        }

        InvoiceBatch batch = TestBatches.sample();
        assertThat(read).isEqualTo(name.equals("efact") ? EfactFormat.asWritten(batch) : batch);
    }
}
