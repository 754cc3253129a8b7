package be.psygate.reconciliation;

import be.psygate.billing.returns.ReturnLine;
import be.psygate.identity.InsurerCode;
import be.psygate.ledger.AccountLedger.InsurerWord;
import be.psygate.ledger.EntryLedger.OwedEntry;
import be.psygate.money.account.Entry;
import be.psygate.money.account.EntryKind;
import be.psygate.money.account.IllegalReturnException;
import be.psygate.money.account.Outcome;
import be.psygate.money.account.SessionAccount;
import be.psygate.money.account.Transition;
import be.psygate.reconciliation.ReturnLedger.BatchSession;
import be.psygate.reconciliation.ReturnLedger.SessionEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An insurer's settlement of one batch, applied line by line to the batch's sessions, without a database: what the
 * ledger is to record comes out as lists ({@link #returnLines}, {@link #entries}, {@link #words}), written afterwards
 * in one statement each.
 *
 * <p>Each line is matched to its session ({@link AnswerLineMatcher}); the session's account is rebuilt from what the
 * insurers said of it before (its history) and the line applied to it: a payment or a refusal makes the entry that
 * keeps the psychologist's due equal to what the insurer paid (money.account's state machine). A line that matches
 * no session is recorded as an unknown reference; a line that repeats what is known, as repeated; a line that
 * contradicts it (a payment after a refusal, more than the insurer share), as contradicting, and it changes nothing.
 * A session that two lines of the same answer speak of sees the first line's effect when the second is applied.
 */
final class Settlement {

    private final long returnId;
    private final LocalDate recordedOn;
    private final Map<InsurerCode, String> paymentReferences;
    private final boolean waitForBank;
    private final ZoneId zone;
    private final AnswerLineMatcher matcher;
    private final Map<Long, List<SessionEvent>> history;
    private final Map<Long, SessionAccount> accounts = new HashMap<>();

    private final List<ReturnLedger.NewReturnLine> returnLines = new ArrayList<>();
    private final List<OwedEntry> entries = new ArrayList<>();
    private final List<InsurerWord> words = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** How many lines of the answer had each outcome. */
    private final Map<ReturnLineOutcome, Integer> counts = new EnumMap<>(ReturnLineOutcome.class);

    /**
     * @param sessions          the batch's sessions
     * @param history           what the insurers said before of each session, oldest first
     * @param paymentReferences the payment reference of each mutuality the answer settles
     * @param waitForBank       whether a tranche 2 waits for the bank to show the insurer's payment
     * @param zone              the zone of the day a list was received (its tranche 1's due date)
     */
    Settlement(long returnId, LocalDate recordedOn, Collection<BatchSession> sessions,
               Map<Long, List<SessionEvent>> history, Map<InsurerCode, String> paymentReferences,
               boolean waitForBank, ZoneId zone) {
        this.returnId = returnId;
        this.recordedOn = recordedOn;
        this.paymentReferences = Map.copyOf(paymentReferences);
        this.waitForBank = waitForBank;
        this.zone = zone;
        this.matcher = new AnswerLineMatcher(sessions);
        this.history = history;
    }

    /** Applies the answer's lines in their order. */
    Settlement apply(List<ReturnLine> lines) {
        lines.forEach(this::apply);
        return this;
    }

    private void apply(ReturnLine line) {
        BatchSession s = matcher.match(line.sessionId(), line.lineRef().value()).orElse(null);
        if (s == null) {
            if (matcher.isAmbiguous(line.lineRef().value())) {
                warnings.add("an answer line carries session number " + line.sessionId() + ", not one of the batch,"
                        + " and a line reference several practices of the batch use: left unmatched");
            }
            record(null, line.lineRef().value(), ReturnLineOutcome.UNKNOWN_REFERENCE, line, null);
            return;
        }
        String paymentRef = paymentReferences.get(line.mutuality());
        SessionAccount account = accounts.computeIfAbsent(s.id(), id -> rebuild(s));
        boolean payment = line.accepted().signum() > 0;
        Transition t;
        try {
            t = payment ? account.paid(line.accepted(), recordedOn)
                    : account.refused(line.errorCode() == null ? "REFUSED" : line.errorCode(), recordedOn);
        } catch (IllegalReturnException e) {
            warnings.add("the insurer's word on session " + s.id() + " contradicts what it said before: "
                    + e.getMessage());
            record(s.id(), s.lineRef(), ReturnLineOutcome.CONTRADICTS, line, paymentRef);
            return;
        }
        if (t.outcome() == Outcome.ALREADY_KNOWN) {
            record(s.id(), s.lineRef(), ReturnLineOutcome.REPEATED, line, paymentRef);
            return;
        }
        record(s.id(), s.lineRef(), payment ? ReturnLineOutcome.PAID : ReturnLineOutcome.REFUSED, line, paymentRef);
        accounts.put(s.id(), t.account());
        for (Entry e : t.entries()) {
            // a tranche 2 may wait for the bank to show the insurer's payment; a clawback never waits
            boolean confirmed = !(waitForBank && e.kind() == EntryKind.TRANCHE_2);
            entries.add(new OwedEntry(s.practiceInami(), e, payment ? paymentRef : null, confirmed));
        }
        words.add(new InsurerWord(s.id(), t.account().state(), t.account().paidByInsurer(),
                payment ? null : line.errorCode(), payment ? paymentRef : null));
    }

    private void record(Long sessionId, String lineRef, ReturnLineOutcome outcome, ReturnLine line, String paymentRef) {
        returnLines.add(new ReturnLedger.NewReturnLine(returnId, sessionId, lineRef, outcome,
                line.accepted(), line.errorCode(), line.errorText(), paymentRef, recordedOn));
        counts.merge(outcome, 1, Integer::sum);
    }

    /** The session's account as the insurers' earlier words left it. */
    private SessionAccount rebuild(BatchSession s) {
        SessionAccount account = SessionAccount.accepted(s.id(), s.insurerShare(),
                LocalDate.ofInstant(s.listReceived(), zone)).account();
        for (SessionEvent e : history.getOrDefault(s.id(), List.of())) {
            account = switch (e.outcome()) {
                case "PAID" -> account.paid(e.amount(), e.recordedOn()).account();
                case "REFUSED" -> account.refused(e.errorCode(), e.recordedOn()).account();
                case "REOPENED" -> account.reopened().account();
                default -> account;
            };
        }
        return account;
    }

    /** The answer's lines as the ledger records them, one a line, in the answer's order. */
    List<ReturnLedger.NewReturnLine> returnLines() {
        return returnLines;
    }

    /** What the answer makes owed to the psychologists (tranches 2 and clawbacks), in the answer's order. */
    List<OwedEntry> entries() {
        return entries;
    }

    /** Each session's state after the answer, in the answer's order. */
    List<InsurerWord> words() {
        return words;
    }

    /** What the operators are told in the log (no patient data). */
    List<String> warnings() {
        return warnings;
    }

    /** How many lines of the answer had this outcome. */
    int count(ReturnLineOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** The lines of the answer that matched a session of the batch. */
    int matched() {
        return returnLines.size() - count(ReturnLineOutcome.UNKNOWN_REFERENCE);
    }
}
