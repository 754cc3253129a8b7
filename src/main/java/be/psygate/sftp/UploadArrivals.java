package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's {@link PracticeUploads}: it sees each upload end (a file written and closed, or renamed,
 * into a practice's {@code in/} or {@code check/}), notes that practice's home as holding an upload, and tells the
 * intake at once; the intake then lists only the folders of the homes so noted ({@link #foldersToList}), whatever
 * the number of practices. A sweep of the server's disk ({@link #sweep}, run now and then by the server) notes the
 * homes whose folders hold a file the server was not told of: one there before it started, or put there without
 * SFTP. Homes are looked up on the server's own disk by the practice's validated user name
 * ({@link SftpHomes#homeOf}), never by a path a client named.
 */
final class UploadArrivals implements SftpEventListener, PracticeUploads {

    private static final Logger log = LoggerFactory.getLogger(UploadArrivals.class);
    private static final Set<StandardOpenOption> WRITING = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING);
    private static final List<String> TAKEN_FROM = List.of("in", "check");

    private final SftpHomes homes;
    private final Path practices;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The homes noted as holding an upload (by user name), with the order in which they were noted. */
    private final Map<String, Long> noted = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();
    /** Whether a file on the disk is an upload still hidden from the intake (in progress, or cut off). */
    private volatile Predicate<Path> hidden = file -> false;

    UploadArrivals(SftpHomes homes) {
        this.homes = homes;
        this.practices = homes.root().resolve("practices");
    }

    @Override
    public void onUpload(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells which files on the disk the intake cannot see yet: they are not an upload to take. */
    void hide(Predicate<Path> hiddenFromTheIntake) {
        this.hidden = hiddenFromTheIntake;
    }

    /** Whether anyone listens: the server sweeps its disk only then. */
    boolean listened() {
        return !listeners.isEmpty();
    }

    @Override
    public boolean mayHoldUploads(String user) {
        Path home;
        try {
            home = homes.homeOf(user);
        } catch (IllegalArgumentException notAPractice) {
            return true;
        }
        for (String folder : TAKEN_FROM) {
            if (holdsAFile(home.resolve(folder))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<String> foldersToList() {
        List<Map.Entry<String, Long>> oldestFirst = new ArrayList<>(noted.entrySet());
        oldestFirst.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        List<String> folders = new ArrayList<>();
        for (Map.Entry<String, Long> entry : oldestFirst) {
            String user = entry.getKey();
            Path home = homes.homeOf(user);
            // forgotten first, looked at after: an upload that ends meanwhile notes the home again
            noted.remove(user, entry.getValue());
            boolean holds = false;
            for (String folder : TAKEN_FROM) {
                if (holdsAnUpload(home.resolve(folder))) {
                    folders.add(user + "/" + folder);
                    holds = true;
                }
            }
            if (holds) {
                noted.putIfAbsent(user, entry.getValue());
            }
        }
        return folders;
    }

    /**
     * Notes every home whose {@code in/} or {@code check/} holds a file on the disk, and tells the listeners if one
     * was not noted yet.
     *
     * @return the number of homes found holding a file that were not noted
     */
    int sweep() {
        int found = 0;
        if (!Files.isDirectory(practices, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(practices)) {
            for (Path home : entries) {
                String user = home.getFileName().toString();
                if (noted.containsKey(user) || !SftpUserNames.isValid(user) || !isPracticeUser(user)
                        || !holdsAnUpload(home.resolve("in")) && !holdsAnUpload(home.resolve("check"))) {
                    continue;
                }
                if (note(user)) {
                    found++;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot sweep the practices' homes for uploads: {}", e.toString());
        }
        if (found > 0) {
            tell();
        }
        return found;
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
        if (thrown == null && localHandle instanceof FileHandle file
                && file.getOpenOptions().stream().anyMatch(WRITING::contains)) {
            arrived(UploadHidingFileSystemAccessor.onDisk(localHandle.getFile()));
        }
    }

    @Override
    public void moved(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts,
            Throwable thrown) {
        if (thrown == null) {
            arrived(UploadHidingFileSystemAccessor.onDisk(dstPath));
        }
    }

    /** Notes the home and tells the listeners if {@code file} is directly in a practice's {@code in/} or {@code check/}. */
    private void arrived(Path file) {
        if (file == null) {
            return;
        }
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(practices)) {
            return;
        }
        Path relative = practices.relativize(normalized);
        if (relative.getNameCount() != 3 || !TAKEN_FROM.contains(relative.getName(1).toString())) {
            return;
        }
        String user = relative.getName(0).toString();
        if (!SftpUserNames.isValid(user) || !isPracticeUser(user)) {
            return;
        }
        note(user);
        tell();
    }

    private boolean note(String user) {
        return noted.putIfAbsent(user, order.incrementAndGet()) == null;
    }

    private void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("An upload listener failed: {}", e.toString());
            }
        }
    }

    private boolean isPracticeUser(String user) {
        try {
            homes.homeOf(user);
            return true;
        } catch (IllegalArgumentException notAPractice) {
            return false;
        }
    }

    /** Whether the folder holds a file the intake can see (or cannot tell). */
    private boolean holdsAnUpload(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!hidden.test(entry.toAbsolutePath().normalize())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // cannot tell: let the intake look for itself
            return true;
        }
    }

    private static boolean holdsAFile(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            // cannot tell: let the intake look for itself
            return true;
        }
    }
}
