package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.sshd.common.file.root.RootedFileSystemProvider;
import org.apache.sshd.common.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bookkeeping behind hidden uploads, without a server; see {@link HiddenUploadsTest} for the real thing. */
class UploadsInProgressTest {

    private static final Path FILE = Path.of("/srv/sftp/practices/alice/in/list.csv");

    private final UploadsInProgress uploads = new UploadsInProgress();
    private final Session writer = mock(Session.class);
    private final Session other = mock(Session.class);

    @TempDir
    Path root;

    @Test
    void aFileOpenForWritingIsHiddenFromEverySessionButItsWriter() {
        uploads.opened(FILE, writer, "h1");

        assertThat(uploads.isHiddenFrom(FILE, other)).isTrue();
        assertThat(uploads.isHiddenFrom(FILE, writer)).isFalse();
        assertThat(uploads.isHiddenFrom(FILE.resolveSibling("other.csv"), other)).isFalse();

        uploads.closed(FILE, writer, "h1");
        assertThat(uploads.isHiddenFrom(FILE, other)).isFalse();
    }

    @Test
    void eachHandleCountsAndClosingOneTwiceDoesNotReleaseTheOther() {
        uploads.opened(FILE, writer, "h1");
        uploads.opened(FILE, writer, "h2");

        uploads.closed(FILE, writer, "h1");
        uploads.closed(FILE, writer, "h1");
        assertThat(uploads.isHiddenFrom(FILE, other)).isTrue();

        uploads.closed(FILE, writer, "h2");
        assertThat(uploads.isHiddenFrom(FILE, other)).isFalse();
    }

    @Test
    void aFileWrittenByTwoSessionsIsSeenByBoth() {
        Session third = mock(Session.class);
        uploads.opened(FILE, writer, "h1");
        uploads.opened(FILE, other, "h2");

        assertThat(uploads.isHiddenFrom(FILE, writer)).isFalse();
        assertThat(uploads.isHiddenFrom(FILE, other)).isFalse();
        assertThat(uploads.isHiddenFrom(FILE, third)).isTrue();
    }

    @Test
    void aSessionClosedWhileWritingLeavesItsUploadsCutOffHiddenFromOtherUsers() {
        when(writer.getUsername()).thenReturn("alice");
        when(other.getUsername()).thenReturn("psygate");
        Session alicesNextSession = mock(Session.class);
        when(alicesNextSession.getUsername()).thenReturn("alice");
        Path second = FILE.resolveSibling("second.csv");
        Path done = FILE.resolveSibling("done.csv");
        uploads.opened(FILE, writer, "h1");
        uploads.opened(second, writer, "h2");
        uploads.opened(done, writer, "h3");
        uploads.closed(done, writer, "h3");

        uploads.sessionClosed(writer);

        assertThat(uploads.isCutOff(FILE)).isTrue();
        assertThat(uploads.isHiddenFrom(FILE, other)).isTrue();
        assertThat(uploads.isHiddenFrom(second, other)).isTrue();
        assertThat(uploads.isHiddenFrom(FILE, alicesNextSession)).isFalse();
        assertThat(uploads.isHiddenFrom(done, other)).isFalse();

        uploads.forget(FILE);
        assertThat(uploads.isHiddenFrom(FILE, other)).isFalse();
        assertThat(uploads.isHiddenFrom(second, other)).isTrue();
    }

    @Test
    void aFileHasTheSameDiskPathInEveryHomeThatContainsIt() throws IOException {
        Path home = Files.createDirectories(root.resolve("practices/alice"));
        try (FileSystem practice = new RootedFileSystemProvider().newFileSystem(home, Map.of());
                FileSystem service = new RootedFileSystemProvider().newFileSystem(root, Map.of())) {
            Path expected = home.toRealPath().resolve("in/list.csv");

            assertThat(UploadHidingFileSystemAccessor.onDisk(practice.getPath("/in/list.csv"))).isEqualTo(expected);
            assertThat(UploadHidingFileSystemAccessor.onDisk(practice.getPath("/../in/./list.csv")))
                    .isEqualTo(expected);
            assertThat(UploadHidingFileSystemAccessor.onDisk(service.getPath("/practices/alice/in/list.csv")))
                    .isEqualTo(expected);
        }
    }
}
