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

    @Test
    void aCutOffUploadLeftSoPastTheWaitShowsAgainMarkedIncomplete() {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2025-06-30T10:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        UploadsInProgress waiting = new UploadsInProgress(clock, java.time.Duration.ofHours(2));
        when(writer.getUsername()).thenReturn("alice");
        when(other.getUsername()).thenReturn("psygate");
        waiting.opened(FILE, writer, "h1");
        waiting.sessionClosed(writer);

        now.set(now.get().plus(java.time.Duration.ofMinutes(119)));
        assertThat(waiting.isHiddenFrom(FILE, other)).isTrue();
        assertThat(waiting.isIncomplete(FILE)).isFalse();

        now.set(now.get().plus(java.time.Duration.ofMinutes(1)));
        assertThat(waiting.isHiddenFrom(FILE, other)).isFalse();
        assertThat(waiting.isIncomplete(FILE)).isTrue();

        // taken by the intake and moved to the archive: the mark goes
        waiting.forget(FILE);
        assertThat(waiting.isIncomplete(FILE)).isFalse();
    }
}
