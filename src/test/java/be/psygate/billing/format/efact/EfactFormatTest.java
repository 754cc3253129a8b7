package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.LineRef;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EfactFormatTest {

    private final EfactFile sample = EfactFile.of(TestBatches.sample());
    private final EfactFile large = EfactFile.of(TestBatches.large());

    @Test
    void aBatchReadBackIsTheBatchWrittenButForTheTransliteratedSenderNameAndGroupSizes() {
        InvoiceBatch batch = TestBatches.large();

        InvoiceBatch read = large.read();

        assertThat(read).isEqualTo(EfactFormat.asWritten(batch));
        assertThat(read.sender().name()).isEqualTo("CHU PSY RESEAU NORD");
        assertThat(read.lines()).isEqualTo(EfactFormat.asWritten(batch).lines());
        assertThat(read.totalInsurerShare()).isEqualTo(batch.totalInsurerShare());
        assertThat(read.totalCopay()).isEqualTo(batch.totalCopay());
        assertThat(read.totalFee()).isEqualTo(batch.totalFee());
    }

    @Test
    void theSampleReadBackCarriesLineRefsAmountsAndTheTestFlag() {
        InvoiceBatch read = sample.read();

        assertThat(read).isEqualTo(EfactFormat.asWritten(TestBatches.sample()));
        assertThat(read.sender().name()).isEqualTo("HOPITAL PSYCHIATRIQUE SAINT-ELOI");
        assertThat(read.testMode()).isTrue();
        assertThat(read.lines()).extracting(line -> line.lineRef().value())
                .containsExactly("B-17/a", "2025-03-0004", "2025-03-0001", "2025-03-0002", "2025-03-0003");
        assertThat(read.lines().get(1).insurerShare()).hasToString("81.29");
        assertThat(read.lines().get(1).groupParticipants()).as("the layout has no zone for it").isNull();
        assertThat(read.lines().get(0).prescriber()).isEqualTo(TestBatches.PRESCRIBER);
        assertThat(read.lines().get(0).referralDate()).hasToString("2025-02-20");
        assertThat(read.lines().get(0).copay()).hasToString("0.00");
    }

    @Test
    void segments200And300ComeFirstThenRecordsOf350CharactersWithNoLineSeparator() {
        for (EfactFile file : List.of(sample, large)) {
            assertThat((file.text().length() - EfactFile.SEGMENTS) % 350).isZero();
            assertThat(file.records()).allSatisfy(record -> assertThat(record).hasSize(350));
            assertThat(file.text().chars()).allMatch(c -> c >= ' ' && c <= '~');
            assertThat(file.segments()).startsWith("920000");
            assertThat(file.record(0)).startsWith("10000001");
        }
        assertThat(sample.segments().substring(12, 14)).as("test sending").isEqualTo("92");
        assertThat(large.segments().substring(12, 14)).as("production sending").isEqualTo("12");
    }

    @Test
    void recordsComeInTheOrderOfTheLayout() {
        String types = String.join(" ", large.records().stream().map(r -> r.substring(0, 2)).toList());

        assertThat(types).matches("10( 20( 50)+ 80)+ 90( 95)+ 96");
        assertThat(Pattern.compile(" 95").matcher(types).results().count()).as("one per mutuality").isEqualTo(3);
        // eight patients, one of whom has lines in two mutualities: nine invoices
        assertThat(Pattern.compile(" 20 ").matcher(types).results().count()).isEqualTo(9);
    }

    @Test
    void sequenceNumbersCountTheRecords() {
        List<String> records = large.records();
        int sequenced = 0;
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).startsWith("95") && !records.get(i).startsWith("96")) {
                assertThat(records.get(i).substring(2, 8)).isEqualTo(String.format(Locale.ROOT, "%06d", i + 1));
                sequenced++;
            }
        }
        assertThat(sequenced).isEqualTo(records.size() - 4);
    }

    @Test
    void everyRecordCheckVerifies() {
        for (EfactFile file : List.of(sample, large)) {
            assertThat(file.records()).allSatisfy(record -> assertThat(record.substring(348)).isEqualTo(
                    record.startsWith("95") || record.startsWith("96") ? "  "
                            : String.format(Locale.ROOT, "%02d", EfactFile.independentCheck(record))));
        }
    }

    @Test
    void controlNumbersAreThePseudocodesOfWhatTheRecordCloses() {
        List<String> records = large.records();
        List<String> invoice = new ArrayList<>();
        Map<String, List<String>> mutualities = new LinkedHashMap<>();
        List<String> file = new ArrayList<>();
        int checked = 0;
        for (String record : records) {
            switch (record.substring(0, 2)) {
                case "50" -> {
                    invoice.add(record);
                    mutualities.computeIfAbsent(record.substring(32, 35), m -> new ArrayList<>()).add(record);
                    file.add(record);
                }
                case "80" -> {
                    assertThat(record.substring(346, 348)).isEqualTo(control(invoice));
                    invoice.clear();
                    checked++;
                }
                case "90" -> {
                    assertThat(record.substring(346, 348)).isEqualTo(control(file));
                    checked++;
                }
                case "95" -> {
                    assertThat(record.substring(75, 77)).isEqualTo(control(mutualities.get(record.substring(4, 7))));
                    checked++;
                }
                case "96" -> {
                    assertThat(record.substring(75, 77)).isEqualTo(control(file));
                    checked++;
                }
                default -> {
                }
            }
        }
        assertThat(checked).isEqualTo(9 + 1 + 3 + 1);
    }

    /**
     * The sample's zones whose value the layout fixes or the sample gives, at the positions of the public layout
     * ({@code efact/sample-zones.csv}): the record (the first of a type, or one after it), the zone's position and
     * length, its characters.
     */
    @ParameterizedTest(name = "record {0} + {1}, position {2}: ''{4}''")
    @CsvFileSource(resources = "/efact/sample-zones.csv")
    void theSampleCarriesItsValuesAtThePositionsOfThePublicLayout(String type, int after, int position, int length,
                                                                  String value) {
        assertThat(sample.zone(sample.indexOf(type) + after, position, length)).isEqualTo(value);
    }

    @Test
    void zonesCarryTheBatchAtThePositionsOfThePublicLayout() {
        InvoiceBatch batch = TestBatches.sample();
        int service = sample.indexOf("50");
        int total = sample.records().size() - 1;
        String segments = sample.segments();

        assertThat(segments.substring(20, 34)).isEqualTo("00000000000042");
        assertThat(segments.substring(67, 73)).isEqualTo("202503");
        assertThat(segments.substring(75, 78)).isEqualTo("042");
        assertThat(segments.substring(67 + 38, 67 + 45)).isEqualTo(EfactFormat.VERSION_TEST);
        assertThat(segments.substring(67 + 47, 67 + 92).strip()).isEqualTo("HOPITAL PSYCHIATRIQUE SAINT-ELOI");
        assertThat(segments.substring(67 + 132, 67 + 134)).isEqualTo("03");
        assertThat(sample.zone(0, 10, 7)).isEqualTo(EfactFormat.VERSION_TEST);
        assertThat(large.zone(0, 10, 7)).isEqualTo(EfactFormat.VERSION_PRODUCTION);
        assertThat(sample.zone(0, 56, 12)).isEqualTo("0" + batch.sender().inami().value());
        assertThat(sample.zone(0, 128, 10)).isEqualTo(batch.sender().bce().value());
        assertThat(sample.zone(0, 138, 25)).isEqualTo(String.format(Locale.ROOT, "%-25s", "42"));
        assertThat(sample.zone(0, 167, 11)).isEqualTo(String.format(Locale.ROOT, "%-11s", batch.sender().bic()));
        assertThat(sample.zone(0, 179, 34).strip()).isEqualTo(batch.sender().iban().value());
        assertThat(sample.zone(service, 36, 13)).isEqualTo("00" + TestBatches.PATIENT_2001.value());
        assertThat(sample.zone(service, 68, 12)).isEqualTo("0" + TestBatches.PSYCHOLOGIST_A.value());
        assertThat(sample.zone(service, 115, 12)).isEqualTo("0" + TestBatches.PRESCRIBER.value());
        assertThat(sample.zone(service, 138, 25)).isEqualTo(String.format(Locale.ROOT, "%-25s", "B-17/a"));
        assertThat(sample.zone(total, 66, 8)).isEqualTo(String.format(Locale.ROOT, "%08d", total + 1));
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        int credit = -1;
        List<String> records = large.records();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("50") && records.get(i).substring(137, 162).strip().equals("CREDIT-1")) {
                credit = i;
            }
        }

        assertThat(large.zone(credit, 88, 12)).isEqualTo("-00000006610");
        assertThat(large.zone(credit, 128, 10)).isEqualTo("-000001100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "20", "50", "80", "90"})
    void changingOneCharacterOfAnyRecordMakesTheReadFail(String type) {
        int i = large.indexOf(type);
        String record = large.record(i);
        int position = 100;
        char changed = record.charAt(position - 1) == '0' ? '1' : '0';

        EfactFile tampered = large.withZone(i, position, String.valueOf(changed));

        assertReadRefused(tampered, "line " + (i + 1) + ": the record check")
                .extracting(e -> ((InvoiceFormatException) e).line()).isEqualTo((long) i + 1);
    }

    @Test
    void aChangedAmountWithARightRecordCheckBreaksTheInvoiceTotal() {
        int service = sample.indexOf("50");

        EfactFile tampered = sample.withZoneResealed(service, 89, "00000007711");

        assertReadRefused(tampered, "line " + (service + 2) + ": the total on account A is 77.10 but 77.11 was "
                + "expected");
    }

    @Test
    void aChangedPseudocodeWithARightRecordCheckBreaksTheControlNumber() {
        int service = sample.indexOf("50");

        EfactFile tampered = sample.withZoneResealed(service, 10, "0792536");

        assertReadRefused(tampered, "the control number");
    }

    @Test
    void aChangedNationalNumberIsRefusedWithoutBeingQuoted() {
        int header = sample.indexOf("20");
        String other = "00" + TestBatches.PATIENT_1999.value();

        EfactFile tampered = sample.withZoneResealed(header + 1, 36, other);

        assertReadRefused(tampered, "the national number is not the one of the invoice's record 20")
                .hasMessageNotContaining(TestBatches.PATIENT_1999.value())
                .hasMessageNotContaining(TestBatches.PATIENT_2001.value());
        String niss = sample.zone(header, 36, 13);
        String lastDigit = niss.charAt(12) == '9' ? "8" : "9";
        assertThatThrownBy(() -> sample.withZoneResealed(header, 48, lastDigit).read())
                .hasMessageContaining("the national number is not valid: NISS check digits do not match")
                .hasMessageNotContaining(TestBatches.PATIENT_2001.value().substring(0, 9));
    }

    @Test
    void aFileCutShortIsRefused() {
        String text = large.text();

        assertReadRefused(large.withText(text.substring(0, text.length() - 350)), "a record 95 or 96 was expected");
        assertThatThrownBy(() -> large.withText(text.substring(0, text.length() - 10)).read())
                .hasMessageContaining("the record is incomplete");
        assertThatThrownBy(() -> large.withText("").read())
                .hasMessageContaining("the file ends in segment 200");
    }

    @Test
    void recordsSeparatedByLineEndsAreRefused() {
        EfactFile lines = large.withText(large.segments() + String.join("\r\n", large.records()) + "\r\n");

        assertReadRefused(lines, "line 2: position 1 is not a printable ASCII character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"95", "96"})
    void aChangedAmountInASummaryWithoutRecordCheckIsStillRefused(String type) {
        int i = large.indexOf(type);
        String amount = large.zone(i, 25, 11);
        String other = String.format(Locale.ROOT, "%011d", Long.parseLong(amount) + 1);

        assertReadRefused(large.withZone(i, 25, other), "line " + (i + 1) + ": the total on account A");
    }

    @Test
    void aSendingWhoseSegmentsDisagreeWithRecord10IsRefused() {
        String production = large.segments().substring(0, 12) + "92" + large.segments().substring(14);

        assertReadRefused(large.withText(production + large.text().substring(EfactFile.SEGMENTS)),
                "segment 200's environment is 92 but 12 was expected");
    }

    @Test
    void aRecordAfterTheFileTotalIsRefused() {
        EfactFile twice = large.withText(large.text() + large.record(large.records().size() - 1));

        assertThatThrownBy(twice::read).hasMessageContaining("a record follows the file total");
    }

    @Test
    void aLineReferenceThatIsNotAsciiCannotBeWritten() {
        InvoiceBatch sampleBatch = TestBatches.sample();
        List<InvoiceLine> lines = new ArrayList<>(sampleBatch.lines());
        InvoiceLine first = lines.remove(0);
        lines.add(new InvoiceLine(first.sessionId(), LineRef.parse("Séance 1"), first.psychologist(),
                first.patient(), first.mutuality(), first.sessionDate(), first.pseudocode(), first.fee(),
                first.insurerShare(), first.copay(), first.groupParticipants(), first.referralDate(),
                first.prescriber()));
        InvoiceBatch batch = TestBatches.withLines(sampleBatch, lines);

        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new EfactFormat().write(batch, out))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("session " + first.sessionId() + ": the line reference is not printable ASCII");
        assertThat(out.size()).as("nothing of a file that cannot be written leaves").isZero();
    }

    @Test
    void aBatchNumberLongerThanTheInvoiceReferenceOfSegment300IsRefusedBeforeAnythingIsWritten() {
        InvoiceBatch sampleBatch = TestBatches.sample();
        InvoiceBatch tooLong = new InvoiceBatch(10_000_000_000_000L, sampleBatch.insurerId(),
                sampleBatch.serviceMonth(), sampleBatch.createdOn(), sampleBatch.sender(), sampleBatch.lines(), true);
        InvoiceBatch longest = new InvoiceBatch(9_999_999_999_999L, sampleBatch.insurerId(),
                sampleBatch.serviceMonth(), sampleBatch.createdOn(), sampleBatch.sender(), sampleBatch.lines(), true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new EfactFormat().write(tooLong, out))
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("does not fit the 13 characters of the invoice reference of segment 300");
        assertThat(out.size()).isZero();
        assertThat(EfactFile.of(longest).read().batchNumber()).isEqualTo(9_999_999_999_999L);
    }

    @Test
    void namesAreTransliteratedToUpperCaseAscii() {
        assertThat(EfactText.transliterate("Hôpital Saint-Éloi")).isEqualTo("HOPITAL SAINT-ELOI");
        assertThat(EfactText.transliterate("Œuvre Straße, Ærø Łódź")).isEqualTo("OEUVRE STRASSE, AERO LODZ");
        assertThat(EfactText.transliterate("Zorg\u00a0& Welzijn 東")).isEqualTo("ZORG & WELZIJN ?");
    }

    /** Reading the file fails with an {@link InvoiceFormatException} whose message contains {@code reason}. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertReadRefused(EfactFile file, String reason) {
        return assertThatThrownBy(file::read).isInstanceOf(InvoiceFormatException.class).hasMessageContaining(reason);
    }

    private static String control(List<String> services) {
        return String.format(Locale.ROOT, "%02d", EfactFile.independentControl(services));
    }
}
