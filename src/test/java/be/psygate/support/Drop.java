package be.psygate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a file in a practice's folder on the SFTP server's disk the way a careful client does: written under a
 * temporary name, then renamed, so the gateway sees it whole. For tests where the upload itself is not the point.
 */
public final class Drop {

    private Drop() {
    }

    public static Path file(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve(name + ".part");
        Files.write(tmp, content);
        return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
