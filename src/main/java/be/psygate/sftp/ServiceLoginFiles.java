package be.psygate.sftp;

import be.psygate.identity.SafeText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The embedded server's root as the gateway's own service login sees it over SFTP, listed, read and moved on the
 * server's disk instead, without an SSH channel: the same names, sizes and times of modification (whole seconds, as
 * SFTP carries them), an upload in progress or cut off left out of listings and unreadable exactly as
 * {@link UploadHidingFileSystemAccessor} keeps it from the service login, folders made {@code 0700} as
 * {@link HomeRulesFileSystemAccessor} makes them, and a file moved or removed forgotten by the server's marks as
 * its events would forget it.
 *
 * <p>A path is one the service login would send: relative to its home, the root ({@code /} is the root too),
 * {@code .} ignored and {@code ..} the folder above, never above the root (refused, where SFTP would stay at the
 * root). A backslash or a NUL is refused. A link is never followed: a listing leaves links out (and anything but
 * files and folders), and every folder on the way to a path, and the file read, moved or removed, must be a real
 * folder or file, not a link; a practice cannot create one over SFTP ({@link NoLinksFileSystemAccessor}), but the
 * disk may hold one.
 */
public final class ServiceLoginFiles {

    /**
     * A file or folder as a listing shows it.
     *
     * @param name            its name in its folder
     * @param directory       whether it is a folder
     * @param size            its size in bytes
     * @param modifiedSeconds its time of modification in whole seconds since the epoch, as SFTP v3 carries it
     */
    public record Entry(String name, boolean directory, long size, long modifiedSeconds) {
    }

    private final Path root;
    private final Predicate<Path> hidden;
    private final Consumer<Path> forget;
    private final BooleanSupplier running;
    /** The root with every link on its way resolved: where the server's sessions name their files. */
    private volatile Path realRoot;

    /**
     * @param root    the server's root (absolute, normalised), the service login's home
     * @param hidden  whether a file, by its real path on the disk, is an upload the service login cannot see yet
     * @param forget  what the server does when a file (by its real path) is moved or removed: it forgets its upload
     * @param running whether the server runs
     */
    ServiceLoginFiles(Path root, Predicate<Path> hidden, Consumer<Path> forget, BooleanSupplier running) {
        this.root = root.toAbsolutePath().normalize();
        this.hidden = hidden;
        this.forget = forget;
        this.running = running;
    }

    /** Whether the server runs: its uploads in progress are known only then. */
    public boolean isAvailable() {
        return running.getAsBoolean();
    }

