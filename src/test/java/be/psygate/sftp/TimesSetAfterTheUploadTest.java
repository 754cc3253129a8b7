package be.psygate.sftp;

import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Some clients set a file's times by its name once they have closed it (rclone does, and so do others that keep a
 * file's date): the upload is over, but its modification time changes while the gateway takes the list in. Both of
 * the gateway's readers list the practice's folder meanwhile; the list is still taken in once and answered once,
 * line by line, never answered as a duplicate of itself.
 */
class TimesSetAfterTheUploadTest extends GatewayTest {

    private static final String PASSWORD = "password-timothy-x";
    private static final int LINES = 4_000;

    @Test
    void aListWhoseTimesAreSetAgainWhileItIsTakenInIsTakenInOnceAndAnsweredLineByLine() throws Exception {
        TestPractice practice = TestPractice.newOne("timothy");
        register(practice);
        Path home = practiceHome("timothy");
        Path upload = home.resolve("in/timed.csv");
        AtomicLong times = new AtomicLong(Instant.parse("2025-06-01T08:00:00Z").getEpochSecond());

        try (MinaSftp timothy = MinaSftp.connect(SFTP_PORT, knownHosts(), "timothy", PASSWORD)) {
            timothy.write("in/timed.csv", practice.listOf("TIMED", LINES));
            // as such a client does, then again and again while the list is taken in: each time a new date
            await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> {
                try {
                    timothy.sftp().setStat("in/timed.csv", new SftpClient.Attributes()
                            .modifyTime(FileTime.from(Instant.ofEpochSecond(times.incrementAndGet()))));
                    return false;
                } catch (SftpException gone) {
                    assertThat(gone.getStatus()).as("%s", gone).isEqualTo(SftpConstants.SSH_FX_NO_SUCH_FILE);
                    return true;
                }
            });
        }

        Path ack = awaitAnswer("timothy", "timed.csv.ack.csv");
        assertThat(times.get()).as("dates set while the list was in in/")
                .isGreaterThan(Instant.parse("2025-06-01T08:00:03Z").getEpochSecond());
        await().atMost(WAIT).until(() -> !Files.exists(upload));
        // had it been taken in twice, the second take would be recorded within moments: none for two seconds
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> jdbc
                .sql("select count(*) from received_file where practice_inami = ?").param(practice.inami())
                .query(Integer.class).single() == 1);
        List<String> answer = Files.readAllLines(ack, StandardCharsets.UTF_8);
        assertThat(answer).hasSize(LINES + 1);
        assertThat(answer.subList(1, answer.size())).noneMatch(line -> line.contains("DUPLICATE"));
        try (Stream<Path> out = Files.list(home.resolve("out"))) {
            assertThat(out.map(p -> p.getFileName().toString())).containsExactly("timed.csv.ack.csv");
        }
    }

    private void register(TestPractice practice) {
        assertThat(admin().postForEntity("/api/practices", practice.registration(PASSWORD, null), java.util.Map.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }
}
