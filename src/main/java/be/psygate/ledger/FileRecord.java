package be.psygate.ledger;

import java.time.Instant;

/** A file as the ledger remembers it. */
public record FileRecord(long id, String practiceInami, FileMode mode, String fileName, String remotePath,
                         String sha256, long sizeBytes, FileStatus status, String reasonCode, Long duplicateOf,
                         Integer lineCount, Integer acceptedCount, Integer rejectedCount, String answerName,
                         Instant receivedAt, Instant answeredAt) {
}