    /**
     * A folder's files and folders, or a file alone when {@code path} names one, as the service login would list
     * them: no link, nothing but files and folders, no upload still hidden.
     *
     * @throws NoSuchFileException when nothing is there, or a link is on the way
     */
    public List<Entry> list(String path) throws IOException {
        Path target = resolve(path);
        requireFoldersOnTheWay(target);
        BasicFileAttributes attributes = attributesOf(target);
        if (attributes == null || attributes.isSymbolicLink()) {
            throw new NoSuchFileException(shown(path));
        }
        List<Entry> entries = new ArrayList<>();
        if (!attributes.isDirectory()) {
            if (attributes.isRegularFile() && !hidden.test(onDisk(target))) {
                entries.add(entry(target, attributes));
            }
            return entries;
        }
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(target)) {
            for (Path child : folder) {
                BasicFileAttributes a = attributesOf(child);
                if (a == null || !(a.isRegularFile() || a.isDirectory()) || a.isSymbolicLink()) {
                    continue;
                }
                if (a.isRegularFile() && hidden.test(onDisk(child))) {
                    continue;
                }
                entries.add(entry(child, a));
            }
        }
        return entries;
    }

    /**
     * Opens a file for reading, as the service login would download it.
     *
     * @throws NoSuchFileException when it is not a file (a link, a folder, nothing), or is an upload still hidden
     */
    public InputStream open(String path) throws IOException {
        Path file = resolve(path);
        requireFoldersOnTheWay(file);
        BasicFileAttributes attributes = attributesOf(file);
        if (attributes == null || !attributes.isRegularFile() || hidden.test(onDisk(file))) {
            throw new NoSuchFileException(shown(path));
        }
        return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether anything is at {@code path} (a link not followed); false when a link is on the way. */
    public boolean exists(String path) throws IOException {
        Path target = resolve(path);
        try {
            requireFoldersOnTheWay(target);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return false;
        }
        return attributesOf(target) != null;
    }

    /**
     * Moves a file in one atomic rename on the server's disk, as an SFTP rename does: refused when something is
     * already at {@code to}, or when the file is not a file.
     */
    public void move(String from, String to) throws IOException {
        Path source = resolve(from);
        Path target = resolve(to);
        requireFoldersOnTheWay(source);
        requireFoldersOnTheWay(target);
        BasicFileAttributes attributes = attributesOf(source);
        if (attributes == null || !attributes.isRegularFile()) {
            throw new NoSuchFileException(shown(from));
        }
        if (attributesOf(target) != null) {
            throw new FileAlreadyExistsException(shown(to));
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        forget.accept(onDisk(source));
        forget.accept(onDisk(target));
    }

    /** Makes the folder and the missing ones above it, each {@code 0700}; none is made through a link. */
    public void makeFolders(String path) throws IOException {
        for (Path current : foldersFromRoot(resolve(path))) {
            BasicFileAttributes attributes = attributesOf(current);
            if (attributes == null) {
                try {
                    Files.createDirectory(current,
                            PosixFilePermissions.asFileAttribute(HomeRulesFileSystemAccessor.FOLDER_MODE));
                    Files.setPosixFilePermissions(current, HomeRulesFileSystemAccessor.FOLDER_MODE);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    requireFolder(current, path);
                }
            } else if (!attributes.isDirectory() || attributes.isSymbolicLink()) {
                throw new NotDirectoryException(shown(path));
            }
        }
    }

    /**
     * Removes a file.
     *
     * @throws NoSuchFileException when nothing is there
     * @throws AccessDeniedException when it is not a file (a link, a folder)
     */
    public void delete(String path) throws IOException {
        Path file = resolve(path);
        requireFoldersOnTheWay(file);
        BasicFileAttributes attributes = attributesOf(file);
        if (attributes == null) {
            throw new NoSuchFileException(shown(path));
        }
        if (!attributes.isRegularFile()) {
            throw new AccessDeniedException(shown(path), null, "not a file");
        }
        Files.delete(file);
        forget.accept(onDisk(file));
    }

    /**
     * Where {@code path}, as the service login would name it, lies on the disk.
     *
     * @throws AccessDeniedException when it holds a backslash or a NUL, or leads above the root
     */
    Path resolve(String path) throws AccessDeniedException {
        if (path == null || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            throw new AccessDeniedException(shown(path), null, "not a path of the server's");
        }
        List<String> names = ServerPaths.names(path)
                .orElseThrow(() -> new AccessDeniedException(shown(path), null, "above the server's root"));
        Path resolved = root;
        for (String name : names) {
            resolved = resolved.resolve(name);
        }
        if (!resolved.normalize().startsWith(root) || !resolved.normalize().equals(resolved)) {
            throw new AccessDeniedException(shown(path), null, "not a path of the server's");
        }
        return resolved;
    }

    /**
     * The path under which the server knows a file: its sessions' file systems are rooted at the real path of their
     * home ({@code RootedFileSystemProvider}), so a root reached through a link (a data directory under one) is named
     * by where it really is.
     */
    private Path onDisk(Path path) throws IOException {
        Path real = realRoot;
        if (real == null) {
            real = root.toRealPath();
            realRoot = real;
        }
        return real.resolve(root.relativize(path));
    }

    /** The folders from the root (left out) down to {@code to} (included), top first: {@code to} lies under the root. */
    private List<Path> foldersFromRoot(Path to) {
        List<Path> folders = new ArrayList<>();
        for (Path folder = to; folder != null && !folder.equals(root); folder = folder.getParent()) {
            folders.add(0, folder);
        }
        return folders;
    }

    /** Every folder between the root and {@code target} is a real folder, not a link. */
    private void requireFoldersOnTheWay(Path target) throws IOException {
        if (target.equals(root)) {
            return;
        }
        for (Path current : foldersFromRoot(target.getParent())) {
            BasicFileAttributes attributes = attributesOf(current);
            if (attributes == null) {
                throw new NoSuchFileException(shown(root.relativize(current).toString()));
            }
            if (!attributes.isDirectory() || attributes.isSymbolicLink()) {
                throw new NotDirectoryException(shown(root.relativize(current).toString()));
            }
        }
    }

    private static void requireFolder(Path folder, String path) throws IOException {
        BasicFileAttributes attributes = attributesOf(folder);
        if (attributes == null || !attributes.isDirectory() || attributes.isSymbolicLink()) {
            throw new NotDirectoryException(shown(path));
        }
    }

    /** The attributes of what is at {@code path} itself (a link not followed); null when nothing is there. */
    private static BasicFileAttributes attributesOf(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return null;
        }
    }

    private static Entry entry(Path path, BasicFileAttributes attributes) {
        return new Entry(path.getFileName().toString(), attributes.isDirectory(), attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.SECONDS));
    }

    /** A path for an exception's message: the file names a practice chose may hold a national number. */
    private static String shown(String path) {
        return path == null ? "null" : SafeText.of(path);
    }
}
