package be.psygate.sftp;

import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;

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
 * <p>An upload cut off is not a list. A write handle that the client closes ({@code SSH_FXP_CLOSE}, which SSHD
 * tells as {@link #closing}) completes the upload. A write handle still open when its channel or connection ends
 * ({@link #exiting}, or {@link #sessionClosed} for what the session still held) leaves the file <em>cut
 * off</em>: it stays hidden from every session of another user, as while it was written, and stays visible to
 * the practice's own sessions, which can resume it ({@code reput}), replace it or remove it. The mark goes when
 * the file is written and closed again, removed or renamed by anyone. A cut-off upload left so for longer than
 * {@link SftpLimits#incompleteUploadAnswerAfter} shows again, still marked, so that the intake takes it and
 * answers that it is incomplete ({@link #isIncomplete}). The marks are kept in memory: after a restart of the
 * server a cut-off file shows up as it was left, and the intake's content checks answer it.
 *
 * <p>Thread-safe: sessions run concurrently and every method is synchronized (each one is short).
 */
final class UploadsInProgress implements SessionListener, SftpEventListener {

    private static final Set<StandardOpenOption> WRITING = Set.of(StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    private final Map<Path, Set<Writer>> writersByFile = new HashMap<>();
    /** The uploads cut off, with the user whose upload it was and when. */
    private final Map<Path, Cut> cutOff = new HashMap<>();
    private final Clock clock;
    private final Duration answerAfter;

    /** One open handle of one session. */
    private record Writer(Session session, Object handle) {
    }

    /** An upload cut off: whose, and when. */
    private record Cut(String user, Instant at) {
    }

    /** Cut-off uploads wait for their practice for {@link SftpLimits#defaults()}' time, on the wall clock. */
    UploadsInProgress() {
        this(Clock.systemUTC(), SftpLimits.defaults().incompleteUploadAnswerAfter());
    }

    /**
     * @param clock       the wall clock the wait is measured on
     * @param answerAfter how long a cut-off upload stays hidden before the intake answers it as incomplete
     */
    UploadsInProgress(Clock clock, Duration answerAfter) {
        this.clock = clock;
        this.answerAfter = answerAfter;
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
        Cut cut = cutOff.get(file);
        if (cut != null && !cut.user().equals(session.getUsername()) && !hasWaitedLongEnough(cut)) {
            return true;
        }
        Set<Writer> writers = writersByFile.get(file);
        return writers != null && writers.stream().noneMatch(writer -> writer.session().equals(session));
    }

    /**
     * Whether the file is hidden from every session but its writers' (and its practice's): open for writing, or cut
     * off and not yet shown again.
     */
    synchronized boolean isHiddenFromOthers(Path file) {
        if (writersByFile.containsKey(file)) {
            return true;
        }
        Cut cut = cutOff.get(file);
        return cut != null && !hasWaitedLongEnough(cut);
    }

    /** Whether the file's upload was cut off and not completed since. */
    synchronized boolean isCutOff(Path file) {
        return cutOff.containsKey(file);
    }

    /**
     * Whether the file's upload was cut off and left so for longer than the wait: it shows again, for the intake to
     * answer it as incomplete.
     */
    synchronized boolean isIncomplete(Path file) {
        Cut cut = cutOff.get(file);
        return cut != null && hasWaitedLongEnough(cut);
    }

    /** Marks as cut off the upload of a file whose write handle did not end with the client's close. */
    synchronized void cut(Path file, Session session) {
        cutOff.put(file, new Cut(session.getUsername(), clock.instant()));
    }

    private boolean hasWaitedLongEnough(Cut cut) {
        return !cut.at().plus(answerAfter).isAfter(clock.instant());
    }

    /** Forgets a file's mark: it was completed, removed or renamed. */
    synchronized void forget(Path file) {
        cutOff.remove(file);
    }

    /** Forgets every handle the session still held; what it still held for writing was cut off. */
    @Override
    public synchronized void sessionClosed(Session session) {
        writersByFile.forEach((file, writers) -> {
            if (writers.removeIf(writer -> writer.session().equals(session))) {
                cutOff.put(file, new Cut(session.getUsername(), clock.instant()));
            }
        });
        writersByFile.values().removeIf(Set::isEmpty);
    }

    /** The client closes a handle: an upload through it is complete. */
    @Override
    public void closing(ServerSession session, String remoteHandle, Handle localHandle) {
        if (isWriting(localHandle)) {
            forget(UploadHidingFileSystemAccessor.onDisk(localHandle.getFile()));
        }
    }

    /** SSHD closes a handle the client left open when its channel ended: an upload through it is cut off. */
    @Override
    public void exiting(ServerSession session, Handle handle) {
        if (isWriting(handle)) {
            cut(UploadHidingFileSystemAccessor.onDisk(handle.getFile()), session);
        }
    }

    @Override
    public void removed(ServerSession session, Path path, boolean isDirectory, Throwable thrown) {
        if (thrown == null) {
            forget(UploadHidingFileSystemAccessor.onDisk(path));
        }
    }

    @Override
    public void moved(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts,
            Throwable thrown) {
        if (thrown == null) {
            forget(UploadHidingFileSystemAccessor.onDisk(srcPath));
            forget(UploadHidingFileSystemAccessor.onDisk(dstPath));
        }
    }

    private static boolean isWriting(Handle handle) {
        return handle instanceof FileHandle file && file.getOpenOptions().stream().anyMatch(WRITING::contains);
    }
}
