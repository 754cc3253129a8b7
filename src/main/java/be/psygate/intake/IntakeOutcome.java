package be.psygate.intake;

import be.psygate.identity.SafeText;
import be.psygate.ledger.FileStatus;
import be.psygate.ops.OpsEvent;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the intake made of one upload, for the route to deliver: the answer to write back to the practice, whether
 * the original goes to quarantine, and what to tell the operators (billing's notice of a billable list is noted in
 * the list's transaction and sent by a route of its own: {@link IntakeNotices}).
 */
public final class IntakeOutcome {

    private final Long fileId;
    private final String practiceInami;
    private final Upload upload;
    private final FileStatus status;
    private final String reasonCode;
    private final String answerPath;
    private final File answerFile;
    private final int lines;
    private final int accepted;
    private final int rejected;
    private final BigDecimal acceptedShare;
    private final Map<String, Integer> rejectedByReason;
    private final Instant receivedAt;
    private final boolean answerRecorded;

    /**
     * @param rejectedByReason the rejected lines counted by reason code when the list was read just now; null when
     *                         nothing was read (an answer written again, a file refused as a whole)
     * @param answerRecorded   whether the file's record holds its answer's time already (a list taken in, recorded
     *                         answered with its transaction); if not, it is recorded once the answer is out
     */
    IntakeOutcome(Long fileId, String practiceInami, Upload upload, String status, String reasonCode,
                  String answerPath, File answerFile, int lines, int accepted, int rejected,
                  BigDecimal acceptedShare, Map<String, Integer> rejectedByReason, Instant receivedAt,
                  boolean answerRecorded) {
        this.fileId = fileId;
        this.practiceInami = practiceInami;
        this.upload = upload;
        this.status = FileStatus.valueOf(status);
        this.reasonCode = reasonCode;
        this.answerPath = answerPath;
        this.answerFile = answerFile;
        this.lines = lines;
        this.accepted = accepted;
        this.rejected = rejected;
        this.acceptedShare = acceptedShare;
        this.rejectedByReason = rejectedByReason == null ? null : Map.copyOf(rejectedByReason);
        this.receivedAt = receivedAt;
        this.answerRecorded = answerRecorded;
    }

    public Long getFileId() {
        return fileId;
    }

    public FileStatus getStatus() {
        return status;
    }

    /** Whether the file's record holds its answer's time already: nothing to record once the answer is out. */
    public boolean isAnswerRecorded() {
        return answerRecorded;
    }

    /** Whether the original file goes to quarantine. */
    public boolean isQuarantined() {
        return status == FileStatus.QUARANTINED;
    }

    /** Name of the original in the quarantine area: {@code <sftp user>/<file id or time>-<file name>}. */
    public String getQuarantineName() {
        String ref = fileId != null ? String.valueOf(fileId) : String.valueOf(receivedAt.toEpochMilli());
        return upload.sftpUser() + "/" + ref + "-" + upload.localName();
    }

    /** The SFTP user of the practice that uploaded the file. */
    public String getPracticeUser() {
        return upload.sftpUser();
    }

    /** Path of the answer relative to the practices' root, e.g. {@code alice/out/list.csv.ack.csv}. */
    public String getAnswerPath() {
        return answerPath;
    }

    /** The answer's file name alone, e.g. {@code list.csv.ack.csv}. */
    public String getAnswerName() {
        return answerPath.substring(answerPath.lastIndexOf('/') + 1);
    }

    /** The answer, written locally, to upload. */
    public File getAnswerFile() {
        return answerFile;
    }

    public int getAccepted() {
        return accepted;
    }

    /** The event for the operators' topic. */
    public OpsEvent.FileAnswered getEvent() {
        // what the lines of this reading came to, for the operators' counters: only when the list was read now
        BigDecimal insurerShare = rejectedByReason == null ? null
                : acceptedShare == null ? new BigDecimal("0.00") : acceptedShare;
        // the name a practice chose, as every operator's view shows it: national numbers masked, controls neutralised
        return new OpsEvent.FileAnswered(status, fileId, practiceInami, upload.mode(), SafeText.of(upload.fileName()),
                reasonCode, lines, accepted, rejected,
                rejectedByReason == null ? null : new TreeMap<>(rejectedByReason), insurerShare,
                SafeText.of(answerPath), Instant.now());
    }
}
