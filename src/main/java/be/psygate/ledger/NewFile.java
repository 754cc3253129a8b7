package be.psygate.ledger;

import java.util.Objects;

/**
 * A row of {@code received_file} to record: the upload and what became of it so far.
 *
 * @param upload       the upload
 * @param status       its status
 * @param reasonCode   why the whole file was refused (a reason code), or null
 * @param reasonDetail what exactly was wrong with it (cut at 1,000 characters), or null
 * @param duplicateOf  the file whose content it repeats, or null
 */
public record NewFile(ReceivedUpload upload, FileStatus status, String reasonCode, String reasonDetail,
                      Long duplicateOf) {

    public NewFile {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(status, "status");
    }

    /** An upload being read, in one transaction with its lines. */
    public static NewFile beingRead(ReceivedUpload upload) {
        return new NewFile(upload, FileStatus.PROCESSING, null, null, null);
    }

    /** An upload read and answered in {@code status}, nothing refused as a whole. */
    public static NewFile answered(ReceivedUpload upload, FileStatus status) {
        return new NewFile(upload, status, null, null, null);
    }

    /** An upload whose content the practice sent before, as {@code priorFileId}. */
    public static NewFile duplicate(ReceivedUpload upload, String reasonCode, long priorFileId) {
        return new NewFile(upload, FileStatus.DUPLICATE, reasonCode, null, priorFileId);
    }

    /** An upload that cannot be read at all. */
    public static NewFile quarantined(ReceivedUpload upload, String reasonCode, String reasonDetail) {
        return new NewFile(upload, FileStatus.QUARANTINED, reasonCode, reasonDetail, null);
    }
}
