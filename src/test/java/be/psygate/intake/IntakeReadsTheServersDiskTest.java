package be.psygate.intake;

import be.psygate.support.Drop;
import be.psygate.support.GatewayTest;
import be.psygate.support.TestPractice;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Session;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the embedded server, the intake reads the practices' uploads on the server's disk, not over SFTP
 * ({@code psygate.intake.local-files}, the default): a list uploaded over SFTP is answered and archived outside the
 * homes, an upload still in progress is not taken before it is closed, and a link found in {@code in/} is neither read
 * nor moved.
 */
class IntakeReadsTheServersDiskTest extends GatewayTest {

    @Autowired
    CamelContext camel;

    @Test
    void theIntakeReadsTheEmbeddedServersDisk() {
        NotedHomesSftpComponent.Consumer consumer =
                (NotedHomesSftpComponent.Consumer) camel.getRoute("intake-practice-lists").getConsumer();
        assertThat(consumer.readsLocally()).isTrue();
    }

    @Test
    void twoReadersTakeListsEachOnItsOwnSchedule() {
        NotedHomesSftpComponent.Consumer first =
                (NotedHomesSftpComponent.Consumer) camel.getRoute("intake-practice-lists").getConsumer();
        NotedHomesSftpComponent.Consumer second =
                (NotedHomesSftpComponent.Consumer) camel.getRoute("intake-practice-lists-2").getConsumer();
        assertThat(camel.getRouteController().getRouteStatus("intake-practice-lists-2").isStarted()).isTrue();
        assertThat(second.readsLocally()).isTrue();
        // a scheduler runs one consumer's polls: shared, the second reader's would replace the first one's
        assertThat(second.getScheduler()).isInstanceOf(SignalledPollScheduler.class)
                .isNotSameAs(first.getScheduler());
        assertThat(second.getPollStrategy()).isNotSameAs(first.getPollStrategy());
        // every other option is the first reader's: the same homes, filter, claims, archive and batch
        assertThat(optionsBut(second.getEndpoint().getEndpointUri()))
                .isEqualTo(optionsBut(first.getEndpoint().getEndpointUri()));
    }

    /** An endpoint's address and options, but its scheduler and poll strategy. */
    private static java.util.Set<String> optionsBut(String uri) {
        return java.util.Arrays.stream(uri.split("[?&]"))
                .filter(option -> !option.startsWith("scheduler=") && !option.startsWith("pollStrategy="))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aListUploadedOverSftpIsAnsweredAndArchived() throws Exception {
        TestPractice practice = registeredPractice("diskread");
        String list = practice.listOf("DISK-", 3);
        Session session = sftpSession("diskread", "password-diskread");
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(10_000);
            sftp.put(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), "in/uploaded.csv");
        } finally {
            session.disconnect();
        }

        Path ack = Drop.awaitFile(practiceHome("diskread").resolve("out/uploaded.csv.ack.csv"), WAIT);
        assertThat(Files.readAllLines(ack)).hasSize(4);
        await().atMost(WAIT).until(() -> archived("diskread", "uploaded.csv").size() == 1);
        assertThat(Files.readString(archived("diskread", "uploaded.csv").get(0))).isEqualTo(list);
        assertThat(practiceHome("diskread").resolve("in/uploaded.csv")).doesNotExist();
    }

    @Test
    void anUploadInProgressIsTakenOnlyOnceItIsClosed() throws Exception {
        TestPractice practice = registeredPractice("diskslow");
        byte[] list = practice.listOf("SLOW-", 4).getBytes(StandardCharsets.UTF_8);
        Path onDisk = practiceHome("diskslow").resolve("in/slow.csv");
        Path answer = practiceHome("diskslow").resolve("out/slow.csv.ack.csv");
        Session session = sftpSession("diskslow", "password-diskslow");
        try {
            ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
            sftp.connect(10_000);
            OutputStream upload = sftp.put("in/slow.csv");
            int half = list.length / 2;
            upload.write(list, 0, half);
            upload.flush();
            await().atMost(WAIT).until(() -> Files.exists(onDisk) && Files.size(onDisk) == half);

            // polls every 100 ms: for two seconds none takes the half-written list
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> Files.exists(onDisk) && !Files.exists(answer));

            upload.write(list, half, list.length - half);
            upload.close();
        } finally {
            session.disconnect();
        }

        Drop.awaitFile(answer, WAIT);
        assertThat(Files.readAllLines(answer)).hasSize(5);
    }

    @Test
    void aLinkInAnUploadFolderIsNeitherReadNorMoved() throws Exception {
        TestPractice practice = registeredPractice("disklink");
        Path home = practiceHome("disklink");
        Files.createDirectories(home.resolve("in"));
        String linkedList = practice.listOf("LINK-", 2);
        Path outside = Files.writeString(tmp.resolve("outside.csv"), linkedList);
        Path link = Files.createSymbolicLink(home.resolve("in/linked.csv"), outside);

        // a list dropped after the link is answered: the folder holding the link was polled
        Drop.andAwaitAnswer(home, "in", "real.csv", practice.listOf("REAL-", 2).getBytes(StandardCharsets.UTF_8),
                "real.csv.ack.csv", WAIT);
        await().atMost(WAIT).until(() -> archived("disklink", "real.csv").size() == 1);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(home.resolve("out/linked.csv.ack.csv")).doesNotExist();
        assertThat(home.resolve("out/linked.csv.error.txt")).doesNotExist();
        assertThat(archived("disklink", "linked.csv")).isEmpty();
        assertThat(Files.readString(outside)).isEqualTo(linkedList);
    }

    /** The archived copies of {@code user}'s in/{@code name}: {@code archive/<yyyy>/<MM>/<user>/in/<name>.<time>}. */
    private static List<Path> archived(String user, String name) throws IOException {
        Path archive = DATA_DIR.resolve("sftp/archive");
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(f -> f.getParent().endsWith(Path.of(user, "in"))
                            && f.getFileName().toString().startsWith(name + "."))
                    .toList();
        }
    }
}
