package be.psygate.ledger;

import java.time.Instant;

/**
 * One upload as the intake received it: whose, into which folder, under which name and path, and what it held.
 * Together with its status it makes a {@link NewFile}; the same upload taken again after a crash is found by it
 * ({@link FileLedger#findUpload}).
 *
 * @param practiceInami  the practice whose home it was dropped in
 * @param mode           the folder it was dropped in ({@code in/} or {@code check/})
 * @param fileName       the name the practice gave it
 * @param remotePath     its path on the SFTP server, relative to the practices' root
 * @param remoteModified when it was last modified, as the SFTP server tells (ms since the epoch); null when not known
 * @param sha256         its content's SHA-256, hex
 * @param sizeBytes      its size
 * @param receivedAt     when the gateway took it
 */
public record ReceivedUpload(String practiceInami, FileMode mode, String fileName, String remotePath,
                             Long remoteModified, String sha256, long sizeBytes, Instant receivedAt) {

    /** The same upload taken through another folder (a list answered as checked). */
    public ReceivedUpload inMode(FileMode otherMode) {
        return new ReceivedUpload(practiceInami, otherMode, fileName, remotePath, remoteModified, sha256, sizeBytes,
                receivedAt);
    }
}
