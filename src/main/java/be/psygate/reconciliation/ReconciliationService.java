package be.psygate.reconciliation;

import static be.psygate.reconciliation.ReturnLineOutcome.CONTRADICTS;
import static be.psygate.reconciliation.ReturnLineOutcome.PAID;
import static be.psygate.reconciliation.ReturnLineOutcome.REFUSED;
import static be.psygate.reconciliation.ReturnLineOutcome.REPEATED;
import static be.psygate.reconciliation.ReturnLineOutcome.UNKNOWN_REFERENCE;

import be.psygate.billing.InsurerState;
import be.psygate.billing.InvoiceLedger;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.Formats;
import be.psygate.billing.returns.ReturnKind;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.identity.Niss;
import be.psygate.ledger.AccountLedger;
import be.psygate.ledger.EntryLedger;
import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvent.ReturnOutcome;
import be.psygate.payments.BankStatementService;
import be.psygate.payments.PaymentsProperties;
import be.psygate.reconciliation.ReturnLedger.BatchSession;
import be.psygate.reconciliation.ReturnLedger.NewReturnLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reconciliation: each answer of an insurer is matched to the batch it answers and each of its lines to the
 * invoiced session (by session id, else by the practice's line reference); the session's account is rebuilt from
 * what the insurers said of it before, the new word applied, and what changes for the psychologist recorded as
 * entries: tranche 2 after a payment, a clawback after a refusal or a short payment. An answer sent twice is
 * recognised (same insurer, same bytes) and ignored; a line that repeats what is known gives nothing; a line that
 * contradicts it (a payment after a refusal, more than the insurer share) is recorded for the operators and changes
 * nothing. A refused batch puts its sessions back to be invoiced again.
 */
@Service
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final ReturnLedger returns;
    private final InvoiceLedger invoices;
    private final AccountLedger accounts;
    private final EntryLedger entries;
    private final BankStatementService bank;
    private final Clock clock;
    private final boolean waitForBank;

    public ReconciliationService(ReturnLedger returns, InvoiceLedger invoices, AccountLedger accounts,
                                 EntryLedger entries, BankStatementService bank, Clock clock,
                                 PaymentsProperties payments) {
        this.returns = returns;
        this.invoices = invoices;
        this.accounts = accounts;
        this.entries = entries;
        this.bank = bank;
        this.clock = clock;
        this.waitForBank = payments.release() == PaymentsProperties.Release.BANK;
    }

    /** Takes in one answer file or message; returns the event for the operators. */
    @Transactional
    public OpsEvent.ReturnTaken receive(byte[] content, String fileName) {
        return receive(read(content, fileName));
    }

    /**
     * Reads an answer file or message, in the format its name says, without taking it in: no transaction, nothing
     * recorded.
     */
    public ReceivedAnswer read(byte[] content, String fileName) {
        return new ReceivedAnswer(Formats.ANSWERS.forFileName(fileName).read(new ByteArrayInputStream(content)),
                fileName, sha256(content));
    }

    /**
     * Takes in one answer {@linkplain #read read} before; returns the event for the operators. The answers of one
     * batch are taken in one at a time, across threads and instances: each holds its batch until it is committed.
     */
    @Transactional
    public OpsEvent.ReturnTaken receive(ReceivedAnswer received) {
        InsurerReturn answer = received.answer();
        String fileName = received.fileName();
        Optional<BatchRecord> batch = invoices.batch(answer.batchNumber())
                .filter(b -> b.insurerId().equals(answer.insurerId()));
        batch.ifPresent(b -> invoices.lockBatch(b.id()));
        Optional<Long> returnId = returns.insertReturn(answer.insurerId(), batch.map(BatchRecord::id).orElse(null),
                answer.kind(), answer.insurerReference(), fileName, received.sha256(),
                batch.isPresent() ? ReturnStatus.APPLIED : ReturnStatus.UNMATCHED, answer.lines().size());
        if (returnId.isEmpty()) {
            log.info("Answer {} of insurer {} was received before: ignored", Niss.maskWithin(fileName),
                    answer.insurerId());
            return event(answer, fileName, ReturnOutcome.RETURN_REPEATED);
        }
        if (batch.isEmpty()) {
            log.warn("Answer {} of insurer {} names batch {}, which this gateway did not send it",
                    Niss.maskWithin(fileName), answer.insurerId(), answer.batchNumber());
            return event(answer, fileName, ReturnOutcome.RETURN_UNMATCHED);
        }
        long batchId = batch.get().id();
        OpsEvent.ReturnTaken event = event(answer, fileName, ReturnOutcome.RETURN_APPLIED);
        switch (answer.kind()) {
            case RECEIPT -> invoices.setInsurerState(batchId, InsurerState.RECEIVED);
            case PROVISIONAL_ERRORS -> {
                // a line names its session only when the session is one of the batch: the ledger never records a
                // session it does not hold (PostgreSQL checks no foreign key on these lines)
                Set<Long> ofBatch = returns.sessionsOfBatch(batchId).keySet();
                List<NewReturnLine> lines = new ArrayList<>();
                for (ReturnLine line : answer.lines()) {
                    Long sessionId = ofBatch.contains(line.sessionId()) ? line.sessionId() : null;
                    lines.add(new NewReturnLine(returnId.get(), sessionId, line.lineRef().value(),
                            ReturnLineOutcome.PROVISIONAL_ERROR, null, line.errorCode(), line.errorText(), null,
                            answer.date()));
                }
                returns.insertLines(lines);
                invoices.setInsurerState(batchId, InsurerState.PROVISIONAL_ERRORS);
            }
            case FILE_REFUSED, REJECTED -> {
                Map<Long, BatchSession> sessions = returns.sessionsOfBatch(batchId);
                List<NewReturnLine> lines = new ArrayList<>();
                for (BatchSession s : sessions.values()) {
                    lines.add(new NewReturnLine(returnId.get(), s.id(), s.lineRef(),
                            ReturnLineOutcome.REOPENED, null, answer.fileRefusalCode(), null, null,
                            answer.date()));
                }
                returns.insertLines(lines);
                accounts.reopened(batchId);
                invoices.setInsurerState(batchId, answer.kind() == ReturnKind.FILE_REFUSED ? InsurerState.FILE_REFUSED
                        : InsurerState.REJECTED);
                event = event.reopened(sessions.size());
                log.warn("Insurer {} refused batch {} ({}): its {} sessions will be invoiced again",
                        answer.insurerId(), batchId, answer.kind(), sessions.size());
            }
            case SETTLEMENT -> event = event.settled(settle(returnId.get(), batchId, answer));
        }
        return event;
    }

    private static OpsEvent.ReturnTaken event(InsurerReturn answer, String fileName, ReturnOutcome outcome) {
        return OpsEvent.ReturnTaken.of(answer.insurerId(), answer.batchNumber(), answer.kind().name(), fileName,
                outcome, Instant.now());
    }

    private OpsEvent.ReturnTaken.Settlement settle(long returnId, long batchId, InsurerReturn answer) {
        Map<Long, BatchSession> sessions = returns.sessionsOfBatch(batchId);
        Map<InsurerCode, String> references = new HashMap<>();
        for (MutualitySettlement m : answer.settlements()) {
            references.put(m.mutuality(), m.paymentReference());
        }
        Settlement settlement = new Settlement(returnId, answer.date(), sessions.values(),
                returns.historyOf(sessions.keySet()), references, waitForBank, clock.getZone())
                .apply(answer.lines());
        settlement.warnings().forEach(w -> log.warn("Batch {}: {}", batchId, w));
        returns.insertLines(settlement.returnLines());
        entries.owed(settlement.entries());
        accounts.answered(settlement.words());
        // the bank may have shown these payments already: each announced reference looks back at the credits
        int released = 0;
        for (MutualitySettlement m : answer.settlements()) {
            released += bank.announce(answer.insurerId(), returnId, m.paymentReference(), m.accepted());
        }
        returns.finishReturn(returnId, settlement.matched(), settlement.count(UNKNOWN_REFERENCE));
        invoices.setInsurerState(batchId, InsurerState.SETTLED);
        OpsEvent.ReturnTaken.Settlement taken = new OpsEvent.ReturnTaken.Settlement(settlement.count(PAID),
                settlement.count(REFUSED), settlement.count(REPEATED), settlement.count(UNKNOWN_REFERENCE),
                settlement.count(CONTRADICTS), released);
        log.info("Settlement of batch {} by insurer {}: {} paid, {} refused, {} repeated, {} unknown, {} contradicting",
                batchId, answer.insurerId(), taken.paid(), taken.refused(), taken.repeated(),
                taken.unknownReferences(), taken.contradicting());
        return taken;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
