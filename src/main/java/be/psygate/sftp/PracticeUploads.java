package be.psygate.sftp;

import java.util.List;

/**
 * What the embedded SFTP server tells the intake of the practices' uploads, so that it need not ask every practice's
 * folders over SFTP at every poll: which folders hold an upload to take, and when an upload was just completed.
 * An external server tells nothing of the kind; the intake then lists every home.
 */
public interface PracticeUploads {

    /**
     * Whether the practice home of {@code user} holds anything in its {@code in/} or {@code check/} folder (an upload
     * still in progress included, which the server hides from the intake's listing): if not, there is nothing to take
     * there. True for a name that is not a practice's, so that the intake treats it as it always did.
     */
    boolean mayHoldUploads(String user);

    /**
     * Calls {@code listener} (on the server's thread: it must return at once) each time an upload is complete in a
     * practice's {@code in/} or {@code check/}: written and closed, or renamed there; and when the server's sweep of
     * its disk finds a file there it had not been told of (one put there without SFTP, or before the server started).
     */
    void onUpload(Runnable listener);

    /**
     * The practices' folders that hold something to take, relative to the practices' root ({@code <user>/in},
     * {@code <user>/check}), oldest upload first: those of the homes an upload ended in (or the sweep found a file in)
     * and whose folder still holds a file on the server's disk. Every name is a validated practice user name followed
     * by a fixed folder name, never a name read from a listing. A home leaves the list once its {@code in/} and
     * {@code check/} are empty, and comes back with its next upload.
     */
    List<String> foldersToList();
}
