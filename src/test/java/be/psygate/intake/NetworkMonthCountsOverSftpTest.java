package be.psygate.intake;

import be.psygate.ledger.SessionLedger;
import be.psygate.practice.NetworkRegistration;
import be.psygate.practice.NetworkService;
import be.psygate.practice.PracticeRegistration;
import be.psygate.practice.PracticeService;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A network's sessions per month, as its console page draws them, are kept by the intake with the quotas: they
 * are what counting the network's accepted sessions month by month gives, list after list.
 */
class NetworkMonthCountsOverSftpTest extends GatewayTest {

    @Autowired
    NetworkService networks;
    @Autowired
    PracticeService practices;
    @Autowired
    SessionLedger sessions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMonthCountsOfANetworkAreItsAcceptedQuotaSessionsMonthByMonthAfterEachList() throws Exception {
        String network = "month-counts-" + System.nanoTime() % 1_000_000;
        networks.register(new NetworkRegistration(network, "Network counted by month", "ADULTS", 1200));
        TestPractice practice = TestPractice.newOne("month-counts");
        practices.register(new PracticeRegistration(practice.inami(), "Practice counted by month", "0812345603",
                "BE14063123456783", network, LocalDate.parse("2022-01-01"), null, 500, practice.sftpUser(),
                "a-long-enough-password", null, "en"));
        Path home = practiceHome(practice.sftpUser());

        String march = practice.listOf("MC-A", 3) + practice.line("MC-A-bad", TestPractice.nextPatient(),
                "2025-03-04", "000000") + "\n";
        drop(home, "march.csv", march);
        assertThat(sessions.countedSessionsPerMonthOfNetwork(network, 2025)).isEqualTo(counted(network))
                .containsExactly(0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        String more = TestPractice.HEADER + "\n"
                + practice.line("MC-B-1", TestPractice.nextPatient(), "2025-03-20", "792691") + "\n"
                + practice.line("MC-B-2", TestPractice.nextPatient(), "2025-05-06", "792691") + "\n";
        drop(home, "more.csv", more);
        assertThat(sessions.countedSessionsPerMonthOfNetwork(network, 2025)).isEqualTo(counted(network))
                .containsExactly(0, 0, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(sessions.countedSessionsPerMonthOfNetwork(network, 2024)).containsOnly(0);
    }

    private static void drop(Path home, String name, String list) throws Exception {
        Drop.file(home.resolve("in"), name, list.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(home.resolve("out/" + name + ".ack.csv")));
    }

    /** The network's accepted sessions that count against its contingent, counted month by month from the lines. */
    private int[] counted(String network) {
        int[] months = new int[12];
        jdbc.sql("select extract(month from session_date), count(*) from session_line where status = 'ACCEPTED' "
                        + "and network_id = ? and extract(year from session_date) = 2025 and care in ('SPPL', 'SPS') "
                        + "and service_kind in ('INDIVIDUAL', 'GROUP') group by extract(month from session_date)")
                .param(network)
                .query(rs -> {
                    months[rs.getInt(1) - 1] = rs.getInt(2);
                });
        return months;
    }
}
