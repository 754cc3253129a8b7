package be.psygate.billing.format.csv;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.FormatFiles;
import be.psygate.billing.format.InvoiceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static be.psygate.billing.format.FormatFiles.read;
import static be.psygate.billing.format.FormatFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvInvoiceFormatTest {

    private static final String HEADER = "session_id;line_ref;psychologist_inami;patient_niss;mutuality;session_date;"
            + "pseudocode;fee;insurer_share;copay;group_participants;referral_date;prescriber_inami";

    private final CsvInvoiceFormat format = new CsvInvoiceFormat();

    @Test
    void aBatchReadBackIsTheBatchWritten() {
        for (InvoiceBatch batch : List.of(TestBatches.sample(), TestBatches.large())) {
            InvoiceBatch read = read(format, write(format, batch));

            assertThat(read).isEqualTo(batch);
            assertThat(read.sender().name()).isEqualTo(batch.sender().name());
            assertThat(read.totalInsurerShare()).isEqualTo(batch.totalInsurerShare());
        }
    }

    @Test
    void aHeaderOneLinePerSessionAndATrailerWithTheBatchIdentityAndTotals() {
        List<String> lines = lines(write(format, TestBatches.sample()));

        assertThat(lines).hasSize(1 + 5 + 1);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(1)).isEqualTo("1005;B-17/a;95123445780;" + TestBatches.PATIENT_2001.value()
                + ";203;2025-03-05;792632;77.10;77.10;0.00;;2025-02-20;" + TestBatches.PRESCRIBER.value());
        assertThat(lines.get(2)).endsWith(";2025-03-20;792514;83.79;81.29;2.50;4;;");
        assertThat(lines.get(6)).startsWith("#batch;42;200;2025-03;2025-04-02;TEST;Hôpital Psychiatrique Saint-Éloi;")
                .endsWith(";GKCCBEBB;5;398.87;385.87;13.00");
    }

    @Test
    void linesEndWithCrlfAndTheFileIsUtf8() {
        byte[] bytes = FormatFiles.bytes(format, TestBatches.sample());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).endsWith("13.00\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aFileWithoutItsTrailerIsRefused() {
        String text = write(format, TestBatches.sample());
        String cut = text.substring(0, text.indexOf("#batch"));

        assertThatThrownBy(() -> read(format, cut))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the trailer (#batch) is missing");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ;398.87;385.87;13.00 | ;398.87;385.88;13.00 | line 7: total_insurer_share is 385.88 but the lines add up to 385.87
            ;GKCCBEBB;5;         | ;GKCCBEBB;6;         | the trailer counts 6 lines, the file has 5
            ;77.10;77.10;0.00;   | ;77.1;77.10;0.00;    | line 2: fee must be an amount with a dot and two decimals
            ;B-17/a;             | ;B-17;a;             | line 2: 14 fields where 13 are expected
            """)
    void aTrailerThatDoesNotAddUpOrALineOfTheWrongShapeIsRefused(String written, String edited, String why) {
        String text = write(format, TestBatches.sample()).replace(written, edited);

        assertThatThrownBy(() -> read(format, text))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining(why);
    }

    @Test
    void aLineAfterTheTrailerOrAnotherHeaderIsRefused() {
        String text = write(format, TestBatches.sample());

        assertThatThrownBy(() -> read(format, text + "1;x\r\n")).hasMessageContaining("a line follows the trailer");
        assertThatThrownBy(() -> read(format, text.replace(HEADER, HEADER.toUpperCase())))
                .hasMessageContaining("line 1: the first line must be the header");
    }

    @Test
    void aWrongNationalNumberIsRefusedWithoutBeingQuoted() {
        String patient = TestBatches.PATIENT_2001.value();
        String wrong = patient.substring(0, 10) + (patient.charAt(10) == '5' ? '6' : '5');

        assertThatThrownBy(() -> read(format, write(format, TestBatches.sample()).replace(patient, wrong)))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("line 2: patient_niss is not valid: NISS check digits do not match")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void aSenderNameThatTheUnquotedCsvCannotCarryIsRefused() {
        InvoiceBatch batch = TestBatches.sample();
        InvoiceBatch semicolon = batch.withSender(batch.sender().withName("Hôpital; site Nord"));

        FormatFiles.assertThatWritingIsRefused(format, semicolon)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the sender's name contains ;");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = write(format, TestBatches.sample()).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> format.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void theDocumentNamesTheColumnsTheFormatWrites() throws Exception {
        String document = Files.readString(Path.of("mappings/formats/invoice-csv.md"));
        String trailerFields = new CsvCodec<>(InvoiceCsvTrailer.class).header().replace("mark;", "#batch;");

        assertThat(format.header()).isEqualTo(HEADER);
        assertThat(document).contains("\n" + HEADER + "\n").contains("\n" + trailerFields + "\n");
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }
}
