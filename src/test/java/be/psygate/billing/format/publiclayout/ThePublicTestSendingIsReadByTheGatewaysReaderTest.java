package be.psygate.billing.format.publiclayout;

import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.format.InvoiceFormats;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.format.efact.EfactSending;
import be.psygate.billing.format.efact.RecordCheck;
import be.psygate.money.Amounts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One of the CIN's public test sendings, {@code TFAC1SC09.509E} as published with
 * {@code PieterBlomme/ehealth-pyconnector} (source and licence: {@code efact/public/NOTE.md}), read unchanged by
 * the gateway's reader: its segments, its records 10, 20, 50, 51, 80 and 90, its 95 and 96, their totals, counts
 * and control numbers verify, with its record checks in the convention of the test sendings. The gateway's own
 * reading of its batches keeps the references' checks and refuses them.
 */
class ThePublicTestSendingIsReadByTheGatewaysReaderTest {

    private static final String RESOURCE = "/efact/public/TFAC1SC09.509E";
    private static final int SEGMENTS = 67 + 160;

    private final EfactFormat efact = (EfactFormat) InvoiceFormats.named("efact");

    @Test
    void itsRecordsAreFoundAndItsAmountsSummedWithoutError() throws IOException {
        EfactSending read = efact.readSending(new ByteArrayInputStream(publicSending().getBytes(
                StandardCharsets.US_ASCII)));

        assertThat(read.records()).isEqualTo(8);
        assertThat(read.invoices()).isEqualTo(1);
        assertThat(read.complements()).isEqualTo(1);
        assertThat(read.testMode()).isTrue();
        assertThat(read.recordChecks()).isEqualTo(RecordCheck.Convention.CIN_TEST_SENDINGS);
        assertThat(read.institutionReference()).isEqualTo("Fichier genere au CIN");
        assertThat(read.sendingNumber()).isEqualTo(509);
        assertThat(read.month()).isEqualTo(YearMonth.of(2014, 11));
        assertThat(read.createdOn()).isEqualTo(LocalDate.of(2014, 11, 25));
        assertThat(read.union()).isEqualTo("199");
        assertThat(read.services()).singleElement().satisfies(service -> {
            assertThat(service.record()).isEqualTo(3);
            assertThat(service.mutuality()).isEqualTo("131");
            assertThat(service.nomenclature()).isEqualTo("0101032");
            assertThat(service.firstDate()).isEqualTo(LocalDate.of(2014, 11, 25));
            assertThat(service.insurerAmount()).isEqualTo(euros("19.42"));
            assertThat(service.patientShare()).isEqualTo(euros("1.50"));
            assertThat(service.reference()).isEqualTo("Fichier genere au CIN");
            assertThat(service.attestationNumber()).isZero();
        });
        assertThat(read.insurerTotal()).isEqualTo(euros("19.42"));
        assertThat(read.patientTotal()).isEqualTo(euros("1.50"));
        assertThat(read.insurerByMutuality()).isEqualTo(Map.of("131", euros("19.42")));
    }

    @Test
    void itsRecordChecksAreTheReferencesPlusTen() throws IOException {
        String sending = publicSending();
        for (int start = SEGMENTS; start < sending.length(); start += EfactFormat.RECORD_LENGTH) {
            String record = sending.substring(start, start + EfactFormat.RECORD_LENGTH);
            if (record.startsWith("95") || record.startsWith("96")) {
                assertThat(record.substring(348)).as("record %s", record.substring(0, 2)).isBlank();
                continue;
            }
            int carried = Integer.parseInt(record.substring(348));
            assertThat(carried).as("record %s", record.substring(0, 2))
                    .isEqualTo(RecordCheck.Convention.CIN_TEST_SENDINGS.of(record))
                    .isEqualTo(plusTen(RecordCheck.of(record)))
                    .isNotEqualTo(RecordCheck.of(record));
        }
    }

    @Test
    void withTheReferencesChecksItIsReadTheSame() throws IOException {
        EfactSending read = efact.readSending(new ByteArrayInputStream(withReferencesChecks(publicSending())
                .getBytes(StandardCharsets.US_ASCII)));

        assertThat(read.recordChecks()).isEqualTo(RecordCheck.Convention.REFERENCES);
        assertThat(read.insurerTotal()).isEqualTo(euros("19.42"));
    }

