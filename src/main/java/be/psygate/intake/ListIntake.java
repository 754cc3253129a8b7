package be.psygate.intake;

import be.psygate.intake.format.SessionListReader;
import be.psygate.intake.format.UnreadableListException;
import be.psygate.ledger.EntryLedger;
import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileStatus;
import be.psygate.ledger.JudgedLine;
import be.psygate.ledger.LineOutcome;
import be.psygate.ledger.NewFile;
import be.psygate.ledger.SessionLedger;
import be.psygate.practice.Network;
import be.psygate.practice.NetworkRepository;
import be.psygate.practice.Practice;
import be.psygate.rules.ListValidator;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.Verdict;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes in one readable list in one transaction, the network locked for its length so that two lists of one network
 * never count the same quota at once: reads it as a stream, judges every line ({@link ListJudge}), stores the lines
 * and writes the answer ({@link ListAnswers}).
 *
 * <p>A list of at most {@code psygate.intake.chunk-size} lines (nearly every list) is held whole: judged, its quotas
 * allocated, stored in one batch and answered in one pass, nothing read back. A longer one is stored a chunk at a
 * time as it is read, in bounded memory; its quotas are then allocated from the ledger and its answer read back from
 * it. Both give the same rows and the same answer.
 */
final class ListIntake {

    private final FileLedger files;
    private final SessionLedger sessions;
    private final EntryLedger entries;
    private final NetworkRepository networks;
    private final ListJudge judge;
    private final EarlierSessions earlier;
    private final ListAnswers answers;
    private final TransactionTemplate tx;
    private final int chunkSize;
    private final Clock clock;

    ListIntake(FileLedger files, SessionLedger sessions, EntryLedger entries, NetworkRepository networks,
               ListJudge judge, ListAnswers answers, TransactionTemplate tx, int chunkSize, int keptSessions,
               Clock clock) {
        this.files = files;
        this.sessions = sessions;
        this.entries = entries;
        this.networks = networks;
        this.judge = judge;
        this.earlier = new EarlierSessions(sessions, files, networks, keptSessions);
        this.answers = answers;
        this.tx = tx;
        this.chunkSize = chunkSize;
        this.clock = clock;
    }

    /**
     * Takes the list in and writes its answer to {@code answer}.
     *
     * @return its tally; null when the same practice's same content was claimed at the same moment by another
     *         instance (nothing of this reading stays)
     * @throws UnreadableListException the list cannot be read after all (nothing of it stays)
     */
    ListTally take(NewFile file, Practice practice, Network network, File upload, SessionListReader reader,
                   Path answer) throws UnreadableListException {
        // read and checked line by line before the transaction and the network's lock: another list of the network
        // is judged meanwhile (null: longer than a chunk, read again in the transaction a chunk at a time)
        List<Verdict> checked = readChecked(practice, network, upload, reader);
        // its patients' earlier sessions too, brought up to date under the lock (EarlierSessions)
        Set<String> patients = checked == null ? null : EarlierSessions.patientsOf(checked);
        EarlierSessions.Snapshot history = checked == null ? null : earlier.read(patients);
        ListTally tally;
        try {
            tally = tx.execute(status -> {
                long fileId = files.insert(file);
                boolean billed = file.mode() == FileMode.BILL;
                // before the network's lock, which the next list of the network waits for: the content claimed for
                // this list (every list claims it before it takes the lock, so no two wait on each other), and
                // tranche 1 owed by it, due within a month of the list's arrival (seed 001), its entries written out
                // before the next payment run
                if (billed && !files.claimFingerprint(practice.inami().value(), file.sha256(), fileId)) {
                    status.setRollbackOnly();
                    return null;
                }
                if (billed) {
                    entries.owesTranche1(fileId, practice.inami().value(),
                            LocalDate.ofInstant(file.receivedAt(), clock.getZone()).plusMonths(1));
                }
                ListTally t = checked != null
                        ? judgeStoreAnswer(practice, network, checked, patients, history, fileId)
                        : readJudgeStoreAnswer(practice, network, upload, reader, fileId, answer);
                FileStatus done = billed ? FileStatus.PROCESSED : FileStatus.CHECKED;
                // answered with its transaction: the answer is written out once this commits (routes/intake.yaml)
                files.complete(fileId, done, t.totals(), answerPath(file), clock.instant());
                if (!billed) {
                    status.setRollbackOnly();
                } else if (t.accepted > 0) {
                    // billing's notice, sent once this commits (IntakeNotices)
                    files.noteNotice(fileId, practice.inami().value(), t.accepted, t.share);
                }
                return t;
            });
        } catch (UnreadableInTransaction e) {
            throw e.cause;
        }
        if (tally != null && tally.outcomes != null) {
            // a list held whole is answered once its transaction ended, out of the network's lock: the next list of
            // the network is judged meanwhile. Its outcomes are those the transaction stored (or, checked, would
            // have); a crash before the answer is written leaves the upload in in/, answered again from the ledger
            answers.acknowledge(answer, practice.language(), tally.outcomes, outcome -> {
            });
        }
        return tally;
    }

