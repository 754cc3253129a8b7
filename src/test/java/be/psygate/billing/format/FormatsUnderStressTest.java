package be.psygate.billing.format;

import be.psygate.billing.Formats;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.TestBatches;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared format instances give the same bytes whatever the default locale, and from several threads at once. */
class FormatsUnderStressTest {

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void theDefaultLocaleChangesNothing(String name) {
        InvoiceFormat format = Formats.INVOICES.named(name);
        InvoiceBatch batch = TestBatches.large();
        byte[] reference = write(format, batch);
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("nl-BE"),
                    Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
                Locale.setDefault(locale);
                byte[] bytes = write(format, batch);

                assertThat(bytes).as("written under %s", locale).isEqualTo(reference);
                assertThat(format.read(new ByteArrayInputStream(bytes)).lines()).isEqualTo(asWritten(name, batch).lines());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void oneInstanceServesSeveralThreads(String name) throws Exception {
        InvoiceFormat format = Formats.INVOICES.named(name);
        byte[] reference = write(format, TestBatches.large());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    byte[] bytes = write(format, TestBatches.large());
                    InvoiceBatch read = format.read(new ByteArrayInputStream(bytes));
                    return read.lines().equals(asWritten(name, TestBatches.large()).lines()) ? bytes : new byte[0];
                }));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(reference);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The batch as the format reads it back: efact carries no group size and a clipped ASCII name. */
    private static InvoiceBatch asWritten(String name, InvoiceBatch batch) {
        return name.equals("efact") ? EfactFormat.asWritten(batch) : batch;
    }

    private static byte[] write(InvoiceFormat format, InvoiceBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(batch, out);
        return out.toByteArray();
    }
}
