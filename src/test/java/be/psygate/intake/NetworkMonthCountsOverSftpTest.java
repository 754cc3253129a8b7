package be.psygate.intake;

import be.psygate.ledger.SessionLedger;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRegistration;
import be.psygate.practice.PracticeService;
import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
    PracticeService practices;
    @Autowired
    SessionLedger sessions;

    @Test
    void theMonthCountsOfANetworkAndOfAPsychologistAreTheirAcceptedQuotaSessionsMonthByMonthAfterEachList() throws Exception {
        // the network every practice of these tests belongs to: registering another one would make the other
        // tests' registrations (which name none) ambiguous, so the counts are checked as they grow by this test's lists
        TestPractice practice = TestPractice.newOne("month-counts");
        Practice registered = practices.register(new PracticeRegistration(practice.inami(), "Practice counted by month",
                "0812345603", "BE14063123456783", null, LocalDate.parse("2022-01-01"), null, 500,
                practice.sftpUser(), "a-long-enough-password", null, "en"));
        String network = registered.networkId();
        int[] before = sessions.countedSessionsPerMonthOfNetwork(network, 2025);
        assertThat(before).isEqualTo(counted(network, 2025));

        String march = practice.listOf("MC-A", 3) + practice.line("MC-A-bad", TestPractice.nextPatient(),
                "2025-03-04", "000000") + "\n";
        dropAndAssertCounted(practice, network, before, "march.csv", march, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        int[] in2024 = sessions.countedSessionsPerMonthOfNetwork(network, 2024);
        String more = TestPractice.HEADER + "\n"
                + practice.line("MC-B-1", TestPractice.nextPatient(), "2025-03-20", "792691") + "\n"
                + practice.line("MC-B-2", TestPractice.nextPatient(), "2025-05-06", "792691") + "\n";
        dropAndAssertCounted(practice, network, before, "more.csv", more, 0, 0, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(sessions.countedSessionsPerMonth(practice.inami(), 2024)).containsOnly(0);
        assertThat(sessions.countedSessionsPerMonthOfNetwork(network, 2024)).isEqualTo(in2024)
                .isEqualTo(counted(network, 2024));
    }

    private static int[] minus(int[] after, int[] before) {
        int[] delta = new int[after.length];
        for (int m = 0; m < after.length; m++) {
            delta[m] = after[m] - before[m];
        }
        return delta;
    }

    /**
     * Drops {@code list} in the practice's in/ and waits for its answer; then the network's 2025 month counts are those
     * of its lines and have grown since {@code before} by {@code counted}, which are also the whole 2025 counts of the
     * practice's psychologist (its pace, from the counts kept with the network's: the practice is new).
     */
    private void dropAndAssertCounted(TestPractice practice, String network, int[] before, String name, String list,
                                      int... counted) throws Exception {
        Path home = practiceHome(practice.sftpUser());
        Drop.file(home.resolve("in"), name, list.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(home.resolve("out/" + name + ".ack.csv")));
        int[] after = sessions.countedSessionsPerMonthOfNetwork(network, 2025);
        assertThat(after).isEqualTo(counted(network, 2025));
        assertThat(minus(after, before)).containsExactly(counted);
        assertThat(sessions.countedSessionsPerMonth(practice.inami(), 2025))
                .containsExactly(counted).isEqualTo(countedOf(practice.inami(), 2025));
    }

    /** A psychologist's accepted sessions that count for the capacity, counted month by month from the lines. */
    private int[] countedOf(String psychologist, int year) {
        return countedFromLines("psychologist_inami", psychologist, year);
    }

    /** The network's accepted sessions that count against its contingent, counted month by month from the lines. */
    private int[] counted(String network, int year) {
        return countedFromLines("network_id", network, year);
    }

    /** The accepted sessions that count against the quotas whose {@code column} is {@code value}, month by month. */
    private int[] countedFromLines(String column, String value, int year) {
        int[] months = new int[12];
        jdbc.sql("select extract(month from session_date), count(*) from session_line where status = 'ACCEPTED' "
                        + "and " + column + " = ? and extract(year from session_date) = ? and care in ('SPPL', 'SPS') "
                        + "and service_kind in ('INDIVIDUAL', 'GROUP') group by extract(month from session_date)")
                .param(value).param(year)
                .query(rs -> {
                    months[rs.getInt(1) - 1] = rs.getInt(2);
                });
        return months;
    }
}