    @Test
    void theGatewaysOwnReadingRefusesTheTestSendingsChecks() throws IOException {
        assertThatThrownBy(() -> efact.read(new ByteArrayInputStream(publicSending().getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the record check");
    }

    @Test
    void theTestSendingsChecksInAProductionSendingAreRefused() throws IOException {
        String production = publicSending().replace("9991999", "0001999");
        production = production.substring(0, 12) + "12" + production.substring(14);
        String rechecked = withChecks(production, RecordCheck.Convention.CIN_TEST_SENDINGS);

        assertThatThrownBy(() -> efact.readSending(new ByteArrayInputStream(rechecked.getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the record check");
    }

    @Test
    void oneRecordInTheOtherConventionIsRefused() throws IOException {
        String sending = publicSending();
        int fifty = SEGMENTS + 2 * EfactFormat.RECORD_LENGTH;
        String record = sending.substring(fifty, fifty + EfactFormat.RECORD_LENGTH);
        String mixed = sending.substring(0, fifty + 348) + twoDigits(RecordCheck.of(record))
                + sending.substring(fifty + EfactFormat.RECORD_LENGTH);

        assertThatThrownBy(() -> efact.readSending(new ByteArrayInputStream(mixed.getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the record check");
    }

    @Test
    void anAmountChangedInItsRecord50IsRefusedByTheInvoiceTotal() throws IOException {
        String sending = publicSending();
        int fifty = SEGMENTS + 2 * EfactFormat.RECORD_LENGTH;
        // the insurer amount of the 50 (position 89, 11 digits): 1942 cents become 1943
        String changed = sending.substring(0, fifty + 88) + "00000001943" + sending.substring(fifty + 99);
        String rechecked = withChecks(changed, RecordCheck.Convention.CIN_TEST_SENDINGS);

        assertThatThrownBy(() -> efact.readSending(new ByteArrayInputStream(rechecked.getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the total on account A");
    }

    @Test
    void a95CountingNeitherItsMutualitysRecordsNorTheRecordsUpToThe90IsRefused() throws IOException {
        String sending = publicSending();
        int summary = SEGMENTS + 6 * EfactFormat.RECORD_LENGTH;
        assertThat(sending.substring(summary + 65, summary + 73)).isEqualTo("00000006");
        String counted = sending.substring(0, summary + 65) + "00000005" + sending.substring(summary + 73);

        assertThatThrownBy(() -> efact.readSending(new ByteArrayInputStream(counted.getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the number of records");
    }

    @Test
    void a96CountingTheRecordsUpToThe90AsTheKotlinReferenceIsReadAndNoOtherCount() throws IOException {
        String sending = publicSending();
        int fileTotal = SEGMENTS + 7 * EfactFormat.RECORD_LENGTH;
        assertThat(sending.substring(fileTotal + 65, fileTotal + 73)).isEqualTo("00000008");
        String upToThe90 = sending.substring(0, fileTotal + 65) + "00000006" + sending.substring(fileTotal + 73);
        String seven = sending.substring(0, fileTotal + 65) + "00000007" + sending.substring(fileTotal + 73);

        assertThat(efact.readSending(new ByteArrayInputStream(upToThe90.getBytes(StandardCharsets.US_ASCII)))
                .records()).isEqualTo(8);
        assertThatThrownBy(() -> efact.readSending(new ByteArrayInputStream(seven.getBytes(
                StandardCharsets.US_ASCII))))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the number of records");
    }

    private static String publicSending() throws IOException {
        try (InputStream in = ThePublicTestSendingIsReadByTheGatewaysReaderTest.class.getResourceAsStream(
                RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(text).hasSize(SEGMENTS + 8 * EfactFormat.RECORD_LENGTH);
            return text;
        }
    }

    private static String withReferencesChecks(String sending) {
        return withChecks(sending, RecordCheck.Convention.REFERENCES);
    }

    /** The sending with every record check (all records but the 95 and 96) computed anew in a convention. */
    private static String withChecks(String sending, RecordCheck.Convention convention) {
        StringBuilder out = new StringBuilder(sending.substring(0, SEGMENTS));
        for (int start = SEGMENTS; start < sending.length(); start += EfactFormat.RECORD_LENGTH) {
            String record = sending.substring(start, start + EfactFormat.RECORD_LENGTH);
            boolean summary = record.startsWith("95") || record.startsWith("96");
            out.append(summary ? record : record.substring(0, 348) + twoDigits(convention.of(record)));
        }
        return out.toString();
    }

    private static int plusTen(int check) {
        int remainder = (check + 10) % 97;
        return remainder == 0 ? 97 : remainder;
    }

    private static String twoDigits(int check) {
        return String.format(Locale.ROOT, "%02d", check);
    }

    private static BigDecimal euros(String text) {
        return Amounts.exact(new BigDecimal(text));
    }
}
