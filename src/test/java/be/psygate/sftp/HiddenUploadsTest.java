package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;

/**
 * A file that a practice is still uploading is invisible to the gateway's service account, on the real server
 * with JSch clients: the gateway must never pick up half a list. One server for the whole class; each test uses
 * its own practice.
 */
class HiddenUploadsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final byte[] FIRST_PART = "line_ref;psychologist_inami\n".repeat(200)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND_PART = "L1;12345678901\n".repeat(300).getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass();

    @Test
    void anUploadInProgressIsSeenOnlyByItsWriterUntilClosed() throws Exception {
        addPractice("olga");
        loggedIn("olga", (olga, gateway) -> {
            OutputStream upload = firstPartWritten(olga, "olga");

            assertThat(gateway.ls("practices/olga/in")).isEmpty();
            assertThat(olga.ls("in")).containsExactly("list.csv");
            assertThatThrownBy(() -> gateway.get("practices/olga/in/list.csv"))
                    .isInstanceOfSatisfying(SftpException.class,
                            e -> assertThat(e.id).isEqualTo(ChannelSftp.SSH_FX_NO_SUCH_FILE));

            upload.write(SECOND_PART);
            upload.close();

            assertWholeListSeen(gateway, "olga");
            assertThat(gateway.get("practices/olga/in/list.csv"))
                    .isEqualTo(new String(FIRST_PART, StandardCharsets.UTF_8)
                            + new String(SECOND_PART, StandardCharsets.UTF_8));
        });
    }

    @Test
    void otherFilesOfTheFolderStayVisible() throws Exception {
        addPractice("pia");
        loggedIn("pia", (pia, gateway) -> {
            pia.put("in/done.csv", "complete");
            OutputStream upload = pia.upload("in/busy.csv");
            upload.write(FIRST_PART);

            assertThat(gateway.ls("practices/pia/in")).containsExactly("done.csv");

            upload.close();
            assertThat(gateway.ls("practices/pia/in")).containsExactly("busy.csv", "done.csv");
        });
    }

    @Test
    void aFileOpenedTwiceForWritingStaysHiddenUntilTheLastHandleIsClosed() throws Exception {
        addPractice("quinn");
        try (JschSftp first = login("quinn"); JschSftp second = login("quinn");
                JschSftp gateway = login(SERVICE_USER)) {
            OutputStream creating = firstPartWritten(first, "quinn");
            OutputStream appending = second.append("in/list.csv");
            appending.write(SECOND_PART);
            appending.flush();
            awaitSizeOnDisk("quinn", "list.csv", FIRST_PART.length + SECOND_PART.length);

            creating.close();
            assertThat(gateway.ls("practices/quinn/in")).isEmpty();
            assertThat(second.ls("in")).containsExactly("list.csv");

            appending.close();
            assertWholeListSeen(gateway, "quinn");
        }
    }

    @Test
    void anUploadLeftOpenWhenItsChannelEndsStaysHiddenUntilThePracticeResumesIt() throws Exception {
        afterAnUploadCutOff("rita", JschSftp::closeChannelOnly, (rita, gateway) -> {
            assertThat(rita.sizes("in")).containsExactly(entry("list.csv", (long) FIRST_PART.length));
            OutputStream resumed = rita.append("in/list.csv");
            resumed.write(SECOND_PART);
            resumed.close();

            assertWholeListSeen(gateway, "rita");
        });
    }

    @Test
    void anUploadOfAKilledClientStaysHiddenUntilThePracticeReplacesIt() throws Exception {
        afterAnUploadCutOff("sam", JschSftp::kill, (sam, gateway) -> {
            sam.put("in/list.csv", "the whole list, sent again");

            assertThat(gateway.get("practices/sam/in/list.csv")).isEqualTo("the whole list, sent again");
        });
    }

    @Test
    void aCutOffUploadRemovedByThePracticeLeavesNoMarkOnItsName() throws Exception {
        afterAnUploadCutOff("tess", JschSftp::kill, (tess, gateway) -> {
            tess.rm("in/list.csv");
            Files.writeString(server.root().resolve("practices/tess/in/list.csv"), "dropped on the disk");

            assertThat(gateway.ls("practices/tess/in")).containsExactly("list.csv");
        });
    }

    /** How an upload is cut off: its client's channel closed under it, or the client killed. */
    private interface CutOff {
        void apply(JschSftp client) throws Exception;
    }

    /**
     * {@code user}'s upload of in/list.csv, its first part written, is cut off; the service account does not see it.
     * Then {@code user} and the service account log in again and do {@code then}.
     */
    private static void afterAnUploadCutOff(String user, CutOff cutOff, WithTheGateway then) throws Exception {
        addPractice(user);
        loggedIn(user, (client, gateway) -> {
            firstPartWritten(client, user);
            cutOff.apply(client);
            assertStaysHidden(gateway, user);
        });
        loggedIn(user, then);
    }

    /** What a practice and the gateway's service account do, each logged in to the server. */
    private interface WithTheGateway {
        void run(JschSftp practice, JschSftp gateway) throws Exception;
    }

    /** Logs {@code user} and the gateway's service account in, runs {@code steps}, then logs both out. */
    private static void loggedIn(String user, WithTheGateway steps) throws Exception {
        try (JschSftp practice = login(user); JschSftp gateway = login(SERVICE_USER)) {
            steps.run(practice, gateway);
        }
    }

    /** The service account sees {@code user}'s in/list.csv, both parts of it. */
    private static void assertWholeListSeen(JschSftp gateway, String user) throws Exception {
        assertThat(gateway.sizes("practices/" + user + "/in"))
                .containsExactly(entry("list.csv", (long) (FIRST_PART.length + SECOND_PART.length)));
    }

    /**
     * The service account sees no file in the practice's {@code in/} for a while after the upload was cut off
     * (before, a cut-off upload showed up at once, as soon as SSHD closed its handle).
     */
    private static void assertStaysHidden(JschSftp gateway, String user) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(gateway.ls("practices/" + user + "/in")).isEmpty());
    }

    private static void addPractice(String user) {
        server.addPractice(user, user + "-pw", List.of());
    }

    private static JschSftp login(String user) throws Exception {
        String password = user.equals(SERVICE_USER) ? SERVICE_PASSWORD : user + "-pw";
        return JschSftp.connect(server.port(), server.knownHosts(), user, password);
    }

    /** Starts {@code user}'s upload of in/list.csv and writes its first part, on the server's disk when it returns. */
    private static OutputStream firstPartWritten(JschSftp client, String user) throws Exception {
        OutputStream upload = client.upload("in/list.csv");
        upload.write(FIRST_PART);
        upload.flush();
        awaitSizeOnDisk(user, "list.csv", FIRST_PART.length);
        return upload;
    }

    /** Waits until the server has written what the client sent: the client's writes are not acknowledged one by one. */
    private static void awaitSizeOnDisk(String user, String name, long size) {
        Path file = server.root().resolve("practices").resolve(user).resolve("in").resolve(name);
        await().atMost(PATIENCE).until(() -> Files.size(file) == size);
    }
}
