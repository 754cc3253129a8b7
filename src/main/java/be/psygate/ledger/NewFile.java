package be.psygate.ledger;

import java.time.Instant;

/**
 * A received file as it is first recorded ({@link FileLedger#insert}).
 *
 * @param remotePath     where it was found, relative to the practices' root: {@code <user>/<in|check>/<name>}
 * @param remoteModified when the upload was last modified, as the SFTP server tells (ms since the epoch); null when
 *                       not known
 * @param sha256         its content's fingerprint; empty when it was not read
 * @param reasonCode     why it was refused as a whole; null for a list that is read
 * @param reasonDetail   what was wrong, for the operators; null when nothing was
 * @param duplicateOf    the file whose content it repeats; null when none
 */
public record NewFile(String practiceInami, FileMode mode, String fileName, String remotePath, Long remoteModified,
                      String sha256, long sizeBytes, FileStatus status, String reasonCode, String reasonDetail,
                      Long duplicateOf, Instant receivedAt) {

    /** The same file recorded in another status (a list checked, stored again after its rollback). */
    public NewFile withStatus(FileStatus other) {
        return new NewFile(practiceInami, mode, fileName, remotePath, remoteModified, sha256, sizeBytes, other,
                reasonCode, reasonDetail, duplicateOf, receivedAt);
    }
}
