package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the embedded server tells the intake of the practices' uploads, on the real server with JSch clients: an
 * upload is signalled once it is closed (never while it is written), and a home whose {@code in/} and
 * {@code check/} are empty holds nothing to take. One server for the class; each test uses its own practice.
 */
class PracticeUploadsTest {

    private static final byte[] LIST = "line_ref;psychologist_inami\n".repeat(100).getBytes(StandardCharsets.UTF_8);

    private static final AtomicInteger signals = new AtomicInteger();

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass(SftpLimits.defaults(),
            sftp -> sftp.practiceUploads().onUpload(signals::incrementAndGet));

    @Test
    void anUploadIsSignalledWhenItIsClosedNotWhileItIsWritten() throws Exception {
        addPractice("ugo");
        try (JschSftp ugo = login("ugo")) {
            int before = signals.get();
            OutputStream upload = ugo.upload("in/list.csv");
            upload.write(LIST);
            upload.flush();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> signals.get() == before);
            upload.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> signals.get() > before);
        }
    }

    @Test
    void anUploadToCheckIsSignalledAndOneOutsideInAndCheckIsNot() throws Exception {
        addPractice("vera");
        try (JschSftp vera = login("vera"); JschSftp gateway = login(SERVICE_USER)) {
            int before = signals.get();
            vera.put("check/list.csv", "a list");
            await().atMost(Duration.ofSeconds(10)).until(() -> signals.get() == before + 1);
            // the gateway writing an answer in out/ is no upload to take
            gateway.put("practices/vera/out/list.csv.ack.csv", "an answer");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> signals.get() == before + 1);
        }
    }

    @Test
    void aHomeMayHoldUploadsOnlyWhileItsInOrCheckHoldsAFile() throws Exception {
        addPractice("wim");
        PracticeUploads uploads = server.server().practiceUploads();
        try (JschSftp wim = login("wim")) {
            assertThat(uploads.mayHoldUploads("wim")).isFalse();
            wim.put("check/list.csv", "a list");
            assertThat(uploads.mayHoldUploads("wim")).isTrue();
            wim.rm("check/list.csv");
            assertThat(uploads.mayHoldUploads("wim")).isFalse();
            wim.put("in/list.csv", "a list");
            assertThat(uploads.mayHoldUploads("wim")).isTrue();
        }
        // not a practice's name (a listing may show anything): the intake looks for itself, as it always did
        assertThat(uploads.mayHoldUploads("..")).isTrue();
        assertThat(uploads.mayHoldUploads(SERVICE_USER)).isTrue();
    }

    @Test
    void onlyTheFoldersAnUploadEndedInAreListedAndOnlyWhileTheyHoldIt() throws Exception {
        addPractice("xena");
        addPractice("yves");
        PracticeUploads uploads = server.server().practiceUploads();
        try (JschSftp xena = login("xena"); JschSftp yves = login("yves")) {
            yves.ls("in");
            xena.put("in/list.csv", "a list");
            assertThat(uploads.foldersToList()).contains("xena/in").doesNotContain("xena/check")
                    .noneMatch(folder -> folder.startsWith("yves/"));
            // still there until it is taken
            assertThat(uploads.foldersToList()).contains("xena/in");
            xena.rm("in/list.csv");
            assertThat(uploads.foldersToList()).noneMatch(folder -> folder.startsWith("xena/"));
            xena.put("check/list.csv", "a list");
            assertThat(uploads.foldersToList()).contains("xena/check").doesNotContain("xena/in");
            xena.rm("check/list.csv");
            assertThat(uploads.foldersToList()).noneMatch(folder -> folder.startsWith("xena/"));
        }
    }

    @Test
    void aFileThatArrivedWithoutSftpIsFoundByTheSweep() throws Exception {
        addPractice("zoe");
        try (JschSftp zoe = login("zoe")) {
            zoe.ls("in");
        }
        int before = signals.get();
        PracticeUploads uploads = server.server().practiceUploads();
        assertThat(uploads.foldersToList()).noneMatch(folder -> folder.startsWith("zoe/"));
        java.nio.file.Files.writeString(server.homeOf("zoe").resolve("in").resolve("dropped.csv"), "a list");
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.get() > before);
        assertThat(uploads.foldersToList()).contains("zoe/in");
    }

    private static void addPractice(String user) {
        server.addPractice(user, user + "-pw", List.of());
    }

    private static JschSftp login(String user) throws Exception {
        String password = user.equals(SERVICE_USER) ? SERVICE_PASSWORD : user + "-pw";
        return JschSftp.connect(server.port(), server.knownHosts(), user, password);
    }
}
