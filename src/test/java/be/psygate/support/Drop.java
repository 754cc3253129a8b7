package be.psygate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Puts a file in a practice's folder on the SFTP server's disk the way a careful client does: written under a
 * temporary name, then renamed, so the gateway sees it whole. For tests where the upload itself is not the point;
 * with the wait for the gateway's answer to it.
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

    /**
     * Drops {@code content} as {@code name} in the folder {@code folder} ({@code in} or {@code check}) of a practice's
     * {@code home}, then waits, at most {@code patience}, for the gateway's answer {@code out/<answer>}; returns the
     * answer's path.
     */
    public static Path andAwaitAnswer(Path home, String folder, String name, byte[] content, String answer,
                                      Duration patience) throws IOException {
        file(home.resolve(folder), name, content);
        return awaitFile(home.resolve("out").resolve(answer), patience);
    }

    /** Waits, at most {@code patience}, until {@code file} exists; returns it. */
    public static Path awaitFile(Path file, Duration patience) {
        await().atMost(patience).until(() -> Files.exists(file));
        return file;
    }

    private static Path temporary(Path folder) {
        return folder.resolve(".drop-" + UUID.randomUUID() + ".part");
    }
}
