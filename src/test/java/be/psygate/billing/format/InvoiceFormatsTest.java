package be.psygate.billing.format;

import be.psygate.billing.Formats;
import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.efact.EfactFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceFormatsTest {

    @Test
    void theFormatsAreKnownByName() {
        assertThat(Formats.INVOICES.names()).containsExactly("csv", "efact", "xml");
        assertThat(Formats.INVOICES.named("efact").fileExtension()).isEqualTo("txt");
        assertThat(Formats.INVOICES.named(" XML ").name()).isEqualTo("xml");
        assertThat(Formats.INVOICES.named("csv")).isSameAs(Formats.INVOICES.named("CSV"));
        assertThatThrownBy(() -> Formats.INVOICES.named("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown invoice format 'pdf'; known: [csv, efact, xml]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void everyFormatCarriesTheWholeBatch(String name) {
        InvoiceFormat format = Formats.INVOICES.named(name);
        InvoiceBatch batch = TestBatches.large();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(batch, out);
        InvoiceBatch read = format.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read).isEqualTo(name.equals("efact") ? EfactFormat.asWritten(batch) : batch);
        assertThat(read.batchNumber()).isEqualTo(7_123_456);
        assertThat(read.insurerId()).isEqualTo("100");
        assertThat(read.testMode()).isFalse();
        assertThat(read.totalFee()).isEqualTo(batch.totalFee()).isEqualTo(read.totalInsurerShare()
                .add(read.totalCopay()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"efact", "xml", "csv"})
    void anEmptyFileIsRefused(String name) {
        assertThatThrownBy(() -> Formats.INVOICES.named(name).read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvoiceFormatException.class);
    }

    @Test
    void foreignMessagesLoseTheValuesThatCouldBeANationalNumber() {
        String message = "cvc-pattern-valid: Value '850314123029' is not facet-valid with respect to pattern "
                + "'[0-9]{11}' for type 'Niss'. Text \"85 03 14 123 02\" at 85031412302";

        assertThat(ForeignMessages.redacted(message)).isEqualTo("cvc-pattern-valid: Value '...' is not facet-valid "
                + "with respect to pattern '[0-9]{11}' for type 'Niss'. Text \"...\" at ...");
        assertThat(ForeignMessages.redacted(null)).isEqualTo("(no message)");
    }
}
