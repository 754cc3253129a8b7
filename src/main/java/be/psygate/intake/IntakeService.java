package be.psygate.intake;

import be.psygate.intake.format.SessionListReader;
import be.psygate.intake.format.SessionListReaders;
import be.psygate.intake.format.UnreadableListException;
import be.psygate.ledger.EntryLedger;
import be.psygate.ledger.FileCounts;
import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileMode;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.FileStatus;
import be.psygate.ledger.SessionLedger;
import be.psygate.identity.Inami;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.identity.Niss;
import be.psygate.identity.Pseudocode;
import be.psygate.ledger.LineOutcome;
import be.psygate.ledger.NewFile;
import be.psygate.ledger.ReceivedUpload;
import be.psygate.ledger.Rejection;
import be.psygate.ledger.StoredSession;
import be.psygate.practice.Network;
import be.psygate.practice.NetworkRepository;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRepository;
import be.psygate.rules.Language;
import be.psygate.rules.ListValidator;
import be.psygate.rules.PracticeContext;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.NetworkPublic;
import be.psygate.rules.ReasonCode;
import be.psygate.rules.RuleBook;
import be.psygate.rules.SessionKey;
import be.psygate.rules.ValidSession;
import be.psygate.rules.quota.Allocation;
import be.psygate.rules.quota.NetworkQuotas;
import be.psygate.rules.quota.QuotaAllocator;
import be.psygate.rules.Verdict;
import be.psygate.sftp.IncompleteUploads;
import be.psygate.storage.PrivateFiles;
import be.psygate.tariff.TariffBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes in one uploaded session list: recognises a duplicate, reads the list as a stream, judges and prices every
 * line, stores the lines in batches in one transaction, and writes the answer. A list dropped in {@code check/} goes
 * through exactly the same steps in a transaction that is rolled back, so its answer is the one {@code in/} would
 * give and nothing stays behind. A file that cannot be read at all is quarantined and answered with an error report.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final PracticeRepository practices;
    private final NetworkRepository networks;
    private final RuleBook rules;
    private final FileLedger files;
    private final SessionLedger sessions;
    private final EntryLedger entries;
    private final TariffBook tariffs;
    private final ReasonCatalogue reasons;
    private final TransactionTemplate tx;
    private final IntakeProperties props;
    private final IncompleteUploads incompleteUploads;
    private final SessionListReaders readers;
    private final Clock clock;
    private final be.psygate.ledger.StatisticsSchedule statistics = new be.psygate.ledger.StatisticsSchedule(5_000);

    public IntakeService(PracticeRepository practices, NetworkRepository networks, FileLedger files,
                         SessionLedger sessions, EntryLedger entries, TariffBook tariffs, RuleBook rules,
                         ReasonCatalogue reasons,
                         PlatformTransactionManager txManager, IntakeProperties props, Clock clock,
                         ObjectProvider<IncompleteUploads> incompleteUploads) {
        this.incompleteUploads = incompleteUploads.getIfAvailable(() -> IncompleteUploads.NONE);
        this.practices = practices;
        this.networks = networks;
        this.rules = rules;
        this.entries = entries;
        this.files = files;
        this.sessions = sessions;
        this.tariffs = tariffs;
        this.reasons = reasons;
        this.tx = new TransactionTemplate(txManager);
        this.props = props;
        this.readers = new SessionListReaders(props.maxLineLength());
        this.clock = clock;
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
            return quarantine(received, "", new UnreadableListException(ReasonCode.FILE_INCOMPLETE, List.of(),
                    "the upload was cut off with its connection and not resumed or replaced"));
        }
        if (size > props.maxFileBytes() || copy.path() == null) {
            // refused before it is read, not even for its fingerprint, which stays empty; the original is archived
            return quarantine(received, "", tooLarge(size));
        }
        File upload = copy.path().toFile();
        String sha256 = sha256(upload);

        if (up.mode() == FileMode.BILL) {
            var prior = files.findByFingerprint(practice.inami().value(), sha256);
            if (prior.isPresent()) {
                return isTakenAgain(received, prior.get())
                        ? answerAgain(practice, up, prior.get())
                        : duplicate(received, prior.get(), sha256);
            }
        }
        try {
            SessionListReader reader = readers.readerFor(up.fileName());
            return process(received, upload, reader, sha256);
        } catch (UnreadableListException e) {
            return quarantine(received, sha256, e);
        } catch (UnreadableInTransaction e) {
            return quarantine(received, sha256, e.cause);
        }
    }

    /**
     * Whether the processed file {@code prior} holding this content is this very upload, taken again: a crash (or
     * a claim whose lease ran out) kept it in {@code in/} after it was stored, or even answered. It is answered again
     * from the ledger, the same answer, and leaves {@code in/} this time. Also the same content under the same
     * name, sent again before the first was answered.
     */
    private static boolean isTakenAgain(Received received, FileRecord prior) {
        String path = received.upload().relativePath();
        return prior.isUpload(path, received.remoteModified(), received.size())
                || prior.answeredAt() == null && prior.remotePath().equals(path);
    }

    /** The answer reached the practice's {@code out/}: records it and drops the local copy. */
    public void answered(IntakeOutcome outcome) {
        if (outcome.getFileId() != null) {
            files.markAnswered(outcome.getFileId());
        }
        try {
            Files.deleteIfExists(outcome.getAnswerFile().toPath());
        } catch (IOException e) {
            log.warn("Could not delete the local answer {}: {}", outcome.getAnswerFile(), e.getMessage());
        }
    }

    private IntakeOutcome process(Received received, File upload, SessionListReader reader, String sha256) {
        Practice practice = received.practice();
        Upload up = received.upload();
        Instant receivedAt = received.at();
        String inami = practice.inami().value();
        Network network = networks.find(practice.networkId()).orElseThrow(
                () -> new IllegalStateException("practice " + inami + " belongs to no known network"));
        Path answer = newAnswerFile();
        ListTally tally = tx.execute(status -> {
            long fileId = files.insert(NewFile.beingRead(uploadOf(received, sha256)));
            ListTally t = readList(practice, network, upload, reader, fileId, answer);
            FileStatus done = up.mode() == FileMode.BILL ? FileStatus.PROCESSED : FileStatus.CHECKED;
            files.complete(fileId, done, t.counts(), up.answerPath(".ack.csv"));
            if (up.mode() == FileMode.CHECK) {
                status.setRollbackOnly();
            } else if (files.claimFingerprint(inami, sha256, fileId)) {
                // tranche 1 is due within a month of the list's arrival (seed 001)
                entries.recordTranche1(fileId, LocalDate.ofInstant(receivedAt, clock.getZone()).plusMonths(1));
            } else {
                status.setRollbackOnly();
                return null;
            }
            return t;
        });
        if (tally == null) {
            // another instance took in the same content at the same moment: the same upload (its claim was taken
            // over while this instance still worked on it) or another one
            deleteQuietly(answer);
            FileRecord prior = files.findByFingerprint(inami, sha256).orElseThrow();
            return isTakenAgain(received, prior) ? answerAgain(practice, up, prior) : duplicate(received, prior, sha256);
        }
        Long fileId = tally.fileId;
        if (up.mode() == FileMode.CHECK) {
            fileId = tx.execute(s -> {
                long id = files.insert(NewFile.answered(uploadOf(received, sha256).inMode(FileMode.CHECK),
                        FileStatus.CHECKED));
                files.complete(id, FileStatus.CHECKED, tally.counts(), up.answerPath(".ack.csv"));
                return id;
            });
        }
        if (up.mode() == FileMode.BILL && statistics.written(tally.lines)) {
            // a bulk load outruns the database's own statistics (or autovacuum is off): plans stay fitted to sizes
            sessions.refreshStatistics();
        }
        FileStatus status = up.mode() == FileMode.BILL ? FileStatus.PROCESSED : FileStatus.CHECKED;
        log.info("List {} of practice {} ({}): {} lines, {} accepted, {} rejected", Niss.maskWithin(up.fileName()), inami,
                up.mode(), tally.lines, tally.accepted, tally.rejected);
        String noticeId = files.find(fileId).map(FileRecord::noticeDuplicateId).orElse(null);
        return new IntakeOutcome(fileId, inami, up, status.name(), null, up.answerPath(".ack.csv"), answer.toFile(),
                tally.lines, tally.accepted, tally.rejected, tally.share, tally.rejectedByReason, receivedAt, noticeId);
    }

    /**
     * Reads, judges and stores a list, then answers it from the ledger: the first pass judges each line on its own
     * and against the practice's earlier lists, the second allocates the quotas that depend on the whole network's
     * history (ceilings, capacity, contingent), in session-date order within the file. The network is locked for
     * the length of the transaction, so that two lists of one network never count the same quota at once.
     */
    private ListTally readList(Practice practice, Network network, File upload, SessionListReader reader,
                               long fileId, Path answer) {
        networks.lockForIntake(network.id());
        Map<String, Boolean> known = new HashMap<>();
        PracticeContext context = new PracticeContext(practice.inami(),
                psychologist -> known.computeIfAbsent(psychologist.value(), practices::exists),
                practice.agreementStart(), practice.agreementEnd(), networkPublic(network), props.billingDeadline());
        ListValidator validator = new ListValidator(tariffs, rules, context, LocalDate.now(clock));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload.toPath()), 64 * 1024)) {
            List<Verdict> chunk = new ArrayList<>(props.chunkSize());
            long[] read = {0};
            reader.read(in, line -> {
                read[0]++;
                chunk.add(validator.check(line));
                if (chunk.size() >= props.chunkSize()) {
                    store(practice, network, fileId, chunk);
                }
            });
            if (read[0] == 0) {
                // a header alone, or an XML list without a session: nothing to answer line by line
                throw new UnreadableListException(ReasonCode.FILE_EMPTY, List.of(), "the list holds no session");
            }
            store(practice, network, fileId, chunk);
        } catch (UnreadableListException e) {
            throw new UnreadableInTransaction(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        allocateQuotas(practice, network, fileId);
        sessions.countForQuotas(fileId, network.id());
        ListTally tally = new ListTally(fileId);
        try (AckWriter ack = new AckWriter(new OutputStreamWriter(Files.newOutputStream(answer), StandardCharsets.UTF_8),
                reasons, practice.language())) {
            sessions.forEachOutcome(fileId, outcome -> {
                ack.write(outcome);
                tally.count(outcome);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally;
    }

    /**
     * Checks a chunk against the practice's earlier lists (a reference or a session accepted before is not
     * accepted again) and stores it.
     */
    private void store(Practice practice, Network network, long fileId, List<Verdict> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        String inami = practice.inami().value();
        List<String> refs = chunk.stream().filter(Verdict::accepted).map(v -> v.session().lineRef().value()).toList();
        Set<String> used = sessions.acceptedRefsAmong(inami, refs);
        List<SessionKey> keys = chunk.stream().filter(Verdict::accepted).map(v -> v.session().key()).toList();
        Map<SessionKey, String> repeated = sessions.acceptedElsewhere(fileId, practice.inami(), keys);
        if (!used.isEmpty() || !repeated.isEmpty()) {
            chunk.replaceAll(v -> {
                if (!v.accepted()) {
                    return v;
                }
                ValidSession s = v.session();
                if (used.contains(s.lineRef().value())) {
                    return Verdict.reject(v.line(), ReasonCode.LINE_REF_ALREADY_ACCEPTED, List.of(s.lineRef().value()));
                }
                String earlier = repeated.get(s.key());
                return earlier == null ? v : Verdict.reject(v.line(), ReasonCode.SESSION_ALREADY_ACCEPTED,
                        List.of(s.pseudocode().value(), s.sessionDate().toString(), earlier));
            });
        }
        sessions.insert(fileId, inami, network.id(), chunk);
        chunk.clear();
    }

    /** The second pass: the network's quotas, first come first served, by session date within the file. */
    private void allocateQuotas(Practice practice, Network network, long fileId) {
        Map<String, Integer> capacities = new HashMap<>();
        capacities.put(practice.inami().value(), practice.yearlyCapacity());
        NetworkQuotas quotas = new NetworkQuotas(network.id(), networkPublic(network),
                inami -> capacities.computeIfAbsent(inami.value(),
                        i -> practices.findByInami(i).map(Practice::yearlyCapacity).orElse(0)),
                network.yearlyContingent());
        LedgerUsage usage = new LedgerUsage(sessions, network.id(), fileId);
        QuotaAllocator allocator = new QuotaAllocator(quotas, usage);
        List<Rejection> refused = new ArrayList<>();
        sessions.forEachAcceptedInQuotaOrder(fileId, props.chunkSize(), rows -> {
            List<ValidSession> valid = rows.stream().map(this::validSession).toList();
            usage.load(quotas.keysOf(valid));
            for (int i = 0; i < rows.size(); i++) {
                Allocation allocation = allocator.allocate(valid.get(i));
                if (!allocation.isAccepted()) {
                    refused.add(new Rejection(rows.get(i).id(), allocation.reason(), allocation.args()));
                }
            }
        });
        sessions.reject(refused);
    }

    private ValidSession validSession(StoredSession r) {
        Pseudocode code = Pseudocode.parse(r.pseudocode());
        LocalDate date = r.sessionDate();
        return new ValidSession(LineRef.parse(r.lineRef()), Inami.parse(r.psychologistInami()),
                Niss.parse(r.patientNiss()), InsurerCode.parse(r.insurerCode()), r.preferential(), date, code,
                r.groupParticipants(), r.referralDate(),
                r.prescriberInami() == null ? null : Inami.parse(r.prescriberInami()),
                tariffs.find(code, date).orElseThrow(), rules.forDate(date).orElseThrow());
    }

    private static NetworkPublic networkPublic(Network network) {
        return NetworkPublic.valueOf(network.publicKind().name());
    }

    private IntakeOutcome answerAgain(Practice practice, Upload up, FileRecord prior) {
        Path answer = newAnswerFile();
        try (AckWriter ack = new AckWriter(new OutputStreamWriter(Files.newOutputStream(answer), StandardCharsets.UTF_8),
                reasons, practice.language())) {
            sessions.forEachOutcome(prior.id(), ack::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("List {} of practice {} was taken in (file {}{}) but did not leave its folder: answering it again "
                        + "from the ledger", Niss.maskWithin(up.fileName()), prior.practiceInami(), prior.id(),
                prior.answeredAt() == null ? ", not answered" : ", answered");
        return new IntakeOutcome(prior.id(), prior.practiceInami(), up, FileStatus.PROCESSED.name(), null,
                up.answerPath(".ack.csv"), answer.toFile(), prior.lineCount(), prior.acceptedCount(),
                prior.rejectedCount(), null, null, prior.receivedAt(), prior.noticeDuplicateId());
    }

    private IntakeOutcome duplicate(Received received, FileRecord prior, String sha256) {
        Practice practice = received.practice();
        Upload up = received.upload();
        List<String> args = List.of(prior.fileName(), LOCAL_TIME.format(prior.receivedAt()), String.valueOf(prior.id()));
        long id = recordOnce(received, sha256, FileStatus.DUPLICATE, () -> files.insert(
                NewFile.duplicate(uploadOf(received, sha256), ReasonCode.FILE_DUPLICATE.name(), prior.id())));
        log.info("List {} of practice {} repeats file {}: answered as a duplicate", Niss.maskWithin(up.fileName()),
                practice.inami().value(), prior.id());
        return errorAnswer(practice, up, id, FileStatus.DUPLICATE, ReasonCode.FILE_DUPLICATE, args, received.at());
    }

    private IntakeOutcome quarantine(Received received, String sha256, UnreadableListException e) {
        Practice practice = received.practice();
        Upload up = received.upload();
        long id = recordOnce(received, sha256, FileStatus.QUARANTINED, () -> files.insert(
                NewFile.quarantined(uploadOf(received, sha256), e.reason().name(), e.getMessage())));
        log.warn("List {} of practice {} cannot be read ({}): quarantined as file {}", Niss.maskWithin(up.fileName()),
                practice.inami().value(), e.reason(), id);
        return errorAnswer(practice, up, id, FileStatus.QUARANTINED, e.reason(), e.args(), received.at());
    }

    /**
     * The record of a refused upload: the one made when this very upload was taken before (a crash kept it from
     * leaving {@code in/}), or a new one. An upload is recorded once however often it is taken.
     */
    private long recordOnce(Received received, String sha256, FileStatus status, java.util.function.LongSupplier insert) {
        Upload up = received.upload();
        if (up.mode() == FileMode.BILL) {
            var before = files.findUpload(uploadOf(received, sha256), status);
            if (before.isPresent()) {
                log.info("List {} of practice {} was refused before (file {}) but did not leave {}: answering it again",
                        Niss.maskWithin(up.fileName()), received.practice().inami().value(), before.get().id(),
                        up.relativePath().substring(0, up.relativePath().lastIndexOf('/') + 1));
                return before.get().id();
            }
        }
        return tx.execute(s -> insert.getAsLong());
    }

    private IntakeOutcome errorAnswer(Practice practice, Upload up, long fileId, FileStatus status, ReasonCode code,
                                      List<String> args, Instant receivedAt) {
        Language language = practice.language();
        String report = ErrorReport.render(reasons, language, up.fileName(), receivedAt, String.valueOf(fileId), code,
                args);
        Path answer = newAnswerFile();
        try {
            Files.writeString(answer, report, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String answerPath = up.answerPath(".error.txt");
        tx.executeWithoutResult(s -> files.setAnswer(fileId, answerPath));
        return new IntakeOutcome(fileId, practice.inami().value(), up, status.name(), code.name(), answerPath,
                answer.toFile(), 0, 0, 0, BigDecimal.ZERO, null, receivedAt, null);
    }

    private Path newAnswerFile() {
        try {
            Path dir = props.workDir().resolve("answers");
            PrivateFiles.createDirectories(dir);
            return Files.createTempFile(dir, "answer-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray local answer file is harmless
        }
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

    static String sha256(File file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.toPath()),
                MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One upload as it was received: by whom, where, which version of it, how large, when. */
    private record Received(Practice practice, Upload upload, long remoteModified, long size, Instant at) {
    }

    /** The upload as the file ledger records it. */
    private static ReceivedUpload uploadOf(Received received, String sha256) {
        Upload up = received.upload();
        return new ReceivedUpload(received.practice().inami().value(), up.mode(), up.fileName(), up.relativePath(),
                received.remoteModified(), sha256, received.size(), received.at());
    }

    /** Carries an unreadable file out of the transaction callback, which rolls back on the way. */
    private static final class UnreadableInTransaction extends RuntimeException {
        private final UnreadableListException cause;

        UnreadableInTransaction(UnreadableListException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Counts and totals of one list. */
    private static final class ListTally {
        final long fileId;
        int lines;
        int accepted;
        int rejected;
        BigDecimal fee = BigDecimal.ZERO.setScale(2);
        BigDecimal share = BigDecimal.ZERO.setScale(2);
        final Map<String, Integer> rejectedByReason = new HashMap<>();

        ListTally(long fileId) {
            this.fileId = fileId;
        }

        FileCounts counts() {
            return new FileCounts(lines, accepted, rejected, fee, share);
        }

        void count(LineOutcome line) {
            lines++;
            if (line.accepted()) {
                accepted++;
                fee = fee.add(line.fee());
                share = share.add(line.insurerShare());
            } else {
                rejected++;
                rejectedByReason.merge(line.reasonCode() == null ? "UNKNOWN" : line.reasonCode(), 1, Integer::sum);
            }
        }
    }
}
