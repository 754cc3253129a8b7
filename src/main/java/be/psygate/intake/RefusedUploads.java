package be.psygate.intake;

import be.psygate.identity.Niss;
import be.psygate.intake.format.UnreadableListException;
import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.FileStatus;
import be.psygate.ledger.NewFile;
import be.psygate.ledger.SessionLedger;
import be.psygate.practice.Practice;
import be.psygate.rules.ReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The uploads the intake answers without reading them line by line: a content sent before (a duplicate, or the very
 * upload taken again after a crash, answered again from the ledger) and a file that cannot be read at all
 * (quarantined). Each is recorded once however often it is taken, and answered.
 */
final class RefusedUploads {

    private static final Logger log = LoggerFactory.getLogger(RefusedUploads.class);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final FileLedger files;
    private final SessionLedger sessions;
    private final ListAnswers answers;
    private final TransactionTemplate tx;

    RefusedUploads(FileLedger files, SessionLedger sessions, ListAnswers answers, TransactionTemplate tx) {
        this.files = files;
        this.sessions = sessions;
        this.answers = answers;
        this.tx = tx;
    }

    /**
     * Whether the processed file {@code prior} holding this content is this very upload, taken again: a crash (or
     * a claim whose lease ran out) kept it in {@code in/} after it was stored, or even answered. It is answered again
     * from the ledger, the same answer, and leaves {@code in/} this time. Also the same content under the same
     * name, sent again before the first was answered: a record of a list taken in holds its answer's time from its
     * own transaction, so this is left for records made before answers were recorded with their list; the same
     * content sent again under any other circumstance is a duplicate, as the contract has it.
     */
    static boolean isTakenAgain(Received received, FileRecord prior) {
        String path = received.upload().relativePath();
        return prior.isUpload(path, received.remoteModified(), received.size())
                || prior.answeredAt() == null && prior.remotePath().equals(path);
    }

    /** The upload's content was processed before: answered again if it is the same upload, else a duplicate. */
    IntakeOutcome seenBefore(Received received, FileRecord prior, String sha256) {
        return isTakenAgain(received, prior) ? answerAgain(received, prior) : duplicate(received, prior, sha256);
    }

    private IntakeOutcome answerAgain(Received received, FileRecord prior) {
        Upload up = received.upload();
        Path answer = answers.newFile();
        answers.acknowledgeStored(answer, received.practice().language(), prior.id(), line -> { });
        if (prior.status() == FileStatus.PROCESSED && prior.acceptedCount() != null && prior.acceptedCount() > 0) {
            // its notice again, should it have been lost with the crash: the broker keeps one by its duplicate id
            files.noteNoticeAgain(prior);
        }
        log.info("List {} of practice {} was taken in (file {}{}) but did not leave its folder: answering it again "
                        + "from the ledger", Niss.maskWithin(up.fileName()), prior.practiceInami(), prior.id(),
                prior.answeredAt() == null ? ", not answered" : ", answered");
        return new IntakeOutcome(prior.id(), prior.practiceInami(), up, FileStatus.PROCESSED.name(), null,
                up.answerPath(".ack.csv"), answer.toFile(), prior.lineCount(), prior.acceptedCount(),
                prior.rejectedCount(), null, null, prior.receivedAt(), false);
    }

    private IntakeOutcome duplicate(Received received, FileRecord prior, String sha256) {
        Upload up = received.upload();
        List<String> args = List.of(prior.fileName(), LOCAL_TIME.format(prior.receivedAt()), String.valueOf(prior.id()));
        long id = recordOnce(received.asNewFile(sha256, FileStatus.DUPLICATE, ReasonCode.FILE_DUPLICATE.name(), null,
                prior.id()));
        log.info("List {} of practice {} repeats file {}: answered as a duplicate", Niss.maskWithin(up.fileName()),
                received.practice().inami().value(), prior.id());
        return errorAnswer(received, id, FileStatus.DUPLICATE, ReasonCode.FILE_DUPLICATE, args);
    }

    /** A file that cannot be read at all: recorded, answered with an error report, its original quarantined. */
    IntakeOutcome quarantine(Received received, String sha256, UnreadableListException e) {
        Upload up = received.upload();
        long id = recordOnce(received.asNewFile(sha256, FileStatus.QUARANTINED, e.reason().name(), e.getMessage(),
                null));
        log.warn("List {} of practice {} cannot be read ({}): quarantined as file {}", Niss.maskWithin(up.fileName()),
                received.practice().inami().value(), e.reason(), id);
        return errorAnswer(received, id, FileStatus.QUARANTINED, e.reason(), e.args());
    }

    /**
     * The record of a refused upload: the one made when this very upload was taken before (a crash kept it from
     * leaving {@code in/}), or a new one. An upload is recorded once however often it is taken.
     */
    private long recordOnce(NewFile file) {
        if (file.mode() == FileMode.BILL) {
            var before = files.findUpload(file.practiceInami(), file.remotePath(), file.remoteModified(),
                    file.sha256(), file.sizeBytes(), file.status());
            if (before.isPresent()) {
                String path = file.remotePath();
                log.info("List {} of practice {} was refused before (file {}) but did not leave {}: answering it again",
                        Niss.maskWithin(file.fileName()), file.practiceInami(), before.get().id(),
                        path.substring(0, path.lastIndexOf('/') + 1));
                return before.get().id();
            }
        }
        return tx.execute(s -> files.insert(file));
    }

    private IntakeOutcome errorAnswer(Received received, long fileId, FileStatus status, ReasonCode code,
                                      List<String> args) {
        Practice practice = received.practice();
        Upload up = received.upload();
        Path answer = answers.reportError(practice.language(), up.fileName(), received.at(), fileId, code, args);
        String answerPath = up.answerPath(".error.txt");
        tx.executeWithoutResult(s -> files.setAnswer(fileId, answerPath));
        return new IntakeOutcome(fileId, practice.inami().value(), up, status.name(), code.name(), answerPath,
                answer.toFile(), 0, 0, 0, BigDecimal.ZERO, null, received.at(), false);
    }
}
