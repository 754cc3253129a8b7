package be.psygate.practice;

/** Told of every practice registered or updated, e.g. to prepare its SFTP home. */
public interface PracticeRegistrationListener {

    void registered(Practice practice);

    /**
     * The practice now logs in under another SFTP user name, told before {@link #registered}: what was kept under
     * the name it leaves (its home) follows it. Nothing to do by default.
     */
    default void renamed(Practice practice, String previousSftpUser) {
    }
}
