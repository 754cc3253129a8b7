package be.psygate.billing.format.publiclayout;

import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.billing.Formats;
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
    /** Where its 50, its 95 and its 96 are among its records (from 0, the 10). */
    private static final int FIFTY = 2;
    private static final int SUMMARY = 6;
    private static final int FILE_TOTAL = 7;

    private final EfactFormat efact = (EfactFormat) Formats.INVOICES.named("efact");

    @Test
    void itsRecordsAreFoundAndItsAmountsSummedWithoutError() throws IOException {
        EfactSending read = readSending(publicSending());

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
        EfactSending read = readSending(withReferencesChecks(publicSending()));

        assertThat(read.recordChecks()).isEqualTo(RecordCheck.Convention.REFERENCES);
        assertThat(read.insurerTotal()).isEqualTo(euros("19.42"));
    }

    @Test
    void theGatewaysOwnReadingRefusesTheTestSendingsChecks() throws IOException {
        String sending = publicSending();

        assertThatThrownBy(() -> efact.read(ascii(sending)))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the record check");
    }

    @Test
    void theTestSendingsChecksInAProductionSendingAreRefused() throws IOException {
        String production = publicSending().replace("9991999", "0001999");
        production = production.substring(0, 12) + "12" + production.substring(14);

        assertRefused(withChecks(production, RecordCheck.Convention.CIN_TEST_SENDINGS), "the record check");
    }

    @Test
    void oneRecordInTheOtherConventionIsRefused() throws IOException {
        String sending = publicSending();
        String mixed = withZone(sending, FIFTY, 349, twoDigits(RecordCheck.of(record(sending, FIFTY))));

        assertRefused(mixed, "the record check");
    }

    @Test
    void anAmountChangedInItsRecord50IsRefusedByTheInvoiceTotal() throws IOException {
        // the insurer amount of the 50 (position 89, 11 digits): 1942 cents become 1943
        String changed = withZone(publicSending(), FIFTY, 89, "00000001943");

        assertRefused(withChecks(changed, RecordCheck.Convention.CIN_TEST_SENDINGS), "the total on account A");
    }

    @Test
    void a95CountingNeitherItsMutualitysRecordsNorTheRecordsUpToThe90IsRefused() throws IOException {
        String sending = publicSending();
        assertThat(record(sending, SUMMARY).substring(65, 73)).isEqualTo("00000006");

        assertRefused(withZone(sending, SUMMARY, 66, "00000005"), "the number of records");
    }

    @Test
    void a96CountingTheRecordsUpToThe90AsTheKotlinReferenceIsReadAndNoOtherCount() throws IOException {
        String sending = publicSending();
        assertThat(record(sending, FILE_TOTAL).substring(65, 73)).isEqualTo("00000008");

        assertThat(readSending(withZone(sending, FILE_TOTAL, 66, "00000006")).records()).isEqualTo(8);
        assertRefused(withZone(sending, FILE_TOTAL, 66, "00000007"), "the number of records");
    }

    private EfactSending readSending(String sending) {
        return efact.readSending(ascii(sending));
    }

    private void assertRefused(String sending, String reason) {
        assertThatThrownBy(() -> readSending(sending))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining(reason);
    }

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Record {@code index} of the sending (from 0, the 10). */
    private static String record(String sending, int index) {
        int start = SEGMENTS + index * EfactFormat.RECORD_LENGTH;
        return sending.substring(start, start + EfactFormat.RECORD_LENGTH);
    }

    /** The sending with zone {@code position} (from 1) of record {@code index} replaced by {@code value}. */
    private static String withZone(String sending, int index, int position, String value) {
        int at = SEGMENTS + index * EfactFormat.RECORD_LENGTH + position - 1;
        return sending.substring(0, at) + value + sending.substring(at + value.length());
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
