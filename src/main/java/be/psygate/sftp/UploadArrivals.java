package be.psygate.sftp;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's {@link PracticeUploads}: it sees each upload end (a file written and closed, or renamed,
 * into a practice's {@code in/} or {@code check/}) and tells the intake at once; and it looks at a practice's folders
 * on its own disk, by the practice's validated user name ({@link SftpHomes#homeOf}), never by a path a client named.
 */
final class UploadArrivals implements SftpEventListener, PracticeUploads {

    private static final Logger log = LoggerFactory.getLogger(UploadArrivals.class);
    private static final Set<StandardOpenOption> WRITING = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING);
    private static final List<String> TAKEN_FROM = List.of("in", "check");

    private final SftpHomes homes;
    private final Path practices;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    UploadArrivals(SftpHomes homes) {
        this.homes = homes;
        this.practices = homes.root().resolve("practices");
    }

    @Override
    public void onUpload(Runnable listener) {
        listeners.add(listener);
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
            Path dir = home.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    return true;
                }
            } catch (IOException e) {
                // cannot tell: let the intake look for itself
                return true;
            }
        }
        return false;
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

    /** Tells the listeners if {@code file} is directly in a practice's {@code in/} or {@code check/}. */
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
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("An upload listener failed: {}", e.toString());
            }
        }
    }
}