    /** The answer's path relative to the practices' root: {@code <user>/out/<name>.ack.csv}. */
    static String answerPath(NewFile file) {
        String path = file.remotePath();
        String user = path.substring(0, path.indexOf('/'));
        return user + "/out/" + file.fileName() + ".ack.csv";
    }

    /**
     * The list's lines read and checked on their own (fields, tariff, convention, the practice's agreement), when it
     * holds at most a chunk of lines; null when it holds more.
     *
     * @throws UnreadableListException the list cannot be read, or holds no session
     */
    private List<Verdict> readChecked(Practice practice, Network network, File upload, SessionListReader reader)
            throws UnreadableListException {
        ListValidator validator = judge.validatorFor(practice, network);
        List<Verdict> lines = new ArrayList<>(Math.min(chunkSize, 1024));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload.toPath()), 64 * 1024)) {
            reader.read(in, line -> {
                if (lines.size() >= chunkSize) {
                    throw new LongerThanAChunk();
                }
                lines.add(validator.check(line));
            });
        } catch (LongerThanAChunk e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            // a header alone, or an XML list without a session: nothing to answer line by line
            throw new UnreadableListException(ReasonCode.FILE_EMPTY, List.of(), "the list holds no session");
        }
        return lines;
    }

    /**
     * Judges a list read and checked whole, in its transaction, the network locked: stores it, and keeps its lines'
     * outcomes for its answer, written once the transaction ended ({@link #take}).
     */
    private ListTally judgeStoreAnswer(Practice practice, Network network, List<Verdict> checked,
                                       Set<String> patients, EarlierSessions.Snapshot history, long fileId) {
        long before = networks.lockForIntake(network.id());
        ListTally tally = new ListTally(fileId);
        List<JudgedLine> judged = judge.judgeWhole(practice, network, fileId, checked, earlier.now(history, patients));
        judged(network, fileId, before);
        earlier.judged(fileId, sessions.insertJudged(fileId, practice.inami().value(), network.id(), judged));
        sessions.countForQuotas(network.id(), judged);
        List<LineOutcome> outcomes = judged.stream().map(JudgedLine::outcome).toList();
        outcomes.forEach(tally::count);
        tally.outcomes = outcomes;
        return tally;
    }

    private ListTally readJudgeStoreAnswer(Practice practice, Network network, File upload, SessionListReader reader,
                                           long fileId, Path answer) {
        long before = networks.lockForIntake(network.id());
        judged(network, fileId, before);
        ListValidator validator = judge.validatorFor(practice, network);
        List<Verdict> chunk = new ArrayList<>(Math.min(chunkSize, 1024));
        boolean[] spilled = {false};
        long[] read = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload.toPath()), 64 * 1024)) {
            reader.read(in, line -> {
                read[0]++;
                if (chunk.size() >= chunkSize) {
                    // longer than a chunk: stored as it is read, the memory bounded whatever the list's length
                    storeChunk(practice, network, fileId, chunk);
                    spilled[0] = true;
                }
                chunk.add(validator.check(line));
            });
        } catch (UnreadableListException e) {
            throw new UnreadableInTransaction(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read[0] == 0) {
            // a header alone, or an XML list without a session: nothing to answer line by line
            throw new UnreadableInTransaction(new UnreadableListException(ReasonCode.FILE_EMPTY, List.of(),
                    "the list holds no session"));
        }
        ListTally tally = new ListTally(fileId);
        if (!spilled[0]) {
            List<JudgedLine> judged = judge.judgeWhole(practice, network, fileId, chunk,
                    sessions.acceptedSessionsOf(EarlierSessions.patientsOf(chunk)));
            sessions.insertJudged(fileId, practice.inami().value(), network.id(), judged);
            sessions.countForQuotas(network.id(), judged);
            answers.acknowledge(answer, practice.language(), judged.stream().map(JudgedLine::outcome).toList(),
                    tally::count);
        } else {
            storeChunk(practice, network, fileId, chunk);
            judge.allocateStoredQuotas(practice, network, fileId);
            sessions.countForQuotas(fileId, network.id());
            answers.acknowledgeStored(answer, practice.language(), fileId, tally::count);
        }
        return tally;
    }

    /** The list takes its network's next number, which its file records (see {@link EarlierSessions}). */
    private void judged(Network network, long fileId, long judgedBefore) {
        networks.judged(network.id(), judgedBefore + 1);
        files.judged(fileId, network.id(), judgedBefore + 1);
    }

    /** Checks a chunk against the practice's earlier lists and stores it. */
    private void storeChunk(Practice practice, Network network, long fileId, List<Verdict> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        judge.againstEarlierLists(practice, fileId, chunk);
        sessions.insert(fileId, practice.inami().value(), network.id(), chunk);
        chunk.clear();
    }

    /** Stops the reading of a list before the transaction once it holds more than a chunk of lines. */
    private static final class LongerThanAChunk extends RuntimeException {
        LongerThanAChunk() {
            super(null, null, false, false);
        }
    }

    /** Carries an unreadable file out of the transaction callback, which rolls back on the way. */
    private static final class UnreadableInTransaction extends RuntimeException {
        private final UnreadableListException cause;

        UnreadableInTransaction(UnreadableListException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
