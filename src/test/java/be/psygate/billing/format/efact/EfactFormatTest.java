package be.psygate.billing.format.efact;

import be.psygate.billing.InvoiceBatch;
import be.psygate.billing.InvoiceLine;
import be.psygate.billing.TestBatches;
import be.psygate.billing.format.InvoiceFormatException;
import be.psygate.identity.LineRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EfactFormatTest {

    private final EfactFile sample = EfactFile.of(TestBatches.sample());
    private final EfactFile large = EfactFile.of(TestBatches.large());

    @Test
    void aBatchReadBackIsTheBatchWrittenButForTheTransliteratedSenderName() {
        InvoiceBatch batch = TestBatches.large();

        InvoiceBatch read = large.read();

        assertThat(read).isEqualTo(EfactFormat.asWritten(batch));
        assertThat(read.sender().name()).isEqualTo("CHU PSY RESEAU NORD");
        assertThat(read.lines()).isEqualTo(batch.lines());
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
        assertThat(read.lines().get(1).groupParticipants()).isEqualTo(4);
        assertThat(read.lines().get(0).prescriber()).isEqualTo(TestBatches.PRESCRIBER);
        assertThat(read.lines().get(0).referralDate()).hasToString("2025-02-20");
        assertThat(read.lines().get(0).copay()).hasToString("0.00");
    }

    @Test
    void everyRecordHas350CharactersAndEndsWithCrlf() {
        for (EfactFile file : List.of(sample, large)) {
            assertThat(file.text()).endsWith("\r\n");
            assertThat(file.text().length() % 352).isZero();
            assertThat(file.records()).allSatisfy(record -> assertThat(record).hasSize(350));
            assertThat(file.text().chars()).allMatch(c -> c == '\r' || c == '\n' || (c >= ' ' && c <= '~'));
        }
    }

    @Test
    void recordsComeInTheOrderOfTheLayout() {
        String types = String.join(" ", large.records().stream().map(r -> r.substring(0, 2)).toList());

        assertThat(types).matches("10(( 20( 50)+ 80)+ 90 95)+ 96");
        assertThat(Pattern.compile(" 90 ").matcher(types).results().count()).isEqualTo(3);
        // eight patients, one of whom has lines in two mutualities: nine invoices
        assertThat(Pattern.compile(" 20 ").matcher(types).results().count()).isEqualTo(9);
    }

    @Test
    void sequenceNumbersCountTheRecords() {
        List<String> records = large.records();
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).substring(2, 8)).isEqualTo(String.format(Locale.ROOT, "%06d", i + 1));
        }
    }

    @Test
    void everyRecordCheckVerifies() {
        for (EfactFile file : List.of(sample, large)) {
            assertThat(file.records()).allSatisfy(record -> assertThat(record.substring(348))
                    .isEqualTo(String.format(Locale.ROOT, "%02d", EfactFile.independentCheck(record))));
        }
    }

    @Test
    void controlNumbersAreThePseudocodesOfWhatTheRecordCloses() {
        List<String> records = large.records();
        List<String> invoice = new ArrayList<>();
        List<String> mutuality = new ArrayList<>();
        List<String> file = new ArrayList<>();
        int checked = 0;
        for (String record : records) {
            switch (record.substring(0, 2)) {
                case "50" -> {
                    invoice.add(record);
                    mutuality.add(record);
                    file.add(record);
                }
                case "80" -> {
                    assertThat(record.substring(86, 88)).isEqualTo(control(invoice));
                    invoice.clear();
                    checked++;
                }
                case "90" -> assertThat(record.substring(120, 122)).isEqualTo(control(mutuality));
                case "95" -> {
                    assertThat(record.substring(67, 69)).isEqualTo(control(mutuality));
                    mutuality.clear();
                    checked++;
                }
                case "96" -> {
                    assertThat(record.substring(55, 57)).isEqualTo(control(file));
                    checked++;
                }
                default -> {
                }
            }
        }
        assertThat(checked).isEqualTo(9 + 3 + 1);
    }

    @Test
    void zonesCarryTheBatchAsTheLayoutSays() {
        InvoiceBatch batch = TestBatches.sample();
        int service = sample.indexOf("50");
        int total = sample.records().size() - 1;

        assertThat(sample.zone(0, 10, 7)).isEqualTo(EfactFormat.VERSION_TEST);
        assertThat(large.zone(0, 10, 7)).isEqualTo(EfactFormat.VERSION_PRODUCTION);
        assertThat(sample.zone(0, 29, 3)).isEqualTo("042");
        assertThat(sample.zone(0, 47, 12)).isEqualTo("0" + batch.sender().inami().value());
        assertThat(sample.zone(0, 59, 7)).isEqualTo("0202503");
        assertThat(sample.zone(0, 84, 25)).isEqualTo(String.format(Locale.ROOT, "%-25s", "42"));
        assertThat(sample.zone(0, 199, 32)).isEqualTo("HOPITAL PSYCHIATRIQUE SAINT-ELOI");
        assertThat(sample.zone(service, 10, 7)).isEqualTo("0792632");
        assertThat(sample.zone(service, 17, 16)).isEqualTo("2025030520250305");
        assertThat(sample.zone(service, 33, 3)).isEqualTo("203");
        assertThat(sample.zone(service, 36, 13)).isEqualTo("00" + TestBatches.PATIENT_2001.value());
        assertThat(sample.zone(service, 62, 12)).isEqualTo("0" + TestBatches.PSYCHOLOGIST_A.value());
        assertThat(sample.zone(service, 75, 12)).isEqualTo("+00000007710");
        assertThat(sample.zone(service, 87, 8)).isEqualTo("20250220");
        assertThat(sample.zone(service, 95, 5)).isEqualTo("+0001");
        assertThat(sample.zone(service, 100, 12)).isEqualTo("0" + TestBatches.PRESCRIBER.value());
        assertThat(sample.zone(service, 112, 10)).isEqualTo("+000000000");
        assertThat(sample.zone(service, 122, 25)).isEqualTo(String.format(Locale.ROOT, "%-25s", "B-17/a"));
        assertThat(sample.zone(service, 153, 14)).isEqualTo("00000000001005");
        assertThat(sample.zone(service + 3, 87, 8)).isEqualTo("00000000");
        assertThat(sample.zone(service + 3, 100, 12)).isEqualTo("000000000000");
        assertThat(sample.zone(service + 3, 153, 2)).isEqualTo("04");
        assertThat(sample.zone(total, 9, 3)).isEqualTo("299");
        assertThat(sample.zone(total, 12, 12)).isEqualTo("+00000038587");
        assertThat(sample.zone(total, 48, 8)).isEqualTo(String.format(Locale.ROOT, "%08d", total + 1));
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        int credit = -1;
        List<String> records = large.records();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("50") && records.get(i).substring(121, 146).strip().equals("CREDIT-1")) {
                credit = i;
            }
        }

        assertThat(large.zone(credit, 75, 12)).isEqualTo("-00000006610");
        assertThat(large.zone(credit, 112, 10)).isEqualTo("-000001100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "20", "50", "80", "90", "95", "96"})
    void changingOneCharacterOfAnyRecordMakesTheReadFail(String type) {
        int i = large.indexOf(type);
        String record = large.record(i);
        int position = 100;
        char changed = record.charAt(position - 1) == '0' ? '1' : '0';

        EfactFile tampered = large.withZone(i, position, String.valueOf(changed));

        assertThatThrownBy(tampered::read)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("line " + (i + 1) + ": the record check")
                .extracting(e -> ((InvoiceFormatException) e).line()).isEqualTo((long) i + 1);
    }

    @Test
    void aChangedAmountWithARightRecordCheckBreaksTheInvoiceTotal() {
        int service = sample.indexOf("50");

        EfactFile tampered = sample.withZoneResealed(service, 76, "00000007711");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("line " + (service + 2) + ": the total on account A is 77.10 but 77.11 was "
                        + "expected");
    }

    @Test
    void aChangedPseudocodeWithARightRecordCheckBreaksTheControlNumber() {
        int service = sample.indexOf("50");

        EfactFile tampered = sample.withZoneResealed(service, 10, "0792536");

        assertThatThrownBy(tampered::read)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the control number");
    }

    @Test
    void aChangedNationalNumberIsRefusedWithoutBeingQuoted() {
        int header = sample.indexOf("20");
        String other = "00" + TestBatches.PATIENT_1999.value();

        EfactFile tampered = sample.withZoneResealed(header + 1, 36, other);

        assertThatThrownBy(tampered::read)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("the national number is not the one of the invoice's record 20")
                .hasMessageNotContaining(TestBatches.PATIENT_1999.value())
                .hasMessageNotContaining(TestBatches.PATIENT_2001.value());
        assertThatThrownBy(() -> sample.withZoneResealed(header, 22, "9").read())
                .hasMessageContaining("the national number is not valid: NISS check digits do not match")
                .hasMessageNotContaining(TestBatches.PATIENT_2001.value().substring(0, 9));
    }

    @Test
    void aFileCutShortIsRefused() {
        String text = large.text();

        assertThatThrownBy(() -> large.withText(text.substring(0, text.length() - 352)).read())
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("a record 20 or 96 was expected");
        assertThatThrownBy(() -> large.withText(text.substring(0, text.length() - 10)).read())
                .hasMessageContaining("the record is incomplete");
        assertThatThrownBy(() -> large.withText("").read())
                .hasMessageContaining("the file is empty");
    }

    @Test
    void recordsEndedByLfAloneAreRefused() {
        EfactFile unix = large.withText(large.text().replace("\r\n", "\n"));

        assertThatThrownBy(unix::read)
                .isInstanceOf(InvoiceFormatException.class)
                .hasMessageContaining("line 1: the record does not end with CRLF");
    }

    @Test
    void aRecordAfterTheFileTotalIsRefused() {
        EfactFile twice = large.withText(large.text() + large.record(large.records().size() - 1) + "\r\n");

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
    void namesAreTransliteratedToUpperCaseAscii() {
        assertThat(EfactText.transliterate("Hôpital Saint-Éloi")).isEqualTo("HOPITAL SAINT-ELOI");
        assertThat(EfactText.transliterate("Œuvre Straße, Ærø Łódź")).isEqualTo("OEUVRE STRASSE, AERO LODZ");
        assertThat(EfactText.transliterate("Zorg\u00a0& Welzijn 東")).isEqualTo("ZORG & WELZIJN ?");
    }

    private static String control(List<String> services) {
        return String.format(Locale.ROOT, "%02d", EfactFile.independentControl(services));
    }
}
