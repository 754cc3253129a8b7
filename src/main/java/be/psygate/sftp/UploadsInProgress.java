package be.psygate.sftp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * The files that SFTP sessions currently hold open for writing, so that every other session can be kept from
 * seeing an upload before it is complete (see {@link UploadHidingFileSystemAccessor}).
 *
 * <p>Why: the gateway polls the practices' {@code in/} folders with Camel's SFTP consumer, whose
 * {@code readLock=changed} takes a file whose size stopped changing for one check interval as finished. An
 * upload that stalls for longer would be consumed half-written; hiding it while it is open removes that window
 * on this server.
 *
 * <p>A file is identified by its path on disk under the server root, the same for a practice (which sees
 * {@code /in/list.csv}) and for the service account (which sees {@code /practices/<user>/in/list.csv}); links
 * are refused, so a file has no other name. Each open handle counts on its own: the file stays hidden until the
 * last of them is closed. Forgetting a handle twice is harmless.
 *
 * <p>A handle left open when its session ends is forgotten twice over: SSHD closes the handles of an SFTP
 * channel that ends, abruptly or not, and the accessor then calls {@link #closed}; {@link #sessionClosed} also
 * drops whatever the session still held. A client killed mid-upload cannot leave a file hidden for good: the
 * partial file shows up, and telling it from a complete one is the read lock's and the content checks' job.
 *
 * <p>Thread-safe: sessions run concurrently and every method is synchronized (each one is short).
 */
final class UploadsInProgress implements SessionListener {

    private final Map<Path, Set<Writer>> writersByFile = new HashMap<>();

    /** One open handle of one session. */
    private record Writer(Session session, Object handle) {
    }

    /**
     * Records a handle about to be opened for writing: called before the file is opened, so that a file created
     * by the opening is never listable before it is recorded.
     *
     * @param file    the file's path on disk, see the class comment
     * @param session the session that opens it
     * @param handle  the SFTP handle, an identity for {@link #closed}
     */
    synchronized void opened(Path file, Session session, Object handle) {
        writersByFile.computeIfAbsent(file, f -> new HashSet<>()).add(new Writer(session, handle));
    }

    /** Forgets a handle recorded by {@link #opened}; does nothing when it is not (or no longer) recorded. */
    synchronized void closed(Path file, Session session, Object handle) {
        Set<Writer> writers = writersByFile.get(file);
        if (writers != null && writers.remove(new Writer(session, handle)) && writers.isEmpty()) {
            writersByFile.remove(file);
        }
    }

    /**
     * @return whether {@code file} is open for writing and {@code session} is not one of the sessions writing it:
     *         only the writers see a file while it is being written
     */
    synchronized boolean isHiddenFrom(Path file, Session session) {
        Set<Writer> writers = writersByFile.get(file);
        return writers != null && writers.stream().noneMatch(writer -> writer.session().equals(session));
    }

    /** Forgets every handle the session still held. */
    @Override
    public synchronized void sessionClosed(Session session) {
        writersByFile.values().forEach(writers -> writers.removeIf(writer -> writer.session().equals(session)));
        writersByFile.values().removeIf(Set::isEmpty);
    }
}
