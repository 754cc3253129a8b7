package be.psygate.intake;

import be.psygate.ledger.FileStatus;
import be.psygate.ledger.NewFile;
import be.psygate.practice.Practice;

import java.time.Instant;

/** One upload as it was received: by whom, where, which version of it, how large, when. */
record Received(Practice practice, Upload upload, long remoteModified, long size, Instant at) {

    /** The upload's record in the ledger, in {@code status}. */
    NewFile asNewFile(String sha256, FileStatus status, String reasonCode, String reasonDetail, Long duplicateOf) {
        return new NewFile(practice.inami().value(), upload.mode(), upload.fileName(), upload.relativePath(),
                remoteModified, sha256, size, status, reasonCode, reasonDetail, duplicateOf, at);
    }
}
