package be.psygate.payments;

import be.psygate.ops.OpsEvent;
import be.psygate.ops.OpsEvents;
import be.psygate.ops.Redaction;
import be.psygate.payments.PaymentLedger.PaidTransfer;
import be.psygate.payments.sepa.Pain002Reader;
import be.psygate.payments.sepa.PaymentStatusReport;
import be.psygate.payments.sepa.SepaFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers of the gateway that did not reach the practice: returned by the practice's bank (a return or reversal on
 * the hospital's statement, carrying the transfer's end-to-end id) or rejected by the hospital's bank (a pain.002
 * status report). Such a transfer is marked returned, its entries are owed again (the next payment run pays them,
 * once), the practice's balance no longer counts it as paid, and the operators are alerted
 * ({@code ALERT_PAYMENT_RETURNED}). A transfer is returned once, whatever the number of files that say so.
 */
@Service
public class PaymentReturnService {

    private static final Logger log = LoggerFactory.getLogger(PaymentReturnService.class);

    private final PaymentLedger payments;
    private final BankLedger bank;
    private final OpsEvents events;

    public PaymentReturnService(PaymentLedger payments, BankLedger bank, OpsEvents events) {
        this.payments = payments;
        this.bank = bank;
        this.events = events;
    }

    /** What became of a notice of return. */
    public enum Outcome {
        /** The transfer is the gateway's and is returned now: its entries are owed again. */
        RETURNED,
        /** The transfer was returned before: nothing more happens. */
        RETURNED_BEFORE,
        /** No transfer of the gateway has that end-to-end id. */
        NOT_OURS
    }

    /**
     * The bank says the transfer {@code endToEndId} came back ({@code amount}, when known, is what came back).
     *
     * @param reason the ISO reason code (e.g. {@code AC04}, closed account)
     * @param source which file said so, for the operators
     */
    @Transactional
    public Outcome returned(String endToEndId, BigDecimal amount, String reason, String source) {
        if (endToEndId == null) {
            return Outcome.NOT_OURS;
        }
        // one at a time with the payment runs: a run never pays entries half re-opened
        payments.lockPaymentRun();
        Optional<PaidTransfer> transfer = payments.transfer(endToEndId.strip());
        if (transfer.isEmpty()) {
            return Outcome.NOT_OURS;
        }
        PaidTransfer paid = transfer.get();
        if (paid.returned() || !payments.markReturned(paid.id(), reason, Redaction.maskAndCut(source, 300))) {
            log.info("Transfer {} was returned before ({})", paid.endToEndId(), Redaction.mask(source));
            return Outcome.RETURNED_BEFORE;
        }
        log.warn("Transfer {} of {} EUR to practice {} came back ({}), {}: its entries are owed again",
                paid.endToEndId(), paid.amount().toPlainString(), paid.practiceInami(), reason,
                Redaction.mask(source));
        BigDecimal amountReturned = amount != null && amount.compareTo(paid.amount()) != 0 ? amount : null;
        events.publish(new OpsEvent.PaymentReturned(paid.endToEndId(), paid.runId(), paid.practiceInami(),
                paid.amount(), amountReturned, reason, Redaction.maskAndCut(source, 300), Instant.now()));
        return Outcome.RETURNED;
    }

    /**
     * Reads a pain.002 status report of the hospital's bank and returns its {@code BANK_STATEMENT} event: each
     * transfer it rejects of one of the gateway's payment files is returned; a report read before is a duplicate,
     * counted nowhere; a report on a file the gateway did not write changes nothing.
     *
     * @throws SepaFormatException when the file is not a valid pain.002 of a version read here
     */
    @Transactional
    public OpsEvent.BankFile receiveStatusReport(byte[] content, String fileName, String sha256) {
        String shownName = Redaction.mask(fileName);
        PaymentStatusReport report = new Pain002Reader().read(content);
        bank.lock();
        String identity = "PAIN_002:" + report.messageId();
        Optional<String> before = bank.statementReadBefore(identity, sha256);
        if (before.isPresent()) {
            return new OpsEvent.BankFileRepeated(shownName, "PAIN_002", report.version(),
                    Redaction.mask(before.get()), Instant.now());
        }
        long id = bank.insertStatement(identity, sha256, "PAIN_002", fileName);
        List<String> ours = report.originalMessageId() == null ? List.of()
                : payments.endToEndIdsOfFile(report.originalMessageId());
        StatusReportRejections.Decision decision = StatusReportRejections.of(report, ours);
        int returned = 0;
        for (Map.Entry<String, String> rejected : decision.rejected().entrySet()) {
            if (returned(rejected.getKey(), null, rejected.getValue(), "status report " + fileName)
                    == Outcome.RETURNED) {
                returned++;
            }
        }
        bank.finishStatement(id, ours.size(), 0, 0, 0, 0);
        if (ours.isEmpty()) {
            log.warn("Status report {} answers a payment file this gateway did not write ({}): nothing changes",
                    shownName, Redaction.mask(String.valueOf(report.originalMessageId())));
        }
        return new OpsEvent.StatusReportRead(shownName, report.version(), report.originalMessageId(), !ours.isEmpty(),
                report.groupStatus(), decision.rejected().size(), decision.accepted(), decision.unknown().size(),
                returned, Instant.now());
    }
}
