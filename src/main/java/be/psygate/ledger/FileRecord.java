package be.psygate.ledger;

import be.psygate.identity.SafeText;

import java.time.Instant;

/**
 * A file as the ledger remembers it.
 *
 * @param remoteModified when the upload was last modified on the SFTP server (ms since the epoch); null for files
 *                       recorded before this was kept
 * @param noticeId       the id the broker knows this file's notice by (duplicate detection); null for files
 *                       recorded before it was kept
 */
public record FileRecord(long id, String practiceInami, FileMode mode, String fileName, String remotePath,
                         String sha256, long sizeBytes, FileStatus status, String reasonCode, Long duplicateOf,
                         Integer lineCount, Integer acceptedCount, Integer rejectedCount, String answerName,
                         Instant receivedAt, Instant answeredAt, Long remoteModified, String noticeId) {

    /** Whether this record is of the very upload at {@code remotePath}, modified then, of this size. */
    public boolean isUpload(String remotePath, long modified, long size) {
        return this.remotePath.equals(remotePath) && remoteModified != null && remoteModified == modified
                && sizeBytes == size;
    }

    /**
     * This record as the operators' views show it: the names a practice chose (the file's, its path, its answer's)
     * with national numbers masked and control characters neutralised ({@link SafeText}).
     */
    public FileRecord shown() {
        return new FileRecord(id, practiceInami, mode, SafeText.of(fileName), SafeText.of(remotePath), sha256,
                sizeBytes, status, reasonCode, duplicateOf, lineCount, acceptedCount, rejectedCount,
                SafeText.of(answerName), receivedAt, answeredAt, remoteModified, noticeId);
    }

    /** The broker's duplicate-detection id of this file's notice. */
    public String noticeDuplicateId() {
        return noticeDuplicateId(id, noticeId);
    }

    /** The broker's duplicate-detection id of the notice of file {@code id}, whose record holds {@code noticeId}. */
    static String noticeDuplicateId(long id, String noticeId) {
        return noticeId != null ? noticeId : "psygate-file-" + id;
    }
}
