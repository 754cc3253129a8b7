package be.psygate.reconciliation;

import be.psygate.billing.InvoiceLedger;
import be.psygate.billing.InvoiceLedger.BatchRecord;
import be.psygate.billing.returns.InsurerReturn;
import be.psygate.billing.returns.MutualitySettlement;
import be.psygate.billing.returns.ReturnFormats;
import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.money.account.IllegalReturnException;
import be.psygate.money.account.Outcome;
import be.psygate.money.account.SessionAccount;
import be.psygate.money.account.Transition;
import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvent.ReturnOutcome;
import be.psygate.payments.BankStatementService;
import be.psygate.payments.PaymentsProperties;
import be.psygate.reconciliation.ReturnLedger.BatchSession;
import be.psygate.reconciliation.ReturnLedger.SessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final BankStatementService bank;
    private final Clock clock;
    private final boolean waitForBank;

    public ReconciliationService(ReturnLedger returns, InvoiceLedger invoices, BankStatementService bank, Clock clock,
                                 PaymentsProperties payments) {
        this.returns = returns;
        this.invoices = invoices;
        this.bank = bank;
        this.clock = clock;
        this.waitForBank = payments.release() == PaymentsProperties.Release.BANK;
    }

    /** Takes in one answer file or message; returns the event for the operators. */
    @Transactional
    public OpsEvent.ReturnTaken receive(byte[] content, String fileName) {
        InsurerReturn answer = ReturnFormats.forFileName(fileName).read(new ByteArrayInputStream(content));
        Optional<BatchRecord> batch = invoices.batch(answer.batchNumber())
                .filter(b -> b.insurerId().equals(answer.insurerId()));
        Optional<Long> returnId = returns.insertReturn(answer.insurerId(), batch.map(BatchRecord::id).orElse(null),
                answer.kind().name(), answer.insurerReference(), fileName, sha256(content),
                (batch.isPresent() ? ReturnStatus.APPLIED : ReturnStatus.UNMATCHED).name(), answer.lines().size());
        if (returnId.isEmpty()) {
            log.info("Answer {} of insurer {} was received before: ignored", fileName, answer.insurerId());
            return event(answer, fileName, ReturnOutcome.RETURN_REPEATED);
        }
        if (batch.isEmpty()) {
            log.warn("Answer {} of insurer {} names batch {}, which this gateway did not send it", fileName,
                    answer.insurerId(), answer.batchNumber());
            return event(answer, fileName, ReturnOutcome.RETURN_UNMATCHED);
        }
        long batchId = batch.get().id();
        OpsEvent.ReturnTaken event = event(answer, fileName, ReturnOutcome.RETURN_APPLIED);
        switch (answer.kind()) {
            case RECEIPT -> returns.setBatchState(batchId, InsurerState.RECEIVED.name());
            case PROVISIONAL_ERRORS -> {
                ReturnLedger.Writes writes = returns.writes();
                for (ReturnLine line : answer.lines()) {
                    writes.line(returnId.get(), line.sessionId(), line.lineRef().value(), ReturnLineOutcome.PROVISIONAL_ERROR.name(),
                            null, line.errorCode(), line.errorText(), null, answer.date());
                }
                writes.flush();
                returns.setBatchState(batchId, InsurerState.PROVISIONAL_ERRORS.name());
            }
            case FILE_REFUSED, REJECTED -> {
                Map<Long, BatchSession> sessions = returns.sessionsOfBatch(batchId);
                ReturnLedger.Writes writes = returns.writes();
                for (BatchSession s : sessions.values()) {
                    writes.line(returnId.get(), s.id(), s.lineRef(), ReturnLineOutcome.REOPENED.name(), null,
                            answer.fileRefusalCode(), null, null, answer.date());
                }
                writes.flush();
                returns.reopenBatch(batchId, InsurerState.valueOf(answer.kind().name()).name());
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
        AnswerLineMatcher matcher = new AnswerLineMatcher(sessions.values());
        Map<Long, List<SessionEvent>> history = returns.historyOf(sessions.keySet());
        Map<InsurerCode, String> references = new HashMap<>();
        for (MutualitySettlement m : answer.settlements()) {
            references.put(m.mutuality(), m.paymentReference());
        }
        ReturnLedger.Writes writes = returns.writes();
        int paid = 0;
        int refused = 0;
        int repeated = 0;
        int unknown = 0;
        int contradicting = 0;
        for (ReturnLine line : answer.lines()) {
            BatchSession s = matcher.match(line.sessionId(), line.lineRef().value()).orElse(null);
            if (s == null) {
                if (matcher.isAmbiguous(line.lineRef().value())) {
                    log.warn("Batch {}: an answer line carries session number {}, not one of the batch, and a line"
                            + " reference several practices of the batch use: left unmatched", batchId,
                            line.sessionId());
                }
                writes.line(returnId, null, line.lineRef().value(), ReturnLineOutcome.UNKNOWN_REFERENCE.name(), line.accepted(),
                        line.errorCode(), line.errorText(), null, answer.date());
                unknown++;
                continue;
            }
            String paymentRef = references.get(line.mutuality());
            SessionAccount account = rebuild(s, history.getOrDefault(s.id(), List.of()));
            boolean payment = line.accepted().signum() > 0;
            Transition t;
            try {
                t = payment ? account.paid(line.accepted(), answer.date())
                        : account.refused(line.errorCode() == null ? "REFUSED" : line.errorCode(), answer.date());
            } catch (IllegalReturnException e) {
                log.warn("Batch {}: the insurer's word on session {} contradicts what it said before: {}", batchId,
                        s.id(), e.getMessage());
                writes.line(returnId, s.id(), s.lineRef(), ReturnLineOutcome.CONTRADICTS.name(), line.accepted(), line.errorCode(),
                        line.errorText(), paymentRef, answer.date());
                contradicting++;
                continue;
            }
            if (t.outcome() == Outcome.ALREADY_KNOWN) {
                writes.line(returnId, s.id(), s.lineRef(), ReturnLineOutcome.REPEATED.name(), line.accepted(), line.errorCode(),
                        line.errorText(), paymentRef, answer.date());
                repeated++;
                continue;
            }
            writes.line(returnId, s.id(), s.lineRef(), (payment ? ReturnLineOutcome.PAID : ReturnLineOutcome.REFUSED).name(), line.accepted(),
                    line.errorCode(), line.errorText(), paymentRef, answer.date());
            for (Entry e : t.entries()) {
                // a tranche 2 may wait for the bank to show the insurer's payment; a clawback never waits
                boolean confirmed = !(waitForBank && e.kind() == EntryKind.TRANCHE_2);
                writes.entries(s.practiceInami(), List.of(e), payment ? paymentRef : null, confirmed);
            }
            writes.session(s.id(), t.account().state().name(), t.account().paidByInsurer(),
                    payment ? null : line.errorCode(), payment ? paymentRef : null);
            if (payment) {
                paid++;
            } else {
                refused++;
            }
        }
        writes.flush();
        // the bank may have shown these payments already: each announced reference looks back at the credits
        int released = 0;
        for (MutualitySettlement m : answer.settlements()) {
            released += bank.announce(answer.insurerId(), returnId, m.paymentReference(), m.accepted());
        }
        returns.finishReturn(returnId, paid + refused + repeated + contradicting, unknown);
        returns.setBatchState(batchId, InsurerState.SETTLED.name());
        log.info("Settlement of batch {} by insurer {}: {} paid, {} refused, {} repeated, {} unknown, {} contradicting",
                batchId, answer.insurerId(), paid, refused, repeated, unknown, contradicting);
        return new OpsEvent.ReturnTaken.Settlement(paid, refused, repeated, unknown, contradicting, released);
    }

    /** The session's account as the insurers' earlier words left it. */
    private SessionAccount rebuild(BatchSession s, List<SessionEvent> events) {
        SessionAccount account = SessionAccount.accepted(s.id(), s.insurerShare(),
                LocalDate.ofInstant(s.listReceived(), clock.getZone())).account();
        for (SessionEvent e : events) {
            account = switch (ReturnLineOutcome.valueOf(e.outcome())) {
                case PAID -> account.paid(e.amount(), e.recordedOn()).account();
                case REFUSED -> account.refused(e.errorCode(), e.recordedOn()).account();
                case REOPENED -> account.reopened().account();
                case PROVISIONAL_ERROR, UNKNOWN_REFERENCE, CONTRADICTS, REPEATED -> account;
            };
        }
        return account;
    }


    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
