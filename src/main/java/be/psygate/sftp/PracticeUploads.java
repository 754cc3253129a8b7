package be.psygate.sftp;

/**
 * What the embedded SFTP server tells the intake of the practices' uploads, so that it need not ask every practice's
 * folders over SFTP at every poll: which homes may hold an upload to take, and when an upload was just completed.
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
     * practice's {@code in/} or {@code check/}: written and closed, or renamed there.
     */
    void onUpload(Runnable listener);
}
