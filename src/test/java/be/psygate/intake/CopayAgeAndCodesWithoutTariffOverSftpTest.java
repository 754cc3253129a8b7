package be.psygate.intake;

import be.psygate.identity.TestIds;
import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.pollingconsumer.SpringScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer to a list sent today (2025-06-30 in Brussels for the gateway under test): a patient aged 23 on the
 * session date, up to the eve of the 24th birthday, pays no copay; from the 24th birthday the ordinary or
 * preferential copay applies; a convention code that no tariff prices on its date lacks a tariff, and only a code
 * outside the convention is unknown.
 */
class CopayAgeAndCodesWithoutTariffOverSftpTest extends GatewayTest {

    @Autowired
    ReasonCatalogue reasons;

    @Autowired
    Clock clock;

    @Autowired
    CamelContext camel;

    @Test
    void answersEachLineWithTheCorrectedCopayAndReason() throws Exception {
        TestPractice practice = registeredPractice("copay-age");
        String turning24 = TestIds.niss("010620", 21, true);   // 24 on 2025-06-20
        String turning23 = TestIds.niss("020610", 23, true);   // 23 on 2025-06-10
        String preferential = TestIds.niss("010615", 25, true); // 24 on 2025-06-15

        List<String> ack = send(practice, "juin.csv", List.of(TestPractice.HEADER,
                practice.line("Y-1", turning24, "2025-06-19", "792691"),
                practice.line("Y-2", turning24, "2025-06-20", "792691"),
                practice.line("Y-3", turning23, "2025-06-10", "792691"),
                practice.line("Y-4", preferential, "2025-06-14", "792691").replace(";100;N;", ";100;Y;"),
                practice.line("Y-5", preferential, "2025-06-16", "792691").replace(";100;N;", ";100;Y;"),
                practice.line("C-1", TestPractice.nextPatient(), "2025-06-02", "792271"),
                practice.line("C-2", TestPractice.nextPatient(), "2025-06-03", "792315"),
                practice.line("C-3", TestPractice.nextPatient(), "2025-06-04", "791976"),
                practice.line("C-4", TestPractice.nextPatient(), "2025-06-05", "791977"),
                practice.line("T-1", TestPractice.nextPatient(), "2025-06-30", "792691")));

        assertThat(ack).hasSize(11);
        // 23 on the eve of the 24th birthday: no copay, the insurer pays the whole 77.10 (tranche 1: 69.39)
        assertThat(ack.get(1)).isEqualTo("Y-1;ACCEPTED;;;77.10;77.10;0.00;69.39;2");
        // 24 from the birthday on: the ordinary copay
        assertThat(ack.get(2)).isEqualTo("Y-2;ACCEPTED;;;77.10;66.10;11.00;59.49;3");
        // 23 since that very day
        assertThat(ack.get(3)).isEqualTo("Y-3;ACCEPTED;;;77.10;77.10;0.00;69.39;4");
        // preferential regime: no copay at 23, 4.00 from 24
        assertThat(ack.get(4)).isEqualTo("Y-4;ACCEPTED;;;77.10;77.10;0.00;69.39;5");
        assertThat(ack.get(5)).isEqualTo("Y-5;ACCEPTED;;;77.10;73.10;4.00;65.79;6");
        // codes of the convention without a tariff: no tariff on that date, not unknown
        assertThat(ack.get(6)).startsWith("C-1;REJECTED;NO_TARIFF_ON_DATE;")
                .contains(reasons.text(ReasonCode.NO_TARIFF_ON_DATE, Language.EN, "792271", "2025-06-02"));
        assertThat(ack.get(7)).startsWith("C-2;REJECTED;NO_TARIFF_ON_DATE;")
                .contains(reasons.text(ReasonCode.NO_TARIFF_ON_DATE, Language.EN, "792315", "2025-06-03"));
        assertThat(ack.get(8)).startsWith("C-3;REJECTED;NO_TARIFF_ON_DATE;");
        assertThat(ack.get(9)).startsWith("C-4;REJECTED;PSEUDOCODE_UNKNOWN;");
        // a session of today in Brussels is billable
        assertThat(ack.get(10)).isEqualTo("T-1;ACCEPTED;;;77.10;66.10;11.00;59.49;11");
        assertThat(String.join("\n", ack)).doesNotContain(turning24).doesNotContain(turning23)
                .doesNotContain(preferential);
    }

    @Test
    void readsItsDatesFromOneClockInBrusselsAndRunsItsSchedulesOnBrusselsHours() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 6, 30));
        for (String route : List.of("billing-schedule", "payment-schedule")) {
            ScheduledPollConsumer consumer = (ScheduledPollConsumer) camel.getRoute(route).getConsumer();
            assertThat(((SpringScheduledPollConsumerScheduler) consumer.getScheduler()).getTimeZone())
                    .isEqualTo(TimeZone.getTimeZone("Europe/Brussels"));
        }
    }

    private List<String> send(TestPractice practice, String name, List<String> lines) throws Exception {
        return Files.readAllLines(sendList(practice.sftpUser(), name, TestPractice.text(lines)),
                StandardCharsets.UTF_8);
    }
}
