package be.psygate.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * The local copies of the uploads being taken in, each under a name of the gateway's own choosing
 * ({@code <random>.upload}) in one folder of its own: a name that came from a practice never becomes a local path, so
 * no name (a backslash, {@code ..}, a control character) can reach a file outside this folder. Copies are readable by
 * the gateway's user alone; the ones a crash left behind are deleted when the gateway starts.
 */
public final class LocalCopies {

    private static final Logger log = LoggerFactory.getLogger(LocalCopies.class);
    private static final String SUFFIX = ".upload";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;
    private final long maxBytes;

    /**
     * @param dir      the folder of the copies, created when missing; what it holds from an earlier run is deleted
     * @param maxBytes the largest upload copied ({@code psygate.intake.max-file-bytes})
     */
    public LocalCopies(Path dir, long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(dir, folderMode());
            this.dir = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the intake's download folder " + dir, e);
        }
        sweep();
    }

    /**
     * Copies an upload, read as a stream from the SFTP server, to a file of its own; at most {@code maxBytes + 1}
     * bytes, so that a file larger than the limit is known as such without being kept whole.
     *
     * @param in         the upload's content; not closed here (its consumer closes it)
     * @param remoteSize the size the server listed; larger than the limit: nothing is read
     */
    public LocalCopy copy(InputStream in, long remoteSize) {
        if (remoteSize > maxBytes) {
            return new LocalCopy(null, remoteSize);
        }
        Path file = dir.resolve(UUID.randomUUID() + SUFFIX);
        if (!file.getParent().equals(dir)) {
            throw new IllegalStateException("a local copy outside " + dir);
        }
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(create(file), StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (copied <= maxBytes && (n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - copied))) > 0) {
                out.write(buffer, 0, n);
                copied += n;
            }
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Cannot copy an upload to " + file, e);
        }
        return new LocalCopy(file, copied);
    }

    /** Deletes a copy once its upload is answered; {@code null} and a missing file are ignored. */
    public void delete(Path copy) {
        if (copy == null) {
            return;
        }
        if (!dir.equals(copy.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException("not a local copy: " + copy);
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            log.warn("Could not delete the local copy {}: {}", copy.getFileName(), e.getMessage());
        }
    }

    /** The folder of the copies. */
    public Path dir() {
        return dir;
    }

    private void sweep() {
        int deleted = 0;
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : left) {
                if (Files.isRegularFile(p) && Files.deleteIfExists(p)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clear the intake's download folder: {}", e.getMessage());
        }
        if (deleted > 0) {
            log.info("Deleted {} local copies of uploads left by an earlier run (the uploads are taken again)", deleted);
        }
    }

    private static Path create(Path file) throws IOException {
        return POSIX
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createFile(file);
    }

    private static FileAttribute<?>[] folderMode() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    /**
     * One upload's local copy.
     *
     * @param path where it is; {@code null} when it was too large to be copied
     * @param size its size in bytes: the bytes copied, or the size the server listed when nothing was copied (a copy
     *             of a file larger than the limit stops one byte past it)
     */
    public record LocalCopy(Path path, long size) {

        /** The copy as a file, for Camel's file producer; {@code null} when there is none. */
        public java.io.File file() {
            return path == null ? null : path.toFile();
        }

        /** The copy's absolute path as text (Camel's {@code CamelFileLocalWorkPath}); {@code null} when none. */
        public String pathName() {
            return path == null ? null : path.toString();
        }
    }
}
