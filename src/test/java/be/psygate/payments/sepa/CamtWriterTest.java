package be.psygate.payments.sepa;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static be.psygate.payments.sepa.SepaAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CamtWriterTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2025, 4, 10, 18, 0);

    private final CamtWriter writer = new CamtWriter();
    private final CamtReader reader = new CamtReader();

    @Test
    void creditsWrittenAsACamt054AreReadBackEqual() throws Exception {
        List<BankCredit> credits = List.of(
                new BankCredit(LocalDate.of(2025, 4, 9), new BigDecimal("132.2"), "Mutualité Chrétienne",
                        "090933755493", "MC-2025-04-0001"),
                new BankCredit(LocalDate.of(2025, 4, 10), new BigDecimal("410.00"), "Caisse Auxiliaire",
                        "RF49SOL2025030042", null),
                new BankCredit(LocalDate.of(2025, 4, 10), new BigDecimal("1250.75"), "Partenamut",
                        "Remboursement soins psychologiques mars 2025", "PTN-77"),
                new BankCredit(LocalDate.of(2025, 4, 10), new BigDecimal("5.00"), null, null, null));

        String xml = write(new AccountCredits("SIM-2025-04-10", CREATED, SepaSamples.HOSPITAL, credits));

        assertThat(read(xml)).isEqualTo(credits);
        assertThat(Pain001WriterTest.text(xml, "count(//Strd/CdtrRefInf[Tp/CdOrPrtry/Cd='SCOR'])")).isEqualTo("2");
        assertThat(Pain001WriterTest.text(xml, "(//Strd/CdtrRefInf/Tp/Issr)[1]")).isEqualTo("BBA");
        assertThat(Pain001WriterTest.text(xml, "(//Strd/CdtrRefInf/Tp/Issr)[2]")).isEqualTo("ISO");
        assertThat(Pain001WriterTest.text(xml, "(//Ntry)[2]//EndToEndId")).isEqualTo("NOTPROVIDED");
        assertThat(Pain001WriterTest.text(xml, "//Ntfctn/Acct/Id/IBAN")).isEqualTo("BE88363000000141");
    }

    @Test
    void aReferenceWithWrongCheckDigitsIsFreeText() throws Exception {
        List<BankCredit> credits = List.of(new BankCredit(LocalDate.of(2025, 4, 9), BigDecimal.ONE, "Solidaris",
                "090933755494", null));

        String xml = write(new AccountCredits("SIM-1", CREATED, SepaSamples.HOSPITAL, credits));

        assertThat(Pain001WriterTest.text(xml, "//Ustrd")).isEqualTo("090933755494");
        assertThat(read(xml)).isEqualTo(credits);
    }

    @Test
    void aNotificationWithoutCreditIsValid() {
        String xml = write(new AccountCredits("SIM-EMPTY", CREATED, SepaSamples.HOSPITAL, List.of()));

        assertThat(read(xml)).isEmpty();
    }

    @Test
    void whatTheSchemaRefusesIsNotWritten() {
        List<BankCredit> credits = List.of(new BankCredit(LocalDate.of(2025, 4, 9), BigDecimal.ONE, "Solidaris",
                "r".repeat(141), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertRefused(() -> writer.write054(new AccountCredits("SIM-1", CREATED, SepaSamples.HOSPITAL, credits), out),
                "camt.054.001.02.xsd");
        assertThat(out.size()).isZero();
    }

    private String write(AccountCredits report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write054(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<BankCredit> read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
