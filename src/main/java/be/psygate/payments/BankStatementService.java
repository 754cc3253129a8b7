package be.psygate.payments;

import be.psygate.billing.HospitalProperties;
import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvents;
import be.psygate.ops.Redaction;
import be.psygate.payments.BankEvidence.Screening;
import be.psygate.payments.BankLedger.Announced;
import be.psygate.payments.sepa.BankEntry;
import be.psygate.payments.sepa.BankStatement;
import be.psygate.payments.sepa.CamtReader;
import be.psygate.payments.sepa.Pain002Reader;
import be.psygate.payments.sepa.SepaFormatException;
import be.psygate.ledger.EntryLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hospital's bank statements (camt.053 or camt.054), read by the evidence rules of {@link BankEvidence}: a
 * statement is read once (a second drop is a duplicate, counted nowhere); entries that do not concern the gateway
 * are set aside with a note; each credit on the hospital's account is matched to the payment references the
 * insurers announced, and a reference whose credits cover its announced amount releases the tranches 2 that waited
 * for it (when {@code psygate.payments.release=bank}). A settlement announcing a reference after the statement looks
 * back at the credits recorded before ({@link #announce}), so that either order releases the same tranches, once.
 * Every entry is recorded with what was decided of it.
 */
@Service
public class BankStatementService {

    private static final Logger log = LoggerFactory.getLogger(BankStatementService.class);

    private final BankLedger bank;
    private final EntryLedger entries;
    private final OpsEvents events;
    private final String hospitalIban;
    private final PaymentReturnService paymentReturns;

    public BankStatementService(BankLedger bank, EntryLedger entries, OpsEvents events,
                                HospitalProperties hospital, PaymentReturnService paymentReturns) {
        this.bank = bank;
        this.entries = entries;
        this.events = events;
        this.hospitalIban = hospital.iban();
        this.paymentReturns = paymentReturns;
    }

    /**
     * Reads one bank file and returns its {@code BANK_STATEMENT} event. A file that cannot be read is refused whole:
     * its event ({@code refused: true}) and an {@code ALERT_BANK_STATEMENT_REFUSED} naming it are published here,
     * then the failure goes on to the route, which sets the file aside.
     *
     * @throws SepaFormatException when the file is not a valid camt.053 or camt.054 document
     */
    @Transactional
    public OpsEvent.BankFile receive(byte[] content, String fileName) {
        String shownName = Redaction.mask(fileName);
        if (Pain002Reader.isStatusReport(content)) {
            try {
                return paymentReturns.receiveStatusReport(content, fileName, sha256(content));
            } catch (SepaFormatException e) {
                refused(shownName, e);
                throw e;
            }
        }
        BankStatement statement;
        try {
            statement = new CamtReader().readStatement(new ByteArrayInputStream(content));
        } catch (SepaFormatException e) {
            refused(shownName, e);
            throw e;
        }
        bank.lock();
        Optional<String> before = bank.statementReadBefore(statement.identityKey(), sha256(content));
        if (before.isPresent()) {
            log.warn("Bank statement {} was read before (as {}): a duplicate, counted nowhere", shownName,
                    Redaction.mask(before.get()));
            return new OpsEvent.BankFileRepeated(shownName, statement.message().name(), statement.version(),
                    Redaction.mask(before.get()), Instant.now());
        }
        long statementId = bank.insertStatement(statement.identityKey(), sha256(content), statement.message().name(),
                fileName);
        Counts counts = new Counts();
        // a statement announces nothing: the references announced so far are read once for all its entries
        Map<String, Announced> announced = bank.announced();
        for (BankEntry entry : statement.entries()) {
            read(statementId, entry, fileName, announced, counts);
        }
        bank.finishStatement(statementId, statement.entries().size(), counts.setAside, counts.credits,
                counts.matched, counts.released);
        log.info("Bank statement {}: {} entries, {} set aside, {} credits, {} matched to insurers' payments, "
                        + "{} short, {} unmatched, {} repeated, {} tranches released, {} transfers returned",
                shownName, statement.entries().size(), counts.setAside, counts.credits, counts.matched,
                counts.shortPaid, counts.unmatched, counts.repeated, counts.released, counts.returned);
        return new OpsEvent.StatementRead(shownName, statement.message().name(), statement.version(),
                statement.entries().size(), counts.setAside, counts.notes, counts.credits, counts.matched,
                counts.shortPaid, counts.unmatched, counts.repeated, counts.released, counts.returned, Instant.now());
    }

    /**
     * A settlement announces that the insurer pays {@code amount} under {@code reference}: recorded, then the
     * credits recorded before that carry it are matched to it.
     *
     * @return how many tranches this released
     */
    @Transactional
    public int announce(String insurerId, Long returnId, String reference, BigDecimal amount) {
        if (!BankEvidence.isReference(reference) || amount.signum() <= 0) {
            return 0;
        }
        bank.lock();
        if (!bank.announce(reference, insurerId, amount, returnId)) {
            log.warn("Payment reference {} of insurer {} was announced before: the first announcement stands",
                    reference, insurerId);
            return 0;
        }
        boolean found = false;
        for (BankLedger.WaitingCredit credit : bank.unmatchedCreditsMentioning(reference)) {
            if (BankEvidence.carries(credit.texts(), reference)) {
                bank.decide(credit.id(), CreditDecision.SHORT, reference, null);
                found = true;
            }
        }
        return found ? settle(reference, amount, "a settlement of insurer " + insurerId) : 0;
    }

    private void refused(String shownName, SepaFormatException e) {
        String reason = Redaction.maskAndCut(e.getMessage(), 500);
        log.warn("Bank statement {} refused: {}", shownName, reason);
        Instant at = Instant.now();
        events.publish(new OpsEvent.BankFileRefused(shownName, reason, at));
        events.publish(new OpsEvent.BankStatementRefused(shownName, reason, at));
    }

    private void read(long statementId, BankEntry entry, String fileName, Map<String, Announced> announced,
                      Counts counts) {
        if (returnsATransfer(entry)) {
            PaymentReturnService.Outcome outcome = paymentReturns.returned(entry.endToEndId(), entry.amount(),
                    entry.isReturn() ? entry.returnReason() : "REVERSAL", "bank statement " + fileName + ", "
                            + entry.label());
            if (outcome != PaymentReturnService.Outcome.NOT_OURS) {
                if (outcome == PaymentReturnService.Outcome.RETURNED) {
                    counts.returned++;
                }
                List<String> texts = BankEvidence.texts(entry);
                record(statementId, entry, creditKey(entry, texts), texts, CreditDecision.RETURNED,
                        outcome == PaymentReturnService.Outcome.RETURNED ? "returns transfer " + entry.endToEndId()
                                : "returns transfer " + entry.endToEndId() + ", returned before", null, fileName);
                return;
            }
        }
        Optional<Screening> aside = BankEvidence.setAside(entry, hospitalIban);
        if (aside.isPresent()) {
            counts.setAside++;
            counts.notes.add(entry.label() + ": " + aside.get().note());
            record(statementId, entry, null, null, aside.get().decision(), aside.get().note(), null, fileName);
            return;
        }
        counts.credits++;
        List<String> texts = BankEvidence.texts(entry);
        String key = creditKey(entry, texts);
        if (bank.creditRecorded(key)) {
            counts.repeated++;
            record(statementId, entry, key, texts, CreditDecision.REPEATED, "recorded before", null, fileName);
            return;
        }
        List<String> references = BankEvidence.referencesIn(texts, announced.keySet());
        if (references.isEmpty()) {
            counts.unmatched++;
            record(statementId, entry, key, texts, CreditDecision.UNMATCHED, null, null, fileName);
            return;
        }
        if (references.size() > 1) {
            counts.unmatched++;
            record(statementId, entry, key, texts, CreditDecision.AMBIGUOUS,
                    "carries " + references.size() + " announced references", null, fileName);
            log.warn("Bank statement {}, {}: carries {} announced references; it counts for none",
                    Redaction.mask(fileName),
                    entry.label(), references.size());
            return;
        }
        String reference = references.get(0);
        record(statementId, entry, key, texts, CreditDecision.SHORT, null, reference, fileName);
        int released = settle(reference, announced.get(reference).amount(),
                "bank statement " + Redaction.mask(fileName));
        counts.released += released;
        if (BankEvidence.coverage(announced.get(reference).amount(), bank.received(reference))
                == CreditDecision.SHORT) {
            counts.shortPaid++;
        } else {
            counts.matched++;
        }
    }

    /**
     * Whether the entry may bring back one of the gateway's transfers: money coming back on the hospital's account,
     * booked, as a return (return information) or the reversal of a debit, with an end-to-end id.
     */
    private boolean returnsATransfer(BankEntry entry) {
        return entry.credit() && entry.booked() && (entry.isReturn() || entry.reversal())
                && entry.endToEndId() != null && entry.problem() == null && entry.account() != null
                && entry.account().replace(" ", "").equals(hospitalIban.replace(" ", ""));
    }

    /**
     * Decides a reference on all the credits that carry it: released once they cover the announced amount; a short
     * payment or an overpayment raises an alert naming both amounts.
     */
    private int settle(String reference, BigDecimal announcedAmount, String source) {
        BigDecimal received = bank.received(reference);
        CreditDecision coverage = BankEvidence.coverage(announcedAmount, received);
        String amounts = received.toPlainString() + " received for " + announcedAmount.toPlainString()
                + " announced";
        bank.decideWaiting(reference, coverage, coverage == CreditDecision.MATCHED ? null : amounts);
        if (coverage != CreditDecision.MATCHED) {
            log.warn("Payment reference {}: {} ({})", reference, amounts, source);
            events.publish(new OpsEvent.BankPaymentMismatch(coverage == CreditDecision.SHORT
                    ? OpsEvent.Coverage.ALERT_BANK_SHORT_PAYMENT : OpsEvent.Coverage.ALERT_BANK_OVERPAYMENT,
                    reference, announcedAmount, received, source, Instant.now()));
        }
        if (coverage == CreditDecision.SHORT) {
            return 0;
        }
        Optional<Announced> announced = bank.announced(reference);
        if (announced.isPresent() && announced.get().released()) {
            return 0;
        }
        bank.markReleased(reference);
        int released = entries.confirmPaymentReference(reference);
        log.info("Payment reference {}: shown in full by the bank, {} tranches released", reference, released);
        return released;
    }

    private void record(long statementId, BankEntry entry, String key, List<String> texts, CreditDecision decision,
                        String note, String matchedRef, String fileName) {
        String reference = entry.structuredReference() != null ? entry.structuredReference()
                : entry.unstructured().isEmpty() ? null : String.join(" ", entry.unstructured());
        bank.insertCredit(new BankLedger.NewCredit(statementId, entry.date(), entry.amount(), entry.currency(),
                entry.account(), entry.label(), reference, key, texts, decision, note, matchedRef, fileName));
    }

    /**
     * The same credit whichever file reports it (a notification in the day, the statement at night): the account
     * and the bank's reference of the entry, else its date, amount and texts.
     */
    static String creditKey(BankEntry entry, List<String> texts) {
        String account = entry.account().replace(" ", "");
        if (entry.bankReference() != null && !entry.bankReference().isBlank()) {
            return account + "|" + entry.bankReference().strip() + "|" + entry.amount().toPlainString()
                    + "|" + (entry.endToEndId() == null ? "" : entry.endToEndId());
        }
        return account + "|" + entry.date() + "|" + entry.amount().toPlainString() + "|"
                + sha256(String.join("\n", texts).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counts {
        int setAside;
        int credits;
        int matched;
        int shortPaid;
        int unmatched;
        int repeated;
        int released;
        int returned;
        final List<String> notes = new ArrayList<>();
    }
}
