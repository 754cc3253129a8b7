package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers the gateway writes itself in a practice's {@code out/} on the embedded server's disk: in that folder
 * and nowhere else, whatever the name, never through a link, readable by the gateway alone, and never seen half
 * written.
 */
class PracticeFoldersTest {

    @TempDir
    Path root;

    private SftpHomes homes;
    private PracticeFolders folders;
    private Path answer;

    @BeforeEach
    void setUp() throws Exception {
        homes = new SftpHomes(root, "gateway");
        homes.ensureRoot();
        homes.ensureHome(new SftpAccount("alice", homes.homeOf("alice"), null, java.util.List.of()));
        folders = new PracticeFolders(homes);
        answer = Files.writeString(root.resolve("answer.tmp"), "line_ref;status\r\nr1;ACCEPTED\r\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerLandsInTheOutFolderUnderItsNameReadableByTheGatewayAlone() throws Exception {
        folders.deliver("alice", "list.csv.ack.csv", answer);

        Path written = homes.homeOf("alice").resolve("out/list.csv.ack.csv");
        assertThat(written).hasSameBinaryContentAs(answer);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        assertThat(homes.homeOf("alice").resolve("out/list.csv.ack.csv.part")).doesNotExist();
    }

    @Test
    void anEarlierAnswerAndATemporaryFileLeftBehindAreReplaced() throws Exception {
        Path out = homes.homeOf("alice").resolve("out");
        Files.writeString(out.resolve("list.csv.ack.csv"), "old");
        Files.writeString(out.resolve("list.csv.ack.csv.part"), "half");

        folders.deliver("alice", "list.csv.ack.csv", answer);

        assertThat(out.resolve("list.csv.ack.csv")).hasSameBinaryContentAs(answer);
        assertThat(out.resolve("list.csv.ack.csv.part")).doesNotExist();
    }

    @Test
    void aNameThatIsNotAPlainFileNameIsRefused() {
        for (String name : new String[] {"../../escape.ack.csv", "..", ".", "a/b.ack.csv", "a\\b.ack.csv",
                "line\nbreak.ack.csv", ""}) {
            assertThatThrownBy(() -> folders.deliver("alice", name, answer))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(root.resolve("escape.ack.csv")).doesNotExist();
        assertThat(root.resolve("practices/escape.ack.csv")).doesNotExist();
    }

    @Test
    void aUserNameThatIsNotAPracticesIsRefused() {
        assertThatThrownBy(() -> folders.deliver("../alice", "list.csv.ack.csv", answer))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> folders.deliver("gateway", "list.csv.ack.csv", answer))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutFolderThatIsALinkIsNeverFollowed() throws Exception {
        Path out = homes.homeOf("alice").resolve("out");
        Files.delete(out);
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.createSymbolicLink(out, elsewhere);

        assertThatThrownBy(() -> folders.deliver("alice", "list.csv.ack.csv", answer))
                .isInstanceOf(IllegalStateException.class);
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aTemporaryNameThatIsALinkIsRemovedNotWrittenThrough() throws Exception {
        Path out = homes.homeOf("alice").resolve("out");
        Path victim = Files.writeString(root.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(out.resolve("list.csv.ack.csv.part"), victim);

        folders.deliver("alice", "list.csv.ack.csv", answer);

        assertThat(victim).hasContent("keep");
        assertThat(out.resolve("list.csv.ack.csv")).hasSameBinaryContentAs(answer);
    }
}
