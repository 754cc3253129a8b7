package be.psygate.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Folders 0700 and files 0600 under the usual umask 022, where Java alone makes them 0755 and 0644. */
class PrivateFilesTest {

    @TempDir
    Path temp;

    @Test
    void foldersItCreatesAreTheOwnersAloneParentsIncluded() throws Exception {
        Path made = PrivateFiles.createDirectories(temp.resolve("work/billing/2025"));

        for (Path p = made; !p.equals(temp); p = p.getParent()) {
            assertThat(Files.getPosixFilePermissions(p)).as(temp.relativize(p).toString())
                    .isEqualTo(PrivateFiles.FOLDER);
        }
    }

    @Test
    void anOpenTreeIsClosedAndALinkOutOfItIsNotFollowed() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not the gateway's");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Path root = Files.createDirectories(temp.resolve("data/archive/2025"));
        Path list = Files.writeString(root.resolve("list.csv"), "line_ref\n");
        Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxr-x"));
        Files.createSymbolicLink(root.resolve("link"), outside);

        PrivateFiles.Tightened done = PrivateFiles.tighten(temp.resolve("data"));

        assertThat(Files.getPosixFilePermissions(list)).isEqualTo(PrivateFiles.FILE);
        assertThat(Files.getPosixFilePermissions(root)).isEqualTo(PrivateFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(temp.resolve("data"), LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(PrivateFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(outside)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        // data, data/archive, data/archive/2025 (0755 or 0775) and list.csv
        assertThat(done).isEqualTo(new PrivateFiles.Tightened(4, 0));
        assertThat(PrivateFiles.tighten(temp.resolve("data"))).isEqualTo(new PrivateFiles.Tightened(0, 0));
    }
}
