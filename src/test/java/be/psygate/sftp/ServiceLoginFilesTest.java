package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Vector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.jcraft.jsch.ChannelSftp;

/**
 * The server's root read on its disk as the gateway's service login sees it over SFTP, on the real server with JSch
 * clients: the same files with the same sizes and times, an upload in progress hidden the same way, no link
 * followed, nothing above the root. One server for the class; each test uses its own practice.
 */
class ServiceLoginFilesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass();

    private final ServiceLoginFiles files = server.server().serviceLoginFiles();

    @Test
    void aFolderListsAsTheServiceLoginListsItOverSftp() throws Exception {
        addPractice("abel");
        try (JschSftp abel = login("abel"); JschSftp gateway = login(SERVICE_USER)) {
            abel.put("in/first.csv", "one;two\n");
            abel.put("in/second.csv", "three\n".repeat(1000));
            // a time with milliseconds: SFTP carries whole seconds
            Files.setLastModifiedTime(server.root().resolve("practices/abel/in/first.csv"),
                    FileTime.from(Instant.parse("2025-06-30T10:15:30.789Z")));

            Map<String, String> overSftp = new TreeMap<>();
            Vector<ChannelSftp.LsEntry> entries = gateway.channel().ls("practices/abel/in");
            for (ChannelSftp.LsEntry e : entries) {
                if (!e.getFilename().startsWith(".")) {
                    overSftp.put(e.getFilename(), e.getAttrs().getSize() + "@" + e.getAttrs().getMTime());
                }
            }
            Map<String, String> onDisk = new TreeMap<>();
            for (ServiceLoginFiles.Entry e : files.list("practices/abel/in")) {
                onDisk.put(e.name(), e.size() + "@" + e.modifiedSeconds());
            }

            assertThat(onDisk).hasSize(2).isEqualTo(overSftp);
            assertThat(files.list("/practices/abel/in/first.csv"))
                    .containsExactly(new ServiceLoginFiles.Entry("first.csv", false, 8, 1751278530L));
        }
    }

    @Test
    void anUploadInProgressIsNeitherListedNorReadUntilItIsClosed() throws Exception {
        addPractice("bea");
        try (JschSftp bea = login("bea")) {
            bea.put("in/done.csv", "complete");
            OutputStream upload = bea.upload("in/busy.csv");
            upload.write("half a li".getBytes(StandardCharsets.UTF_8));
            upload.flush();
            Path busy = server.root().resolve("practices/bea/in/busy.csv");
            await().atMost(PATIENCE).until(() -> Files.exists(busy) && Files.size(busy) == 9);

            assertThat(names("practices/bea/in")).containsExactly("done.csv");
            assertThat(files.list("practices/bea/in/busy.csv")).isEmpty();
            assertThatThrownBy(() -> files.open("practices/bea/in/busy.csv")).isInstanceOf(NoSuchFileException.class);

            upload.write("ne\n".getBytes(StandardCharsets.UTF_8));
            upload.close();

            await().atMost(PATIENCE).until(() -> names("practices/bea/in").size() == 2);
            try (InputStream in = files.open("practices/bea/in/busy.csv")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("half a line\n");
            }
        }
    }

    @Test
    void aLinkIsNeitherListedNorReadNorMovedNorFollowed() throws Exception {
        addPractice("cleo");
        Path in = server.root().resolve("practices/cleo/in");
        Files.createDirectories(in);
        Path outside = Files.writeString(server.root().resolve("outside.csv"), "not the practice's");
        Files.createSymbolicLink(in.resolve("linked.csv"), outside);
        Path elsewhere = Files.createDirectories(server.root().resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("deep.csv"), "behind a linked folder");
        Files.createSymbolicLink(in.resolve("linked-folder"), elsewhere);
        Files.writeString(in.resolve("real.csv"), "a list");

        assertThat(names("practices/cleo/in")).containsExactly("real.csv");
        assertThatThrownBy(() -> files.open("practices/cleo/in/linked.csv")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.list("practices/cleo/in/linked-folder"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.open("practices/cleo/in/linked-folder/deep.csv"))
                .isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> files.move("practices/cleo/in/linked.csv", "archive/linked.csv"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.move("practices/cleo/in/real.csv", "practices/cleo/in/linked-folder/real.csv"))
                .isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> files.makeFolders("practices/cleo/in/linked-folder/sub"))
                .isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> files.delete("practices/cleo/in/linked.csv"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(Files.isSymbolicLink(in.resolve("linked.csv"))).isTrue();
        assertThat(Files.readString(outside)).isEqualTo("not the practice's");
        assertThat(Files.exists(in.resolve("real.csv"))).isTrue();
        assertThat(elsewhere.resolve("sub")).doesNotExist();
    }

    @Test
    void nothingAboveTheRootCanBeNamed() {
        for (String path : List.of("..", "../outside.csv", "practices/../../outside.csv", "/../x",
                "practices/dan/in/..\\..\\x", "practices/dan/in/a\0b")) {
            assertThatThrownBy(() -> files.list(path)).as(path).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> files.open(path)).as(path).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> files.move("practices/x.csv", path)).as(path)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aFileMovesInOneRenameIntoPrivateFoldersOutsideTheHomes() throws Exception {
        addPractice("dora");
        try (JschSftp dora = login("dora")) {
            dora.put("in/list.csv", "the list");
        }
        files.makeFolders("practices/../archive/2025/06/dora/in");
        files.move("practices/dora/in/list.csv", "practices/../archive/2025/06/dora/in/list.csv.20250630");

        Path archived = server.root().resolve("archive/2025/06/dora/in/list.csv.20250630");
        assertThat(Files.readString(archived)).isEqualTo("the list");
        assertThat(server.root().resolve("practices/dora/in/list.csv")).doesNotExist();
        for (Path folder = archived.getParent(); !folder.equals(server.root()); folder = folder.getParent()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(files.exists("archive/2025/06/dora/in/list.csv.20250630")).isTrue();
        assertThat(files.exists("practices/dora/in/list.csv")).isFalse();

        Files.writeString(server.root().resolve("practices/dora/in/list.csv"), "sent again");
        assertThatThrownBy(() -> files.move("practices/dora/in/list.csv",
                "archive/2025/06/dora/in/list.csv.20250630")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(archived)).isEqualTo("the list");
    }

    private List<String> names(String path) throws Exception {
        return files.list(path).stream().map(ServiceLoginFiles.Entry::name).sorted().toList();
    }

    private static void addPractice(String user) {
        server.addPractice(user, user + "-pw", List.of());
    }

    private static JschSftp login(String user) throws Exception {
        String password = user.equals(SERVICE_USER) ? SERVICE_PASSWORD : user + "-pw";
        return JschSftp.connect(server.port(), server.knownHosts(), user, password);
    }
}
