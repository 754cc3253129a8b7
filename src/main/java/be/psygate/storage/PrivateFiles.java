package be.psygate.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The gateway's files are its own: folders 0700, files 0600, whatever the process' umask, so that no other account
 * on the host reads a list, an invoice, a bank file or the database (they name patients). On a file system without
 * POSIX modes these do nothing and say so.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether modes can be set where {@code path} lives. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * {@link Files#createDirectories}, every folder it creates 0700. A temporary file ({@link Files#createTempFile})
     * is 0600 already.
     */
    public static Path createDirectories(Path dir) throws IOException {
        return posix(dir) ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectories(dir);
    }

    /**
     * Makes {@code root} and every folder under it 0700 and every file 0600; links are not followed, and a file that
     * vanishes meanwhile (the gateway runs) is passed over.
     *
     * @return what was changed, and what could not be
     */
    public static Tightened tighten(Path root) throws IOException {
        int[] changed = {0};
        int[] refused = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                set(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    set(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException)) {
                    refused[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            private void set(Path path, Set<PosixFilePermission> mode) {
                try {
                    if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(mode)) {
                        Files.setPosixFilePermissions(path, mode);
                        changed[0]++;
                    }
                } catch (NoSuchFileException gone) {
                    // taken away by the gateway meanwhile: nothing to protect
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    refused[0]++;
                }
            }
        });
        return new Tightened(changed[0], refused[0]);
    }

    /**
     * @param changed files and folders whose mode was changed
     * @param refused files and folders whose mode could not be read or changed (another owner, a file system
     *                without modes)
     */
    public record Tightened(int changed, int refused) {
    }
}
