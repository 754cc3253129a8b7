package be.psygate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Puts a file in a practice's folder on the SFTP server's disk the way a careful client does: written under a
 * temporary name, then renamed, so the gateway sees it whole. For tests where the upload itself is not the point.
 */
public final class Drop {

    private Drop() {
    }

    public static Path file(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        // a short temporary name: the final name may already be as long as the file system allows
        Path tmp = temporary(folder);
        Files.write(tmp, content);
        return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The same for a file already on disk, too big to hold in memory: copied in under a temporary name. */
    public static Path file(Path folder, String name, Path content) throws IOException {
        Files.createDirectories(folder);
        Path tmp = temporary(folder);
        Files.copy(content, tmp);
        return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path temporary(Path folder) {
        return folder.resolve(".drop-" + UUID.randomUUID() + ".part");
    }
}
