package be.psygate.intake;

import be.psygate.intake.format.SessionListReader;
import be.psygate.intake.format.SessionListReaders;
import be.psygate.intake.format.UnreadableListException;
import be.psygate.identity.Niss;
import be.psygate.ledger.EntryLedger;
import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.FileStatus;
import be.psygate.ledger.NewFile;
import be.psygate.ledger.SessionLedger;
import be.psygate.ledger.LedgerStatistics;
import be.psygate.practice.Network;
import be.psygate.practice.NetworkRepository;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRepository;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.RuleBook;
import be.psygate.sftp.IncompleteUploads;
import be.psygate.tariff.TariffBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes in one uploaded session list, step by step: recognises an upload it cannot or need not read (cut off, too
 * large, a content sent before: {@link RefusedUploads}), then reads, judges, stores and answers the list in one
 * transaction ({@link ListIntake}, {@link ListJudge}, {@link ListAnswers}). A list dropped in {@code check/} goes
 * through exactly the same steps in a transaction that is rolled back, so its answer is the one {@code in/} would
 * give and nothing stays behind. A file that cannot be read at all is quarantined and answered with an error report.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final PracticeRepository practices;
    private final NetworkRepository networks;
    private final FileLedger files;
    private final SessionLedger sessions;
    private final TransactionTemplate tx;
    private final IntakeProperties props;
    private final IncompleteUploads incompleteUploads;
    private final SessionListReaders readers;
    private final Clock clock;
    private final ListIntake lists;
    private final ListAnswers answers;
    private final RefusedUploads refused;
    private final LedgerStatistics statistics;

    public IntakeService(PracticeRepository practices, NetworkRepository networks, FileLedger files,
                         SessionLedger sessions, EntryLedger entries, TariffBook tariffs, RuleBook rules,
                         ReasonCatalogue reasons,
                         PlatformTransactionManager txManager, IntakeProperties props, Clock clock,
                         LedgerStatistics statistics, ObjectProvider<IncompleteUploads> incompleteUploads) {
        this.statistics = statistics;
        this.incompleteUploads = incompleteUploads.getIfAvailable(() -> IncompleteUploads.NONE);
        this.practices = practices;
        this.networks = networks;
        this.files = files;
        this.sessions = sessions;
        this.tx = new TransactionTemplate(txManager);
        this.props = props;
        this.readers = new SessionListReaders(props.maxLineLength());
        this.clock = clock;
        this.answers = new ListAnswers(reasons, sessions, props.workDir());
        ListJudge judge = new ListJudge(sessions, practices, tariffs, rules, props, clock);
        this.lists = new ListIntake(files, sessions, entries, networks, judge, answers, tx, props.chunkSize(),
                props.keptSessions(), clock);
        this.refused = new RefusedUploads(files, sessions, answers, tx);
    }

    /**
     * @param copy           the upload's local copy, under a name of the gateway's own ({@link LocalCopies}); no
     *                       copy when the upload is larger than the limit
     * @param relativePath   where it was found, relative to the practices' root: {@code <user>/<in|check>/<name>}
     * @param remoteModified when the SFTP server says it was last modified (ms since the epoch); with the path, the
     *                       size and the content, it tells the same upload taken again after a crash from a new one
     */
    public IntakeOutcome receive(LocalCopies.LocalCopy copy, String relativePath, long remoteModified) {
        Upload up = Upload.of(relativePath);
        Instant receivedAt = clock.instant();
        Practice practice = practices.findBySftpUser(up.sftpUser())
                .orElseThrow(() -> new IllegalStateException("no practice has the SFTP account " + up.sftpUser()));
        long size = copy.size();
        Received received = new Received(practice, up, remoteModified, size, receivedAt);
        if (incompleteUploads.isIncomplete(relativePath)) {
            // cut off with its connection, and left so: its content would read as a shorter list than was meant
            return refused.quarantine(received, "", new UnreadableListException(ReasonCode.FILE_INCOMPLETE, List.of(),
                    "the upload was cut off with its connection and not resumed or replaced"));
        }
        if (size > props.maxFileBytes() || copy.path() == null) {
            // refused before it is read, not even for its fingerprint, which stays empty; the original is archived
            return refused.quarantine(received, "", tooLarge(size));
        }
        File upload = copy.path().toFile();
        String sha256 = UploadFingerprint.sha256(upload);

        if (up.mode() == FileMode.BILL) {
            var prior = files.findByFingerprint(practice.inami().value(), sha256);
            if (prior.isPresent()) {
                return refused.seenBefore(received, prior.get(), sha256);
            }
        }
        try {
            SessionListReader reader = readers.readerFor(up.fileName());
            return process(received, upload, reader, sha256);
        } catch (UnreadableListException e) {
            return refused.quarantine(received, sha256, e);
        }
    }

    /**
     * The answer reached the practice's {@code out/}: records it, unless the list's record holds it already (a list
     * taken in is recorded answered with its transaction), and drops the local copy.
     */
    public void answered(IntakeOutcome outcome) {
        if (outcome.getFileId() != null && !outcome.isAnswerRecorded()) {
            files.markAnswered(outcome.getFileId());
        }
        try {
            Files.deleteIfExists(outcome.getAnswerFile().toPath());
        } catch (IOException e) {
            log.warn("Could not delete the local answer {}: {}", outcome.getAnswerFile(), e.getMessage());
        }
    }

    private IntakeOutcome process(Received received, File upload, SessionListReader reader, String sha256)
            throws UnreadableListException {
        Practice practice = received.practice();
        Upload up = received.upload();
        String inami = practice.inami().value();
        Network network = networks.find(practice.networkId()).orElseThrow(
                () -> new IllegalStateException("practice " + inami + " belongs to no known network"));
        Path answer = answers.newFile();
        NewFile file = received.asNewFile(sha256, FileStatus.PROCESSING, null, null, null);
        ListTally tally;
        try {
            tally = lists.take(file, practice, network, upload, reader, answer);
        } catch (UnreadableListException e) {
            ListAnswers.deleteQuietly(answer);
            throw e;
        }
        if (tally == null) {
            // another instance took in the same content at the same moment: the same upload (its claim was taken
            // over while this instance still worked on it) or another one
            ListAnswers.deleteQuietly(answer);
            FileRecord prior = files.findByFingerprint(inami, sha256).orElseThrow();
            return refused.seenBefore(received, prior, sha256);
        }
        long fileId = tally.fileId;
        if (up.mode() == FileMode.CHECK) {
            // the checked list's reading was rolled back; its record alone stays
            fileId = tx.execute(s -> {
                long id = files.insert(file.withStatus(FileStatus.CHECKED));
                files.complete(id, FileStatus.CHECKED, tally.totals(), up.answerPath(".ack.csv"), clock.instant());
                return id;
            });
        }
        if (up.mode() == FileMode.BILL) {
            // a bulk load outruns the database's own statistics (or autovacuum is off): plans stay fitted to sizes,
            // refreshed in the background, the next list not waiting for them
            statistics.written(tally.lines);
        }
        FileStatus status = up.mode() == FileMode.BILL ? FileStatus.PROCESSED : FileStatus.CHECKED;
        log.info("List {} of practice {} ({}): {} lines, {} accepted, {} rejected", Niss.maskWithin(up.fileName()), inami,
                up.mode(), tally.lines, tally.accepted, tally.rejected);
        return new IntakeOutcome(fileId, inami, up, status.name(), null, up.answerPath(".ack.csv"), answer.toFile(),
                tally.lines, tally.accepted, tally.rejected, tally.share, tally.rejectedByReason, received.at(), true);
    }

    /** {@code FILE_TOO_LARGE}: the file's size and the limit, in MB rounded so that the size shows above the limit. */
    private UnreadableListException tooLarge(long size) {
        long limit = props.maxFileBytes();
        long sizeMb = (size + 999_999) / 1_000_000;
        long limitMb = limit / 1_000_000;
        return new UnreadableListException(ReasonCode.FILE_TOO_LARGE,
                List.of(Long.toString(sizeMb), Long.toString(limitMb)),
                size + " bytes, more than the limit of " + limit + " bytes (psygate.intake.max-file-bytes)");
    }
}
